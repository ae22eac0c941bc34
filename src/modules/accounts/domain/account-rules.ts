/** How long things last, in milliseconds. */
export const sessionTtlMs = 30 * 24 * 3600_000;
/** A session's expiry is pushed forward at most this often (one write per user per 10 minutes, not per request). */
export const sessionTouchMs = 10 * 60_000;
export const confirmTokenTtlMs = 72 * 3600_000;
export const resetTokenTtlMs = 60 * 60_000;

/** E-mail addresses compare case-insensitively and without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A display name: trimmed, inner whitespace collapsed, control characters removed. */
export function normalizeDisplayName(name: string): string {
  return name
    .replace(/[\u0000-\u001f\u007f]/g, '') // eslint-disable-line no-control-regex
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a one-time token can still be used. */
export function tokenUsable(token: { expiresAt: Date; usedAt: Date | null }, now: Date): 'ok' | 'expired' | 'used' {
  if (token.usedAt) return 'used';
  if (token.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'ok';
}

/** Whether an account is blocked now: blocked, and either without an end or before it. */
export function isBlockedNow(user: { blockedAt: Date | null; blockedUntil: Date | null }, now: Date): boolean {
  return user.blockedAt !== null && (user.blockedUntil === null || user.blockedUntil.getTime() > now.getTime());
}

/** Longest reason for a block, in characters. */
export const blockReasonMax = 500;

/** The session cookie's name. */
export const sessionCookieName = 'gorod_session';
