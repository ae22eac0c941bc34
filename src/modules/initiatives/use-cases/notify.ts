import type { z } from 'zod';
import type { EventOf } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { cityDateTime } from '../../../core/time/time.js';
import { publicPeople } from '../../accounts/index.js';
import { departmentFacts, departmentOfficials, follow, followersOf, notify, unfollow } from '../../notifications/index.js';
import type {
  initiativeAnswered,
  initiativeCoinitiatorJoined,
  initiativeCoinitiatorLeft,
  initiativeCreated,
  initiativeFacts,
  initiativeNotReached,
  initiativeOverdue,
  initiativeScreened,
  initiativeSubmitted,
  initiativeSupported,
  initiativeThresholdReached,
  initiativeWithdrawn,
} from '../events.js';

type FollowersEvent = EventOf<
  typeof initiativeSubmitted | typeof initiativeWithdrawn | typeof initiativeScreened | typeof initiativeNotReached | typeof initiativeAnswered
>;

/** A new initiative, or one a resident supports: its author (the supporter) follows it, to hear of every step. */
export async function actorFollows(event: EventOf<typeof initiativeCreated | typeof initiativeSupported>, ctx: ModuleContext): Promise<void> {
  if (event.actorId) await follow(ctx.database.db, event.actorId, event);
}

/**
 * A step of the initiative: its author and followers (co-initiators and supporters follow automatically, others by
 * choice) hear of it, with the link to its page. `kind` names the sentence (`notification.<kind>`).
 */
async function tellFollowers(event: FollowersEvent | EventOf<typeof initiativeThresholdReached | typeof initiativeOverdue>, ctx: ModuleContext, kind: string) {
  const d: { title: string; path: string; authorId: string | null } = event.data;
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [{ to: [d.authorId, ...(await followersOf(tx, event))], kind, data: { title: d.title, path: d.path } }]),
  );
  void ctx.mailer.flush();
}

/** Submitted, withdrawn, screened, not reached, answered: followers hear of it (with the decision when there is one). */
export async function tellOfStep(event: FollowersEvent, ctx: ModuleContext): Promise<void> {
  const decision = 'decision' in event.data ? `.${event.data.decision}` : '';
  await tellFollowers(event, ctx, `${event.type}${decision}`);
}

/** A resident joined a draft: they follow it from now on, and its author hears who joined. */
export async function tellOfCoinitiator(event: EventOf<typeof initiativeCoinitiatorJoined>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const db = ctx.database.db;
  const actor = (await publicPeople(db, [d.coinitiatorId])).get(d.coinitiatorId)?.displayName ?? '';
  await db.transaction(async (tx) => {
    await follow(tx, d.coinitiatorId, event);
    await notify(tx, ctx, event, [{ to: [d.authorId], kind: 'initiative.coinitiator_joined', data: { actor, title: d.title, path: d.path } }]);
  });
  void ctx.mailer.flush();
}

/** A co-initiator left a draft: the automatic follow goes with them (one they chose themselves would stay: it is the same row, so it goes too). */
export async function coinitiatorUnfollows(event: EventOf<typeof initiativeCoinitiatorLeft>, ctx: ModuleContext): Promise<void> {
  await unfollow(ctx.database.db, event.data.coinitiatorId, event);
}

/**
 * The responsible department must act: when the threshold is reached its officials hear that an answer is due
 * (and by when); when the deadline passes, its head (its officials when it has no head) hears it is overdue —
 * besides the followers, who hear of both as of every step.
 */
async function tellDepartment(
  event: EventOf<typeof initiativeThresholdReached | typeof initiativeOverdue>,
  ctx: ModuleContext,
  kind: 'initiative.answer_requested' | 'initiative.answer_overdue',
): Promise<void> {
  await tellFollowers(event, ctx, event.type);
  const d: z.output<typeof initiativeFacts> & { answerDueAt: string | null } = event.data;
  if (!d.departmentId) return;
  const db = ctx.database.db;
  const department = await departmentFacts(db, d.departmentId);
  const due = d.answerDueAt ? cityDateTime(new Date(d.answerDueAt), ctx.config.cityTimezone) : '';
  await db.transaction(async (tx) => {
    const ids = kind === 'initiative.answer_overdue' && department?.headUserId ? [department.headUserId] : await departmentOfficials(tx, d.departmentId);
    await notify(tx, ctx, event, [{ to: ids, kind, data: { title: d.title, path: d.path, due, department: department?.nameRu ?? '' } }]);
  });
  void ctx.mailer.flush();
}

/** The threshold is reached: followers hear of it, the department's officials that an answer is due. */
export async function tellOfThreshold(event: EventOf<typeof initiativeThresholdReached>, ctx: ModuleContext): Promise<void> {
  await tellDepartment(event, ctx, 'initiative.answer_requested');
}

/** The answer is overdue: followers hear of it, and the department's head. */
export async function tellOfOverdue(event: EventOf<typeof initiativeOverdue>, ctx: ModuleContext): Promise<void> {
  await tellDepartment(event, ctx, 'initiative.answer_overdue');
}
