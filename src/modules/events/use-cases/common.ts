import { appendAudit } from '../../../core/audit/audit.js';
import type { AuditAction } from '../../../core/audit/sentences.js';
import type { z } from 'zod';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import { emitEvent, type EventDefinition } from '../../../core/jobs/events.js';
import { groupNames, groupsRunBy } from '../../groups/index.js';
import { findEvent, type EventRow } from '../db/queries.js';
import { cityEventGroupPublished, type cityEventFacts } from '../events.js';
import { canReadEvent, type EventFacts } from '../policy.js';

/** A rule's refusal as a 400 naming the field (the core's one mapping). */
export { ruleError } from '../../../core/http/errors.js';

/** The entity kind (comments, follows, notifications, moderation) and its page. */
export const eventType = 'event';
export const eventPath = (id: string) => `/events/${id}`;

/** The facts the policy takes, from a row (`runsGroup`: whether the viewer runs its group, see viewerFacts). */
export function factsOf(row: EventRow, runsGroup = false): EventFacts {
  return {
    organiserId: row.organiserId,
    departmentId: row.departmentId,
    groupId: row.groupId,
    runsGroup,
    districtId: row.districtId,
    moderation: row.moderation,
    status: row.status,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    registrationOpensAt: row.registrationOpensAt,
    registrationClosesAt: row.registrationClosesAt,
    registrationPaused: row.registrationPaused,
    minAge: row.minAge,
    priorityDays: row.priorityDays,
  };
}

/**
 * The facts for this viewer: for a group's event, whether they run the group now (asked of the groups module each
 * time, so a person who stops running it stops being its organiser at once).
 */
export async function viewerFacts(db: Executor, actor: Actor, row: EventRow): Promise<EventFacts> {
  const runsGroup = row.groupId !== null && actor.kind === 'user' && (await groupsRunBy(db, actor.userId, row.groupId)).length > 0;
  return factsOf(row, runsGroup);
}

/** An event the caller may see (locked for update when asked); 404 otherwise. */
export async function requireEvent(db: Executor, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
  const row = await findEvent(db, id, opts);
  if (!row) throw new AppError(404, 'event_not_found');
  const facts = await viewerFacts(db, actor, row);
  authorize(actor, canReadEvent(actor, facts));
  return { row, facts };
}

/** Writes an official act on an event to the audit log: its title, department and start, and what else the act changed. */
export function auditEventAct(tx: Executor, actorId: string, action: AuditAction, row: EventRow, extra: Record<string, unknown> = {}): Promise<unknown> {
  return appendAudit(tx, {
    actorId,
    action,
    subjectType: eventType,
    subjectId: row.id,
    data: { title: row.title, departmentId: row.departmentId, startsAt: row.startsAt.toISOString(), ...extra },
  });
}

type FactsInput = z.input<typeof cityEventFacts>;
type ExtraFacts<S extends z.ZodType> = Omit<z.input<S>, keyof FactsInput>;

/** Emits one of the module's domain events (see events.ts) in the caller's transaction, with the facts every one carries. */
export async function emitCityEvent<S extends z.ZodType>(
  tx: Executor,
  def: EventDefinition<string, S>,
  actorId: string | null,
  row: EventRow,
  ...[extra]: object extends ExtraFacts<S> ? [extra?: ExtraFacts<S>] : [extra: ExtraFacts<S>]
): Promise<void> {
  const facts: FactsInput = {
    title: row.title,
    path: eventPath(row.id),
    startsAt: row.startsAt.toISOString(),
    departmentId: row.departmentId,
    organiserId: row.organiserId,
  };
  await emitEvent(tx, def, { actorId, entityType: eventType, entityId: row.id, data: { ...facts, ...extra } as z.input<S> });
}

/** A group's event became public (at creation, or a moderator let it through): emits `event.group_published` for its members. */
export async function emitGroupPublished(tx: Executor, actorId: string | null, row: EventRow): Promise<void> {
  if (row.groupId === null) return;
  const group = (await groupNames(tx, [row.groupId])).get(row.groupId);
  if (group) await emitCityEvent(tx, cityEventGroupPublished, actorId, row, { groupId: group.id, groupName: group.name });
}
