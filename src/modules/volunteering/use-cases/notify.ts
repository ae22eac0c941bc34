import type { EventOf } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { cityDateTime } from '../../../core/time/time.js';
import { follow, followersOf, notify } from '../../notifications/index.js';
import type {
  volunteerHoursConfirmed,
  volunteerProjectCancelled,
  volunteerProjectCreated,
  volunteerPromoted,
  volunteerShiftCancelled,
  volunteerShiftMoved,
  volunteerShiftReminder,
  volunteerSignedUp,
} from '../events.js';
import { districtVolunteeringType } from './common.js';

/** A person who signs up follows the project (its comments and news reach them). */
export async function volunteerFollows(event: EventOf<typeof volunteerSignedUp>, ctx: ModuleContext): Promise<void> {
  await follow(ctx.database.db, event.data.userId, event);
}

/** A new project: everyone following its district's volunteering hears of it (`volunteer.project_created`). */
export async function tellDistrictFollowers(event: EventOf<typeof volunteerProjectCreated>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  if (!d.districtId) return;
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [
      {
        to: await followersOf(tx, { entityType: districtVolunteeringType, entityId: d.districtId! }),
        kind: 'volunteer.project_created',
        data: { title: d.title, path: d.path },
      },
    ]),
  );
  void ctx.mailer.flush();
}

/** People moved up from a shift's waitlist: each hears they have a slot now (`volunteer.promoted`). */
export async function tellPromoted(event: EventOf<typeof volunteerPromoted>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const when = cityDateTime(new Date(d.startsAt), ctx.config.cityTimezone);
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [{ to: d.userIds, kind: 'volunteer.promoted', data: { title: d.title, path: d.path, when } }]),
  );
  void ctx.mailer.flush();
}

/** The volunteer hears the hours the organiser confirmed (`volunteer.hours_confirmed`). */
export async function tellHours(event: EventOf<typeof volunteerHoursConfirmed>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const hours = Math.round((d.minutes / 60) * 100) / 100;
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [{ to: [d.userId], kind: 'volunteer.hours_confirmed', data: { title: d.title, path: d.path, hours } }]),
  );
  void ctx.mailer.flush();
}

/**
 * A shift moved or was cancelled, or the whole project was: everyone it names (signed up or waiting at the change)
 * hears of it with the shift's time in the city's clock and the organiser's reason (`volunteer.shift_moved`,
 * `volunteer.shift_cancelled`, `volunteer.project_cancelled`).
 */
export async function tellVolunteers(
  event: EventOf<typeof volunteerShiftMoved | typeof volunteerShiftCancelled | typeof volunteerProjectCancelled>,
  ctx: ModuleContext,
): Promise<void> {
  const d = event.data;
  const when = 'startsAt' in d ? cityDateTime(new Date(d.startsAt), ctx.config.cityTimezone) : null;
  const data = { title: d.title, path: d.path, when, shift: 'shiftTitle' in d ? d.shiftTitle : null, reason: 'reason' in d ? d.reason : null };
  await ctx.database.db.transaction(async (tx) => notify(tx, ctx, event, [{ to: d.userIds, kind: event.type, data }]));
  void ctx.mailer.flush();
}

/** A shift's reminder: each person signed up it names hears that it is tomorrow, or soon (`volunteer.reminder.day_before`, `.soon`). */
export async function tellReminded(event: EventOf<typeof volunteerShiftReminder>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const when = cityDateTime(new Date(d.startsAt), ctx.config.cityTimezone);
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [{ to: d.userIds, kind: `volunteer.reminder.${d.which}`, data: { title: d.title, path: d.path, when, shift: d.shiftTitle } }]),
  );
  void ctx.mailer.flush();
}
