import { sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from '../db/client.js';

/**
 * Where a module keeps places with a waitlist: the holder's row (an event, a shift) with its counts of registered and
 * waiting people, and one entry per person and holder (a registration, a sign-up) with its state and a `queue`
 * number taken from a sequence in the order people came. The counts change only under the holder's row lock.
 */
export interface WaitlistTables {
  holder: { table: PgTable; id: PgColumn; registeredCount: PgColumn; waitlistCount: PgColumn };
  entries: { table: PgTable; holderId: PgColumn; userId: PgColumn; state: PgColumn; queue: PgColumn; updatedAt: PgColumn };
}

const name = (c: PgColumn) => sql.identifier(c.name);

/** A person's place on the waitlist (1 = next), from their entry's queue number. */
export async function waitlistPosition(db: Executor, t: WaitlistTables, holderId: string, queue: number): Promise<number> {
  const e = t.entries;
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${e.table} where ${name(e.holderId)} = ${holderId} and ${name(e.state)} = 'waitlisted' and ${name(e.queue)} <= ${queue}`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Moves the first `n` on the holder's waitlist up to registered, in the order they came, and the holder's counts with
 * them, in one statement; returns who moved up (first in line first). Call it under the holder's row lock, after the
 * change that freed the places (n from `promotions`).
 */
export async function promoteFromWaitlist(tx: Executor, t: WaitlistTables, holderId: string, n: number, now: Date): Promise<string[]> {
  if (n <= 0) return [];
  const { holder: h, entries: e } = t;
  const rows = await queryRows<{ user_id: string }>(
    tx,
    sql`with moved as (
        update ${e.table} set ${name(e.state)} = 'registered', ${name(e.updatedAt)} = ${now.toISOString()}::timestamptz
        where ${name(e.holderId)} = ${holderId} and ${name(e.userId)} in (
          select ${name(e.userId)} from ${e.table} where ${name(e.holderId)} = ${holderId} and ${name(e.state)} = 'waitlisted' order by ${name(e.queue)} limit ${n})
        returning ${name(e.userId)} as user_id, ${name(e.queue)} as queue),
      counted as (
        update ${h.table} set ${name(h.registeredCount)} = ${name(h.registeredCount)} + (select count(*) from moved)::int,
          ${name(h.waitlistCount)} = ${name(h.waitlistCount)} - (select count(*) from moved)::int
        where ${name(h.id)} = ${holderId} and exists (select 1 from moved))
      select user_id from moved order by queue`,
  );
  return rows.map((r) => r.user_id);
}

/**
 * A person gives up their place (registered or waiting): their entry becomes `cancelled` and the holder's count of that
 * state drops by one; returns the holder's counts as they are now, for `promotions` and the module's promotion. Call it
 * under the holder's row lock, with the state the entry had.
 */
export async function giveUpPlace(
  tx: Executor,
  t: WaitlistTables,
  holderId: string,
  userId: string,
  state: 'registered' | 'waitlisted',
  now: Date,
): Promise<{ registeredCount: number; waitlistCount: number }> {
  const { holder: h, entries: e } = t;
  const count = state === 'registered' ? h.registeredCount : h.waitlistCount;
  const [row] = await queryRows<{ registered: number; waitlisted: number }>(
    tx,
    sql`with left_place as (
        update ${e.table} set ${name(e.state)} = 'cancelled', ${name(e.updatedAt)} = ${now.toISOString()}::timestamptz
        where ${name(e.holderId)} = ${holderId} and ${name(e.userId)} = ${userId})
      update ${h.table} set ${name(count)} = ${name(count)} - 1 where ${name(h.id)} = ${holderId}
      returning ${name(h.registeredCount)} as registered, ${name(h.waitlistCount)} as waitlisted`,
  );
  return { registeredCount: Number(row!.registered), waitlistCount: Number(row!.waitlisted) };
}
