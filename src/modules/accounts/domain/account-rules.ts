/** How long things last, in milliseconds. */
export const sessionTtlMs = 30 * 24 * 3600_000;
/** A session's expiry is pushed forward at most this often (one write per user per 10 minutes, not per request). */
export const sessionTouchMs = 10 * 60_000;
export const confirmTokenTtlMs = 72 * 3600_000;
export const resetTokenTtlMs = 60 * 60_000;
/** A code confirming an account's deletion (for an account without a password): typed from the mail within minutes. */
export const deletionCodeTtlMs = 15 * 60_000;

/** E-mail addresses compare case-insensitively and without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Display names: at least 2 and at most 80 characters after cleaning (core/text `cleanName`). */
export const displayNameLimits = { min: 2, max: 80 } as const;

/**
 * Failed sign-ins allowed in a window, besides the route's limit per address and e-mail together: from one address
 * whatever the e-mails tried (one address trying a password against many accounts), and for one e-mail whatever the
 * addresses (many addresses guessing one account's password). Counted in the shared database store.
 */
export const signInFailureBudget = { windowMs: 15 * 60_000, perAddress: 30, perAccount: 10 } as const;

/** At most one "someone tried to register with your address" mail per account in this time, so the form cannot flood a mailbox. */
export const registrationNoticeIntervalMs = 60 * 60_000;

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
