import { z } from 'zod';
import type { DomainEvent } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { cityDateTime } from '../../../core/time/time.js';
import { publicPeople } from '../../accounts/index.js';
import { deleteFollow, followerIds, insertFollow } from '../db/queries.js';
import { onCreatedAutoFollow } from './react-to-events.js';
import { departmentFacts, departmentOfficials } from './department-staff.js';
import { eventData, notifyOnce } from './event-data.js';
import { recordNotifications } from './record-notifications.js';

/** The facts initiative events carry (see the initiatives module); ids and public texts only. */
const initiativeEventSchema = z.object({
  number: z.number(),
  title: z.string().default(''),
  path: z.string().default('/'),
  status: z.string().default(''),
  authorId: z.string().nullish(),
  decision: z.string().nullish(),
  coinitiatorId: z.string().nullish(),
  departmentId: z.string().nullish(),
  answerDueAt: z.string().nullish(),
});
type InitiativeEventData = z.infer<typeof initiativeEventSchema>;

const parse = (event: DomainEvent, ctx: ModuleContext): InitiativeEventData | null => eventData(initiativeEventSchema, event, ctx);

/**
 * A status change: the initiative's followers (its author, co-initiators and supporters follow automatically, others
 * by choice) hear of it, with the link to its page. `kind` picks the sentence (`notification.<kind>`).
 */
function toFollowers(kind: (d: InitiativeEventData) => string | null) {
  return async (event: DomainEvent, ctx: ModuleContext): Promise<void> => {
    const d = parse(event, ctx);
    const k = d ? kind(d) : null;
    if (!d || !k) return;
    await ctx.database.db.transaction(async (tx) => {
      const followers = await followerIds(tx, event.entityType, event.entityId);
      await recordNotifications(tx, ctx, notifyOnce(event, [...(d.authorId ? [d.authorId] : []), ...followers], k, { title: d.title, path: d.path }));
    });
    void ctx.mailer.flush();
  };
}

/** A resident joined a draft: they follow it from now on, and its author hears who joined. */
async function onCoinitiatorJoined(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = parse(event, ctx);
  if (!d?.coinitiatorId) return;
  const db = ctx.database.db;
  const actor = (await publicPeople(db, [d.coinitiatorId])).get(d.coinitiatorId)?.displayName ?? '';
  await db.transaction(async (tx) => {
    await insertFollow(tx, { userId: d.coinitiatorId!, entityType: event.entityType, entityId: event.entityId, origin: 'auto' });
    if (d.authorId)
      await recordNotifications(tx, ctx, notifyOnce(event, [d.authorId], 'initiative.coinitiator_joined', { actor, title: d.title, path: d.path }));
  });
  void ctx.mailer.flush();
}

/** A co-initiator left a draft: the automatic follow goes with them (one they chose themselves would stay: it is the same row, so it goes too). */
async function onCoinitiatorLeft(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = parse(event, ctx);
  if (!d?.coinitiatorId) return;
  await deleteFollow(ctx.database.db, { userId: d.coinitiatorId, entityType: event.entityType, entityId: event.entityId });
}

/**
 * The responsible department must act: when the threshold is reached its officials hear that an answer is due
 * (and by when); when the deadline passes, its head (its officials when it has no head) hears it is overdue —
 * besides the followers, who hear of both as of every step.
 */
function toDepartment(followersKind: string, staffKind: 'initiative.answer_requested' | 'initiative.answer_overdue') {
  const followers = toFollowers(() => followersKind);
  return async (event: DomainEvent, ctx: ModuleContext): Promise<void> => {
    await followers(event, ctx);
    const d = parse(event, ctx);
    if (!d?.departmentId) return;
    const db = ctx.database.db;
    const department = await departmentFacts(db, d.departmentId);
    const due = d.answerDueAt ? cityDateTime(new Date(d.answerDueAt), ctx.config.cityTimezone) : '';
    await db.transaction(async (tx) => {
      const ids = staffKind === 'initiative.answer_overdue' && department?.headUserId ? [department.headUserId] : await departmentOfficials(tx, d.departmentId);
      await recordNotifications(tx, ctx, notifyOnce(event, ids, staffKind, { title: d.title, path: d.path, due, department: department?.nameRu ?? '' }));
    });
    void ctx.mailer.flush();
  };
}

const decided = (prefix: string, allowed: readonly string[]) => (d: InitiativeEventData) =>
  d.decision && allowed.includes(d.decision) ? `${prefix}.${d.decision}` : null;

/** Notifications about the initiatives module's events, by event type. */
export const initiativeReactions: Record<string, (event: DomainEvent, ctx: ModuleContext) => Promise<void>> = {
  'initiative.created': onCreatedAutoFollow,
  'initiative.supported': onCreatedAutoFollow,
  'initiative.coinitiator_joined': onCoinitiatorJoined,
  'initiative.coinitiator_left': onCoinitiatorLeft,
  'initiative.submitted': toFollowers(() => 'initiative.submitted'),
  'initiative.withdrawn': toFollowers(() => 'initiative.withdrawn'),
  'initiative.screened': toFollowers(decided('initiative.screened', ['admissible', 'inadmissible'])),
  'initiative.threshold_reached': toDepartment('initiative.threshold_reached', 'initiative.answer_requested'),
  'initiative.not_reached': toFollowers(() => 'initiative.not_reached'),
  'initiative.answered': toFollowers(decided('initiative.answered', ['accepted', 'partially', 'rejected'])),
  'initiative.overdue': toDepartment('initiative.overdue', 'initiative.answer_overdue'),
};
