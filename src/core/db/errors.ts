/** True when a database error is a unique-constraint violation (PostgreSQL code 23505), on either driver. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

// What a restart or failover raises, as seen under load (test/postgres-restart.process.test.ts): 57P01 on every
// connection when the server shuts down, ECONNREFUSED while it is down, 57P03 while it starts up, and "Client has
// encountered a connection error and is not queryable" for the rollback of a transaction whose connection died.
const unavailableCodes = new Set([
  '57P01', // admin_shutdown: terminating connection due to administrator command
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the database system is starting up / shutting down / in recovery
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300', // too_many_connections: every process reconnecting at once after a restart
  '25006', // read_only_sql_transaction: connected to a standby that is not (yet) the primary, during a failover
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
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
