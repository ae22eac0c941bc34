/** True when a database error is a unique-constraint violation (PostgreSQL code 23505), on either driver. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

const unavailableCodes = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const unavailableMessages =
  /Connection terminated|connection error|timeout exceeded when trying to connect|Connection ended unexpectedly|the database system is (starting up|shutting down)/i;

/**
 * What a failure from the database means for the caller, on either driver:
 * - `unavailable`: the server is away (restarting, unreachable, the connection dropped): try again shortly (503);
 * - `data`: PostgreSQL refused a value (SQLSTATE class 22: out of range, malformed, untranslatable): the caller's
 *   input was beyond its column's range (400) — the route's schema should have said so with the field named;
 * - null: anything else (a bug or a constraint the use case handles).
 */
export function databaseFault(err: unknown): 'unavailable' | 'data' | null {
  for (let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (unavailableCodes.has(code) || (typeof e.message === 'string' && unavailableMessages.test(e.message))) return 'unavailable';
    if (/^22[0-9A-Z]{3}$/.test(code)) return 'data';
  }
  return null;
}
