import crypto from 'node:crypto';

/** A new random token for a cookie, e-mail link or CSRF check (256 bits, URL-safe). */
export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** What the database stores instead of a token: a leaked table cannot be replayed as sessions or links. */
export function tokenHash(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Constant-time comparison of two strings (CSRF tokens). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

// Receipt codes (ballots, poll responses): 16 characters from an alphabet without look-alikes (0/O, 1/I/L),
// 79 random bits, in groups of four. The voter keeps the code; only its hash is stored and published.
const RECEIPT_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newReceiptCode(): string {
  return newShortCode(16);
}

/** A code a person types from a message, from the same alphabet in groups of four (8 characters: 39 random bits). */
export function newShortCode(characters = 8): string {
  let code = '';
  for (let i = 0; i < characters; i++) code += RECEIPT_ALPHABET[crypto.randomInt(RECEIPT_ALPHABET.length)];
  return code.match(/.{1,4}/g)!.join('-');
}

/**
 * A receipt code as typed (any case, spaces or dashes) → the stored and published SHA-256. `kind` keeps the
 * hashes of different votes apart (`receipt` for budgeting ballots, `poll-receipt` for poll responses).
 */
export function receiptCodeHash(kind: string, code: string): string {
  const normal = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return crypto.createHash('sha256').update(`gorod-${kind}:${normal}`).digest('hex');
}
