import { and, desc, eq, gt, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { recordIsPublic } from '../db/queries.js';
import { volunteerProjects, volunteerShifts, volunteerSignups, volunteers } from '../db/schema.js';
import { canReadOwnVolunteering } from '../policy.js';

/** A volunteer record («книжка волонтёра»): confirmed hours in total and per project. Nothing to come (no shift a person will be at). */
export interface VolunteerRecord {
  shown: boolean;
  totalMinutes: number;
  shifts: number;
  projects: { id: string; title: string; minutes: number; shifts: number; lastShiftAt: Date }[];
}

async function recordOf(db: Executor, userId: string): Promise<Omit<VolunteerRecord, 'shown'>> {
  const rows = await db
    .select({
      id: volunteerProjects.id,
      title: volunteerProjects.title,
      minutes: sql<number>`sum(${volunteerSignups.minutesWorked})::int`,
      shifts: sql<number>`count(*)::int`,
      lastShiftAt: sql<Date>`max(${volunteerShifts.startsAt})`,
    })
    .from(volunteerSignups)
    .innerJoin(volunteerShifts, eq(volunteerShifts.id, volunteerSignups.shiftId))
    .innerJoin(volunteerProjects, eq(volunteerProjects.id, volunteerShifts.projectId))
    .where(
      and(
        eq(volunteerSignups.userId, userId),
        eq(volunteerSignups.state, 'registered'),
        isNotNull(volunteerSignups.minutesWorked),
        gt(volunteerSignups.minutesWorked, 0),
        eq(volunteerProjects.moderation, 'visible'),
      ),
    )
    .groupBy(volunteerProjects.id, volunteerProjects.title)
    .orderBy(desc(sql`max(${volunteerShifts.startsAt})`));
  const projects = rows.map((r) => ({ id: r.id, title: r.title, minutes: Number(r.minutes), shifts: Number(r.shifts), lastShiftAt: new Date(r.lastShiftAt) }));
  return { totalMinutes: projects.reduce((a, p) => a + p.minutes, 0), shifts: projects.reduce((a, p) => a + p.shifts, 0), projects };
}

/**
 * A person's public volunteer record: anyone, unless the person hid it (then `shown: false` and nothing else; the
 * person themselves still sees theirs). 404 for an unknown person.
 */
export async function volunteerRecord(ctx: ModuleContext, actor: Actor, userId: string): Promise<VolunteerRecord> {
  const db = ctx.database.db;
  if (!(await publicPeople(db, [userId])).has(userId)) throw new AppError(404, 'person_not_found');
  const shown = await recordIsPublic(db, userId);
  const own = actor.kind === 'user' && actor.userId === userId;
  if (!shown && !own) return { shown, totalMinutes: 0, shifts: 0, projects: [] };
  return { shown, ...(await recordOf(db, userId)) };
}

/** Shows or hides the caller's volunteer record on their profile (signed in). */
export async function setRecordPublic(ctx: ModuleContext, actor: Actor, shown: boolean, now = new Date()): Promise<void> {
  authorize(actor, canReadOwnVolunteering(actor));
  await ctx.database.db
    .insert(volunteers)
    .values({ userId: actor.userId, recordPublic: shown, updatedAt: now })
    .onConflictDoUpdate({ target: volunteers.userId, set: { recordPublic: shown, updatedAt: now } });
}

/**
 * The caller's sign-ups (in or waiting, newest shift first) with their project, for «my shifts»: a shift its
 * organisers cancelled stays in the list (the sign-up is kept for the record) and the project's cancellation comes
 * with it, so the list can say it is off and why (domain calledOff).
 */
export async function mySignups(ctx: ModuleContext, actor: Actor) {
  authorize(actor, canReadOwnVolunteering(actor));
  return ctx.database.db
    .select({
      shift: volunteerShifts,
      projectTitle: volunteerProjects.title,
      projectCancelledAt: volunteerProjects.cancelledAt,
      state: volunteerSignups.state,
      minutesWorked: volunteerSignups.minutesWorked,
    })
    .from(volunteerSignups)
    .innerJoin(volunteerShifts, eq(volunteerShifts.id, volunteerSignups.shiftId))
    .innerJoin(volunteerProjects, eq(volunteerProjects.id, volunteerShifts.projectId))
    .where(and(eq(volunteerSignups.userId, actor.userId), inArray(volunteerSignups.state, ['registered', 'waitlisted'])))
    .orderBy(desc(volunteerShifts.startsAt))
    .limit(200);
}

/** The minutes confirmed for a person on a shift and the revision of that confirmation (for the points that follow them). */
export async function confirmedHours(db: Executor, shiftId: string, userId: string): Promise<{ minutes: number; revision: number } | null> {
  const [row] = await db
    .select({ minutes: volunteerSignups.minutesWorked, revision: volunteerSignups.hoursRevision })
    .from(volunteerSignups)
    .where(and(eq(volunteerSignups.shiftId, shiftId), eq(volunteerSignups.userId, userId)))
    .limit(1);
  return row ? { minutes: row.minutes ?? 0, revision: row.revision } : null;
}
