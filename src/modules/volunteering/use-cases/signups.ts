import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Actor, UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Executor } from '../../../core/db/client.js';
import { preparedSql } from '../../../core/db/prepared.js';
import { AppError } from '../../../core/http/errors.js';
import { eventJob } from '../../../core/jobs/events.js';
import { jobs } from '../../../core/jobs/schema.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { cityDateTime } from '../../../core/time/time.js';
import { verifiedAgeAt, verifiedResidentMeetsSql } from '../../verification/index.js';
import { promotions } from '../../../core/capacity/capacity.js';
import { giveUpPlace, promoteFromWaitlist } from '../../../core/capacity/waitlist.js';
import { findShift, findSignup, overlappingShift, shiftPlaces, type ProjectRow, type ShiftRow } from '../db/queries.js';
import { volunteerProjects, volunteerShifts, volunteerSignups, volunteers } from '../db/schema.js';
import type { SignupState } from '../domain/volunteering.js';
import { volunteerPromoted, volunteerSignedUp } from '../events.js';
import { canCancelSignup, canSignUp } from '../policy.js';
import { emitVolunteerEvent, projectPath, projectType, requireShift } from './common.js';

/** Where a person stands on a shift: in, or waiting at a place in line (1 = next). */
export interface MySignup {
  state: SignupState;
  position: number | null;
}

/** How many times a sign-up is tried again when the person's sign-ups or the shift changed under it. */
const attempts = 5;

/**
 * Signs the caller up for a shift, once: 401 for visitors; 409 when it started or was cancelled, when they are
 * already in or waiting, or when another of their shifts overlaps it (`volunteer_shift_overlaps`, naming that shift);
 * 403 under its age requirement (or with no verified birth date when it has one); 404 when not visible.
 *
 * One statement does it all, as events' registrations (see writeSignupSql): it locks the person's volunteer row, then
 * the shift's row, checks the rules (no overlap, the age on the shift's day, not started, not cancelled, once), takes
 * a slot — registered while one is free, else the end of the waitlist, in the order people came — updates the counts
 * and queues `volunteer.signed_up`; so sign-ups never exceed the slots (the table's check is the last guard) and the
 * primary key keeps one per person. A person who cancelled may come back, at the end of the line. When the statement
 * refuses, the gate says why from a fresh read; when the gate would allow it (an organiser signs up for a project
 * moderation hides, or a racing request changed the facts) it is tried again.
 */
export async function signUp(ctx: ModuleContext, actor: Actor, shiftId: string, now = new Date()): Promise<MySignup> {
  const db = ctx.database.db;
  if (actor.kind !== 'user') authorize(actor, canSignUp(actor, (await requireShift(db, actor, shiftId)).shift, { state: null, age: null }, now));
  const userId = (actor as UserActor).userId;
  let hidden = false;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const written = await writeSignup(db, { shiftId, userId, now, timeZone: ctx.config.cityTimezone, hidden });
    if (written.place) {
      ctx.jobs.kick();
      return written.place;
    }
    if (written.stale) continue;
    // refused: the gate says why, from what is there now
    const { shift, project } = await requireShift(db, actor, shiftId);
    const existing = await findSignup(db, shift.id, userId);
    const age = shift.minAge ? await verifiedAgeAt(db, userId, shift.startsAt, ctx.config.cityTimezone) : null;
    authorize(actor, canSignUp(actor, shift, { state: existing?.state ?? null, age }, now));
    const other = await overlappingShift(db, userId, shift);
    if (other)
      throw new AppError(409, 'volunteer_shift_overlaps', {
        project: other.projectTitle,
        shift: other.shift.title,
        when: cityDateTime(other.shift.startsAt, ctx.config.cityTimezone),
      });
    hidden = project.moderation !== 'visible';
  }
  throw new AppError(409, 'volunteer_signup_changed');
}

/**
 * writeSignup's statement (named and prepared: one text, planned once per connection). `v` locks the person's
 * volunteer row (creating it) and moves its version on, but only when the row is as the statement's snapshot saw it
 * (`seen`): the reads below (`mine`, `other`) use that snapshot, so a sign-up or a move of theirs committed while this
 * one waited for the lock makes it stale (no row in `v`, nothing written) and it is tried again. `e` then locks the
 * shift's row for update (after `v`: it waits on it), the row as the last sign-up left it. `ok` is signupRefusal's
 * rules and the overlap in SQL, with the age on the shift's day in the city against the verified birth date; `r` takes
 * the slot (a cancelled sign-up comes back with a new queue number), `u` counts it, `j` queues the event with the
 * project's facts; the place on the waitlist is the number waiting before, plus one.
 */
const writeSignupSql = () => {
  const user = sql`${sql.placeholder('user')}::uuid`;
  const shiftId = sql`${sql.placeholder('shift')}::uuid`;
  const now = sql`${sql.placeholder('now')}::timestamptz`;
  const shiftDay = sql`(e.starts_at at time zone ${sql.placeholder('tz')}::text)::date`;
  return sql`with seen as (select updated_at from ${volunteers} where user_id = ${user}),
    v as (
      insert into ${volunteers} (user_id, updated_at) values (${user}, ${now})
      on conflict (user_id) do update set updated_at = greatest(${volunteers}.updated_at + interval '1 microsecond', excluded.updated_at)
        where ${volunteers}.updated_at is not distinct from (select updated_at from seen)
      returning user_id),
    e as (select * from ${volunteerShifts} where id = ${shiftId} and exists (select 1 from v) for update),
    p as (select pr.* from ${volunteerProjects} pr join e on pr.id = e.project_id),
    mine as (select state from ${volunteerSignups} where shift_id = ${shiftId} and user_id = ${user}),
    other as (
      select 1 from ${volunteerSignups} os join ${volunteerShifts} o on o.id = os.shift_id, e
      where os.user_id = ${user} and os.state in ('registered', 'waitlisted') and o.id <> e.id and o.cancelled_at is null
        and o.starts_at < e.ends_at and o.ends_at > e.starts_at),
    ok as (
      select e.id, case when e.registered_count < e.capacity then 'registered' else 'waitlisted' end as place
      from e, p
      where (p.moderation = 'visible' or ${sql.placeholder('hidden')}::boolean) and e.cancelled_at is null and ${now} < e.starts_at
        and coalesce((select state from mine) = 'cancelled', true)
        and not exists (select 1 from other)
        and (coalesce(e.min_age, 0) = 0 or ${verifiedResidentMeetsSql(user, sql`(${shiftDay} - make_interval(years => e.min_age::int))::date::text`, sql`null`)})),
    r as (
      insert into ${volunteerSignups} (shift_id, user_id, state, created_at, updated_at)
      select ok.id, ${user}, ok.place, ${now}, ${now} from ok
      on conflict (shift_id, user_id) do update
        set state = excluded.state, updated_at = excluded.updated_at, queue = nextval(pg_get_serial_sequence('volunteer_signups', 'queue'))
        where ${volunteerSignups}.state = 'cancelled'
      returning state),
    u as (
      update ${volunteerShifts} set registered_count = registered_count + (r.state = 'registered')::int, waitlist_count = waitlist_count + (r.state = 'waitlisted')::int
      from r where ${volunteerShifts}.id = ${shiftId}),
    j as (
      insert into ${jobs} (kind, payload)
      select ${sql.placeholder('eventKind')}::text, ${sql.placeholder('payload')}::jsonb || jsonb_build_object('entityId', p.id::text, 'data', (${sql.placeholder('payload')}::jsonb -> 'data')
        || jsonb_build_object('title', p.title, 'path', ${sql.placeholder('pathPrefix')}::text || p.id::text, 'districtId', p.district_id, 'state', r.state))
      from r, p)
  select (select state from r) as written, (select waitlist_count + 1 from e) as waitlist_place, not exists (select 1 from v) as stale`;
};

/** Signs a person up in one statement (its own transaction; see writeSignupSql): their place, or null when refused or stale. */
async function writeSignup(
  db: Executor,
  w: { shiftId: string; userId: string; now: Date; timeZone: string; hidden: boolean },
): Promise<{ place: MySignup; stale?: undefined } | { place: null; stale: boolean }> {
  // the project's facts in its data (and the project's id) are filled in by the statement
  const job = eventJob(volunteerSignedUp, {
    actorId: w.userId,
    entityType: projectType,
    entityId: w.shiftId,
    data: { title: '', path: '', districtId: null, shiftId: w.shiftId, userId: w.userId, state: 'registered' },
  });
  const [raw] = await preparedSql<{ written: SignupState | null; waitlist_place: number | null; stale: boolean }>(
    db,
    'volunteering_sign_up',
    writeSignupSql,
  ).execute({
    shift: w.shiftId,
    user: w.userId,
    now: w.now.toISOString(),
    tz: w.timeZone,
    hidden: w.hidden,
    eventKind: job.kind,
    payload: JSON.stringify(job.payload),
    pathPrefix: projectPath(''),
  });
  const written = raw?.written;
  if (written === 'registered' || written === 'waitlisted')
    return { place: { state: written, position: written === 'waitlisted' ? Number(raw!.waitlist_place) : null } };
  return { place: null, stale: raw?.stale === true };
}

/**
 * Moves the first on a shift's waitlist up to its free slots, in the order they came, and emits
 * `volunteer.promoted` (each is told). Call it under the shift's row lock, after the change that freed slots.
 */
export async function promoteWaitlisted(tx: Executor, actorId: string | null, project: ProjectRow, shift: ShiftRow, now: Date): Promise<void> {
  const userIds = await promoteFromWaitlist(tx, shiftPlaces, shift.id, promotions(shift.capacity, shift.registeredCount, shift.waitlistCount), now);
  if (!userIds.length) return;
  await emitVolunteerEvent(tx, volunteerPromoted, actorId, project, { shiftId: shift.id, startsAt: shift.startsAt.toISOString(), userIds });
}

/**
 * Cancels the caller's sign-up or place in line, until the shift starts (409 otherwise). A slot that frees up goes to
 * the first in line, who is told.
 */
export async function cancelSignup(ctx: ModuleContext, actor: Actor, shiftId: string, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { shift, project } = await requireShift(tx, actor, shiftId, { forUpdate: true });
    const existing = actor.kind === 'user' ? await findSignup(tx, shift.id, actor.userId) : undefined;
    authorize(actor, canCancelSignup(actor, shift, existing?.state ?? null, now));
    await freeSlot(tx, project, shift, actor.userId, existing!.state as 'registered' | 'waitlisted', actor.userId, now);
  });
  ctx.jobs.kick();
}

/** Cancels one person's sign-up or place in line under the shift's row lock; a freed slot goes to the first waiting. */
async function freeSlot(
  tx: Executor,
  project: ProjectRow,
  shift: ShiftRow,
  userId: string,
  state: 'registered' | 'waitlisted',
  actorId: string | null,
  now: Date,
) {
  const counts = await giveUpPlace(tx, shiftPlaces, shift.id, userId, state, now);
  await promoteWaitlisted(tx, actorId, project, { ...shift, ...counts }, now);
}

/**
 * A deleted account's sign-ups for shifts that have not started are given up, in the deletion's transaction: each shift
 * locked in turn (by id), the slot cancelled and the first waiting moved up (told, as for any cancellation). Sign-ups
 * for past shifts stay counted (slots and hours).
 */
export async function releaseFutureSignups(tx: Executor, userId: string, now: Date): Promise<void> {
  const held = await tx
    .select({ shiftId: volunteerSignups.shiftId })
    .from(volunteerSignups)
    .innerJoin(volunteerShifts, eq(volunteerShifts.id, volunteerSignups.shiftId))
    .where(and(eq(volunteerSignups.userId, userId), inArray(volunteerSignups.state, ['registered', 'waitlisted']), gt(volunteerShifts.startsAt, now)))
    .orderBy(asc(volunteerSignups.shiftId));
  for (const { shiftId } of held) {
    const found = await findShift(tx, shiftId, { forUpdate: true });
    const mine = found ? await findSignup(tx, shiftId, userId) : undefined;
    if (found && (mine?.state === 'registered' || mine?.state === 'waitlisted')) await freeSlot(tx, found.project, found.shift, userId, mine.state, null, now);
  }
}
