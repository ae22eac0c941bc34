/**
 * Benchmarks of the foundation's hot paths, each against a baseline measured in the same run:
 *   - bench/core.ts: the health check, the session lookup, an authenticated request (`GET /api/me`) and the home
 *     page's figures against a primary-key read, on PGlite and PostgreSQL; a sign-in (argon2id verify) against
 *     one SHA-256, to show what the password hash costs.
 *   - bench/comments.ts: a 10,000-comment thread's first and deep pages against a primary-key read.
 *   - bench/reports.ts: 500,000 reports: the map at city and street zoom and the filtered list against
 *     a primary-key read; filing throughput.
 *   - bench/budgeting.ts: the winner rules on real pabulib elections against parsing the file; ballot
 *     casting throughput on PostgreSQL with 100,000 verified voters against a plain insert.
 *   - bench/voting.ts: a binding city poll with 1,000,000 responses on PostgreSQL: responses/s through the
 *     respond use case against a plain insert of the same rows; the time to close and publish the results.
 *   - bench/events.ts: 1,000,000 event registrations on PostgreSQL through the use case (capacity, waitlist) against a
 *     plain insert, and the guarantees checked; the events list and map over 100,000 events against a primary-key read.
 *   - bench/places.ts: near me — the nearest 10 places of chosen layers within walking distance over 200,000 places,
 *     on PGlite and PostgreSQL, against a primary-key read.
 *   - bench/search.ts: the city-wide search over 1,000,000 indexed documents (a common word, rarer words, typos, filters,
 *     type-ahead) against a primary-key read, on PGlite and PostgreSQL.
 *   - bench/areas.ts: area alerts — a report where 100,000 residents subscribed, told through the fan-out, against one plain
 *     insert of as many notifications; the subscriber lookup against a primary-key read, on PGlite and PostgreSQL.
 *   - bench/statistics.ts: participation statistics over 1,000,000 residents and their poll responses — the page's
 *     figures and a big poll's representativeness against a primary-key read, and the job that counts them.
 *   - bench/messages.ts: live delivery — send → the recipient's open page with 2,000 open pages, on PGlite, on PostgreSQL and
 *     across two PostgreSQL processes (LISTEN/NOTIFY), p50/p95 and messages per second, against a plain insert.
 *   - bench/startup.ts: the CPU `gorod --help` and `gorod pb compute` spend starting, compiled against tsx.
 *   - bench/embedded.ts: the report list under 1–50 concurrent clients on a real listening server, embedded PGlite
 *     (worker thread and HTTP thread) against PostgreSQL; the health check while the deadlines job works a backlog.
 * Prints figures and ratios to stdout; progress to stderr. Run: `npm run bench`.
 */
// each bench runs on its own databases (PGlite and a throwaway PostgreSQL) and closes them before the next
await import('./core.js');
process.stdout.write('\n');
await import('./comments.js');
process.stdout.write('\n');
await import('./reports.js');
process.stdout.write('\n');
await import('./budgeting.js');
process.stdout.write('\n');
await import('./voting.js');
process.stdout.write('\n');
await import('./events.js');
process.stdout.write('\n');
await import('./places.js');
process.stdout.write('\n');
await import('./search.js');
process.stdout.write('\n');
await import('./areas.js');
process.stdout.write('\n');
await import('./statistics.js');
process.stdout.write('\n');
await import('./messages.js');
process.stdout.write('\n');
await import('./startup.js');
process.stdout.write('\n');
await import('./embedded.js');
