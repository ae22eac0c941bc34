import { z } from 'zod';
import { defineEvent } from '../../core/jobs/events.js';

/** What every event of this module says about the city event (`event`, its id): its public facts. */
export const cityEventFacts = z.object({
  title: z.string(),
  path: z.string(),
  startsAt: z.iso.datetime(),
  departmentId: z.string().nullable(),
  organiserId: z.string(),
});

/** An event was created (by its organiser); a resident's waits for a moderator. */
export const cityEventCreated = defineEvent('event.created', cityEventFacts.extend({ held: z.boolean() }));
/** Its organiser cancelled it (`reason`: theirs, may be empty): everyone registered or waiting hears of it. */
export const cityEventCancelled = defineEvent('event.cancelled', cityEventFacts.extend({ reason: z.string().default('') }));
/** Its organiser moved it (time or place): everyone registered or waiting hears of it. */
export const cityEventMoved = defineEvent('event.moved', cityEventFacts);
/** People moved from the waitlist to registered (a cancellation or a raised capacity freed their places): each hears of it. */
export const cityEventPromoted = defineEvent('event.promoted', cityEventFacts.extend({ userIds: z.array(z.string()) }));
/** Reminders went out to these registered people (the day before, or two hours before); `sentAt` keeps each batch its own. */
export const cityEventReminder = defineEvent(
  'event.reminder',
  cityEventFacts.extend({ which: z.enum(['day_before', 'soon']), userIds: z.array(z.string()), sentAt: z.iso.datetime() }),
);
/**
 * Its organisers marked people present or not (by the list or, for one person, the check-in code): `marked` now
 * attended, `unmarked` no longer; `mark` counts each person's marks, so points given for a mark and taken back by
 * its unmark pair up (see the points module).
 */
export const cityEventAttendance = defineEvent(
  'event.attendance',
  cityEventFacts.extend({
    marked: z.array(z.object({ userId: z.string(), mark: z.number().int() })),
    unmarked: z.array(z.object({ userId: z.string(), mark: z.number().int() })),
  }),
);
/**
 * A group's event became public — at creation (a verified organisation's or public figure's) or when a moderator let
 * it through: the group's members hear of it.
 */
export const cityEventGroupPublished = defineEvent('event.group_published', cityEventFacts.extend({ groupId: z.string(), groupName: z.string() }));
/** Its organisers published the minutes (the first time): everyone registered hears of it. */
export const cityEventMinutesPublished = defineEvent('event.minutes_published', cityEventFacts);
/** A meeting was opened on a poll, an initiative or a crowdsourcing project: everyone who took part in it hears of it. */
export const cityEventOpenedOnSource = defineEvent(
  'event.opened_on_source',
  cityEventFacts.extend({ sourceType: z.string(), sourceId: z.string(), sourceTitle: z.string(), priorityOpensAt: z.iso.datetime().nullable() }),
);
