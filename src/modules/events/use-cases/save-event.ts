import { eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { districtAt, findDepartment } from '../../city/index.js';
import { groupNames, groupsRunBy } from '../../groups/index.js';
import { openHeldCase } from '../../moderation/index.js';
import { events } from '../db/schema.js';
import { capacityProblem, placeProblem, registrationOpensFor, timesProblem, type EventKind, type EventSourceType } from '../domain/events.js';
import { cityEventCreated, cityEventMoved, cityEventOpenedOnSource } from '../events.js';
import { canCreateEvent, canManageEvent, isHeldForModeration, type EventOrganiser } from '../policy.js';
import { auditEventAct, emitCityEvent, emitGroupPublished, eventType, requireEvent, ruleError } from './common.js';
import { checkImages } from './event-images.js';
import { checkSource } from './event-source.js';
import { promoteWaitlisted } from './promote.js';

/** What an organiser gives (the same for creating and editing; the organising department is set once, at creation). */
export interface EventInput {
  kind: EventKind;
  title: string;
  description: string;
  lat: number | null;
  lon: number | null;
  address: string;
  onlineUrl: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  minAge: number | null;
  accessibility: string;
  /** The event's image (an upload of the organiser's, or the one it has); null removes it; absent keeps it. */
  imageFileId?: string | null | undefined;
  /** With a source: its participants may register this many days before everyone (ignored without one). */
  priorityDays?: number | undefined;
}

/** What a meeting is opened on (a poll's result, an initiative, a crowdsourcing project): the kind and its id. */
export interface SourceInput {
  type: EventSourceType;
  id: string;
}

/** The input's times and place checked (400 naming the field), with the district of its point (400 outside the city). */
async function checkedColumns(db: Executor, input: EventInput) {
  const problem = timesProblem(input) ?? placeProblem(input);
  if (problem) throw ruleError(problem);
  let districtId: string | null = null;
  if (input.lat !== null && input.lon !== null) {
    const district = await districtAt(db, input.lon, input.lat);
    if (!district) throw ruleError({ field: 'lat', code: 'event_place_outside_city' });
    districtId = district.id;
  }
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    lat: input.lat,
    lon: input.lon,
    address: input.address,
    districtId,
    onlineUrl: input.onlineUrl,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    capacity: input.capacity,
    registrationOpensAt: input.registrationOpensAt,
    registrationClosesAt: input.registrationClosesAt,
    minAge: input.minAge,
    accessibility: input.accessibility,
    ...(input.imageFileId !== undefined ? { imageFileId: input.imageFileId } : {}),
  };
}

/** The image named, checked: the organiser's recent upload, or the one the event already has (400 naming the field). */
async function checkImage(tx: Executor, actorId: string, input: EventInput, current: string | null, now: Date): Promise<void> {
  if (input.imageFileId) await checkImages(tx, actorId, [{ field: 'imageFileId', fileId: input.imageFileId }], new Set(current ? [current] : []), now);
}

/**
 * The group an event is to be organised for, as the rules need it: whether the caller runs it now and whether it
 * is verified. 400 naming `groupId` for a group that does not exist, or with a department as well.
 */
async function organisingGroup(db: Executor, actor: Actor, input: { departmentId: string | null; groupId?: string | null | undefined }) {
  if (!input.groupId) return null;
  if (input.departmentId !== null) throw ruleError({ field: 'groupId', code: 'event_group_with_department' });
  const group = (await groupNames(db, [input.groupId])).get(input.groupId);
  if (!group) throw ruleError({ field: 'groupId', code: 'event_group_unknown' });
  const runs = actor.kind === 'user' && (await groupsRunBy(db, actor.userId, group.id)).length > 0;
  return { ...group, runs };
}

/**
 * Creates an event. For a department (`departmentId`): its officials and administrators (403 otherwise), public at
 * once and audited. On behalf of a group (`groupId`): whoever runs it now (403 `event_group_not_run`; 400 for an
 * unknown group), public at once for a verified organisation or public figure, held otherwise. As a resident:
 * verified residents only (403 `event_organiser_not_verified`). A held event waits in the moderators' queue until a
 * moderator approves it (policy `isHeldForModeration`). 400 for times, place or an unknown department. Emits
 * `event.created`, and `event.group_published` for a group's event public at once.
 */
export async function createEvent(
  ctx: ModuleContext,
  actor: Actor,
  input: EventInput & { departmentId: string | null; groupId?: string | null | undefined; source?: SourceInput | null | undefined },
  now = new Date(),
) {
  const db = ctx.database.db;
  const group = await organisingGroup(db, actor, input);
  const organiser: EventOrganiser = { departmentId: input.departmentId, group };
  authorize(actor, canCreateEvent(actor, organiser));
  if (input.departmentId !== null && !(await findDepartment(db, input.departmentId)))
    throw ruleError({ field: 'departmentId', code: 'event_department_unknown' });
  const columns = await checkedColumns(db, input);
  // a meeting on a source is a department's (officials answer for the source), checked with the source's module
  if (input.source && input.departmentId === null) throw ruleError({ field: 'source', code: 'event_source_needs_department' });
  const source = input.source ? await checkSource(ctx, db, actor, input.source) : null;
  const held = isHeldForModeration(organiser);
  const row = await db.transaction(async (tx) => {
    await checkImage(tx, actor.userId, input, null, now);
    const [row] = await tx
      .insert(events)
      .values({
        ...columns,
        sourceType: source?.type ?? null,
        sourceId: source?.id ?? null,
        priorityDays: source ? (input.priorityDays ?? 0) : 0,
        departmentId: input.departmentId,
        groupId: group?.id ?? null,
        organiserId: actor.userId,
        moderation: held ? 'held' : 'visible',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError(500, 'internal');
    // a resident's event waits for a moderator: the held-content queue with no forbidden word matched
    if (held) await openHeldCase(tx, { entityType: eventType, entityId: row.id, authorId: actor.userId, words: [] });
    else if (row.departmentId !== null) await auditEventAct(tx, actor.userId, 'event.created', row);
    await emitCityEvent(tx, cityEventCreated, actor.userId, row, { held });
    if (!held) await emitGroupPublished(tx, actor.userId, row);
    if (source) {
      const opens = registrationOpensFor(row, true);
      await emitCityEvent(tx, cityEventOpenedOnSource, actor.userId, row, {
        sourceType: source.type,
        sourceId: source.id,
        sourceTitle: source.title,
        priorityOpensAt: opens?.toISOString() ?? null,
      });
    }
    return row;
  });
  ctx.jobs.kick();
  return row;
}

/**
 * Replaces an event's details: its organisers, while it is not cancelled (403/409). 400 when it would end before it
 * starts or hold fewer than those already registered. A raised capacity moves the first on the waitlist up (they are
 * told); a new time or place tells everyone registered or waiting (`event.moved`). A department's event is audited.
 */
export async function editEvent(ctx: ModuleContext, actor: Actor, id: string, input: EventInput, now = new Date()) {
  const db = ctx.database.db;
  const columns = await checkedColumns(db, input);
  const row = await db.transaction(async (tx) => {
    const { row, facts } = await requireEvent(tx, actor, id, { forUpdate: true });
    authorize(actor, canManageEvent(actor, facts));
    const problem = capacityProblem(columns.capacity, row.registeredCount);
    if (problem) throw ruleError(problem);
    await checkImage(tx, actor.userId, input, row.imageFileId, now);
    const priorityDays = row.sourceType && input.priorityDays !== undefined ? { priorityDays: input.priorityDays } : {};
    const [updated] = await tx
      .update(events)
      .set({ ...columns, ...priorityDays, updatedAt: now })
      .where(eq(events.id, row.id))
      .returning();
    let u = updated!;
    u = await promoteWaitlisted(tx, actor.userId, u, now);
    const moved =
      row.startsAt.getTime() !== u.startsAt.getTime() ||
      row.endsAt.getTime() !== u.endsAt.getTime() ||
      row.lat !== u.lat ||
      row.lon !== u.lon ||
      row.onlineUrl !== u.onlineUrl;
    if (moved && u.moderation === 'visible') await emitCityEvent(tx, cityEventMoved, actor.userId, u);
    if (u.departmentId !== null) await auditEventAct(tx, actor.userId, 'event.updated', u, { capacity: u.capacity });
    return u;
  });
  ctx.jobs.kick();
  return row;
}
