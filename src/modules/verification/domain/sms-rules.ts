/** The rules of verification by an SMS code. Pure values. */
export const smsRules = {
  /** Digits in a code. */
  codeLength: 6,
  /** A code is good for this long. */
  ttlMinutes: 10,
  /** Wrong guesses before a code is dead (a new one must be asked for). */
  maxAttempts: 5,
  /** Codes one account may ask for per hour. */
  perAccountPerHour: 5,
  /** Codes sent to one phone number per hour (whoever asks). */
  perPhonePerHour: 3,
} as const;

/** True when a code row still accepts a guess. */
export function codeUsable(code: { expiresAt: Date; usedAt: Date | null; attempts: number }, now: Date): boolean {
  return code.usedAt === null && code.expiresAt > now && code.attempts < smsRules.maxAttempts;
}
