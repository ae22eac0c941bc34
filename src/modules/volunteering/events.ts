import { z } from 'zod';
import { defineEvent } from '../../core/jobs/events.js';

/** What every event of this module says about the project (`volunteer_project`, its id). */
export const volunteerProjectFacts = z.object({
  title: z.string(),
  path: z.string(),
  districtId: z.string().nullable(),
});

/** A project was announced: followers of its district's volunteering hear of it. */
export const volunteerProjectCreated = defineEvent('volunteer.project_created', volunteerProjectFacts);
/** A person signed up for a shift (or joined its waitlist): they follow the project. */
export const volunteerSignedUp = defineEvent(
  'volunteer.signed_up',
  volunteerProjectFacts.extend({ shiftId: z.string(), userId: z.string(), state: z.enum(['registered', 'waitlisted']) }),
);
/** People moved from a shift's waitlist to its slots (a cancellation freed them): each hears of it. */
export const volunteerPromoted = defineEvent(
  'volunteer.promoted',
  volunteerProjectFacts.extend({ shiftId: z.string(), startsAt: z.iso.datetime(), userIds: z.array(z.string()) }),
);
/**
 * The organiser confirmed (or changed) the hours a person worked on a shift: `revision` counts the changes, so the
 * points that follow the hours are given once per change and end at what the latest confirmation is worth.
 */
export const volunteerHoursConfirmed = defineEvent(
  'volunteer.hours_confirmed',
  volunteerProjectFacts.extend({ shiftId: z.string(), userId: z.string(), minutes: z.number().int(), revision: z.number().int() }),
);
/** What every event about one shift says of it: its id, title and (new) start. */
const shiftFacts = volunteerProjectFacts.extend({ shiftId: z.string(), shiftTitle: z.string(), startsAt: z.iso.datetime() });
/** A shift's time or place changed: everyone signed up or waiting (`userIds`, at the change) hears its new time. */
export const volunteerShiftMoved = defineEvent('volunteer.shift_moved', shiftFacts.extend({ userIds: z.array(z.string()) }));
/** Its organisers cancelled a shift: everyone signed up or waiting hears of it with the reason. */
export const volunteerShiftCancelled = defineEvent('volunteer.shift_cancelled', shiftFacts.extend({ reason: z.string(), userIds: z.array(z.string()) }));
/** Its organisers cancelled a whole project (its shifts to come with it): everyone signed up or waiting on those hears of it. */
export const volunteerProjectCancelled = defineEvent(
  'volunteer.project_cancelled',
  volunteerProjectFacts.extend({ reason: z.string(), userIds: z.array(z.string()) }),
);
/** The day-before or two-hours-before reminder of a shift, to the people it names (those signed up, each once). */
export const volunteerShiftReminder = defineEvent(
  'volunteer.shift_reminder',
  shiftFacts.extend({ which: z.enum(['day_before', 'soon']), userIds: z.array(z.string()), sentAt: z.iso.datetime() }),
);
