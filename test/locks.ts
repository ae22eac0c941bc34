import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../src/core/db/client.js';

/**
 * Resolves once a statement whose text contains `text` waits for a lock on another connection of the PostgreSQL
 * server (a test holding a row lock knows the racing write has reached it); fails after `ms`.
 */
export async function untilWaitingForLock(db: Executor, text: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid() and strpos(query, ${text}) > 0`,
    );
    if (row!.n > 0) return;
    if (Date.now() > until) throw new Error(`no statement containing «${text}» waited for a lock within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A gate a test holds shut (a transaction keeping its lock) until it opens it. */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open };
}
