import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

// OWASP's argon2id baseline (m = 19 MiB, t = 2, p = 1): ~30 ms here, strong against GPU guessing.
// algorithm 2 is Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax)
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id; the result carries its own salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** Checks a password against a stored hash; false for a malformed hash rather than throwing. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash of a random password: verified against when the e-mail is unknown, so timing does not reveal accounts. */
export const dummyHash = hashPassword(`dummy-${Math.random()}`);

const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export const minPasswordLength = 10;
export const maxPasswordLength = 200;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_email';

/** Why a new password is refused, or null when it is acceptable (length, common-password list, own e-mail). */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  if ([...password].length < minPasswordLength) return 'too_short';
  if (password.length > maxPasswordLength) return 'too_long';
  const lower = password.toLowerCase();
  if (common.has(lower) || /^(.)\1+$/.test(password) || isSequence(lower)) return 'common';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'contains_email';
  return null;
}

function isSequence(s: string): boolean {
  const seqs = ['0123456789012345678901234567890', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm', '1234567890qwertyuiop'];
  return seqs.some((q) => q.includes(s));
}
