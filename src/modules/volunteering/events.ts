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
