import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import type { DomainEvent } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { deleteFollow, followerIds, insertFollow, type NewNotification } from '../db/queries.js';
import { follows } from '../db/schema.js';
import { recipients } from '../domain/recipients.js';
import { recordNotifications } from './record-notifications.js';

/** A thing people follow and notifications are about, as events name it (an event itself is one: its entity). */
export interface EntityKey {
  entityType: string;
  entityId: string;
}

/** Whom to tell of an event, and what. */
export interface Notice {
  /** The people, in order; empty and repeated ids are skipped, and so is the event's actor. */
  to: readonly (string | null | undefined)[];
  /** A kind the module declares in its manifest (`notifications`), whose messages say how it reads. */
  kind: string;
  /** The facts its text needs (names, titles, an excerpt, the page `path`, a `reason`); never an e-mail address. */
  data: Record<string, unknown>;
  /** What it is about when not the event's entity (e.g. one proposal of a tallied heading). */
  about?: EntityKey;
}

/**
 * Records the notifications of one event in the caller's transaction: one per person — the first notice naming
 * them wins, and never the person who acted (an event without an actor reaches everyone) — and queues the mail of
 * those who want it at once. A retried event adds nothing. Flush the mailer after commit (`void ctx.mailer.flush()`).
 * Returns how many notifications were new. A kind no module declares is a programming error.
 */
export async function notify(tx: Executor, ctx: ModuleContext, event: DomainEvent<unknown>, notices: readonly Notice[]): Promise<number> {
  for (const n of notices) if (!ctx.notificationKinds.has(n.kind)) throw new Error(`Notification kind ${n.kind} is not declared by any module`);
  const items: NewNotification[] = recipients(event.actorId, notices).map(({ userId, notice: n }) => {
    const about = n.about ?? event;
    return { userId, kind: n.kind, eventId: event.id, entityType: about.entityType, entityId: about.entityId, data: n.data };
  });
  return recordNotifications(tx, ctx, items);
}

/** The person follows the entity from now on (automatically: because they wrote, supported or joined it); a follow they have stays. */
export async function follow(db: Executor, userId: string, entity: EntityKey): Promise<void> {
  await insertFollow(db, { userId, entityType: entity.entityType, entityId: entity.entityId, origin: 'auto' });
}

/**
 * `follow` as SQL for a write that follows in its own statement (a data-modifying CTE): the person `userId` (a uuid
 * expression) follows the entity for each row of `from` (e.g. the CTE that wrote their registration) — in the same
 * transaction as the write, with no job between; a follow they have stays.
 */
export function followSql(userId: SQL, entity: { entityType: string; entityId: SQL }, from: SQL): SQL {
  return sql`insert into ${follows} (user_id, entity_type, entity_id, origin)
    select ${userId}, ${entity.entityType}::text, (${entity.entityId})::text, 'auto' from ${from} on conflict do nothing`;
}

/** The person stops following the entity (e.g. a co-initiator who left). */
export async function unfollow(db: Executor, userId: string, entity: EntityKey): Promise<void> {
  await deleteFollow(db, { userId, entityType: entity.entityType, entityId: entity.entityId });
}

/** Everyone following the entity. */
export async function followersOf(db: Executor, entity: EntityKey): Promise<string[]> {
  return followerIds(db, entity.entityType, entity.entityId);
}
