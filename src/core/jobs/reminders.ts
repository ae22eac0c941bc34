import { sql, type SQLWrapper } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { queryRows, type Db, type Tx } from '../db/client.js';

const hour = 3_600_000;

/**
 * The reminders before something people signed up for starts (an event, a volunteering shift): the day before — due
 * when it starts within a day but not within two hours, so it is skipped when the second is already due — and two
 * hours before ("soon").
 */
export const reminderWindows = [
  { which: 'day_before', from: 2 * hour, to: 24 * hour },
  { which: 'soon', from: 0, to: 2 * hour },
] as const;
export type ReminderWhich = (typeof reminderWindows)[number]['which'];

/**
 * Where a module keeps who is reminded: one entry per person and holder (a registration, a sign-up) with its state
 * (only 'registered' ones are reminded) and a column per reminder holding when it went out (null: not yet).
 */
export interface ReminderTables {
  table: PgTable;
  holderId: PgColumn;
  userId: PgColumn;
  state: PgColumn;
  sentAt: Record<ReminderWhich, PgColumn>;
}

/** A table whose entries carry the usual columns (`user_id`, `state`, `reminded_day_before_at`, `reminded_soon_at`) as ReminderTables. */
export function remindedEntries(
  table: PgTable & { userId: PgColumn; state: PgColumn; remindedDayBeforeAt: PgColumn; remindedSoonAt: PgColumn },
  holderId: PgColumn,
): ReminderTables {
  return { table, holderId, userId: table.userId, state: table.state, sentAt: { day_before: table.remindedDayBeforeAt, soon: table.remindedSoonAt } };
}

/** What a module gives: which holders start in a window (ids, as a subquery), and the event that tells the people claimed. */
export interface ReminderSource {
  entries: ReminderTables;
  /** The ids of the holders that go ahead and start after `after` and at the latest at `until` (a select on `db`). */
  due: (db: Db, after: Date, until: Date) => SQLWrapper;
  /** Queues the module's reminder event for each holder, naming the people claimed (in the claim's transaction). */
  tell: (tx: Tx, reminder: { which: ReminderWhich; sentAt: Date }, peopleByHolder: Map<string, string[]>) => Promise<void>;
}

const name = (c: PgColumn) => sql.identifier(c.name);

/**
 * Sends the reminders due at `now`, each once per entry: per window, one transaction claims the due entries with a
 * conditional UPDATE (`sent_at is null`) and queues the module's event for them, so a second run or a second server
 * finds nothing to send. Returns how many people were reminded.
 */
export async function sendDueReminders(db: Db, source: ReminderSource, now: Date): Promise<number> {
  const e = source.entries;
  let sent = 0;
  for (const r of reminderWindows) {
    const due = source.due(db, new Date(now.getTime() + r.from), new Date(now.getTime() + r.to));
    const column = name(e.sentAt[r.which]);
    sent += await db.transaction(async (tx) => {
      const claimed = await queryRows<{ holder_id: string; user_id: string }>(
        tx,
        sql`update ${e.table} set ${column} = ${now.toISOString()}::timestamptz
          where ${name(e.state)} = 'registered' and ${column} is null and ${name(e.holderId)} in (${due})
          returning ${name(e.holderId)} as holder_id, ${name(e.userId)} as user_id`,
      );
      const byHolder = new Map<string, string[]>();
      for (const c of claimed) byHolder.set(c.holder_id, [...(byHolder.get(c.holder_id) ?? []), c.user_id]);
      if (byHolder.size) await source.tell(tx, { which: r.which, sentAt: now }, byHolder);
      return claimed.length;
    });
  }
  return sent;
}
