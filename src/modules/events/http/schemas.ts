import { z } from 'zod';
import { lineSchema, textSchema } from '../../../core/text/schemas.js';
import { afterLimits, eventKinds, eventLimits as limits, eventSourceTypes, eventStatuses, registrationStates } from '../domain/events.js';

const date = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);
/** An http(s) link (a meeting room's address). */
const linkSchema = lineSchema(8, 500).refine((s) => /^https?:\/\/[^\s/]+/i.test(s) && URL.canParse(s), { message: 'Must be an http(s) link' });

export const idParamsSchema = z.object({ id: z.uuid() });
export const districtParamsSchema = z.object({ districtId: z.string().min(1).max(64) });
export const tokenParamsSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/) });

export const listQuerySchema = z.object({
  districtId: z.string().min(1).max(64).optional(),
  kind: z.enum(eventKinds).optional(),
  from: date.optional(),
  to: date.optional(),
  free: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** A department's id, `residents` (not a department's: residents' own and their groups'), or `groups` (on a group's behalf). */
  organiser: z.string().min(1).max(64).optional(),
  /** One group's events. */
  groupId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});

const eventFields = {
  kind: z.enum(eventKinds),
  title: lineSchema(limits.title.min, limits.title.max),
  description: textSchema(limits.description.min, limits.description.max),
  lat: latitude.nullable(),
  lon: longitude.nullable(),
  address: lineSchema(limits.address.min, limits.address.max).default(''),
  onlineUrl: linkSchema.nullable().default(null),
  startsAt: date,
  endsAt: date,
  capacity: z.number().int().min(limits.capacity.min).max(limits.capacity.max).nullable().default(null),
  registrationOpensAt: date.nullable().default(null),
  registrationClosesAt: date.nullable().default(null),
  minAge: z.number().int().min(limits.minAge.min).max(limits.minAge.max).nullable().default(null),
  accessibility: textSchema(limits.accessibility.min, limits.accessibility.max).default(''),
  /** The image: an upload's id (`POST /api/uploads/photos`); null removes it, absent keeps it. */
  imageFileId: z.uuid().nullable().optional(),
  /** A meeting on a source: its participants may register this many days before registration opens for everyone. */
  priorityDays: z.number().int().min(afterLimits.priorityDays.min).max(afterLimits.priorityDays.max).optional(),
};

/** What a meeting is opened on: a poll (its id), an initiative or a crowdsourcing project (their numbers). */
export const sourceSchema = z.strictObject({ type: z.enum(eventSourceTypes), id: z.string().regex(/^[0-9A-Za-z-]{1,64}$/) }).meta({ id: 'EventSourceRef' });

/** What an organiser gives when creating an event: for a department (`departmentId`), on behalf of a group they run (`groupId`), or as a resident (both null). */
export const createBodySchema = z
  .strictObject({
    ...eventFields,
    departmentId: z.string().min(1).max(64).nullable().default(null),
    groupId: z.uuid().nullable().default(null),
    source: sourceSchema.nullable().default(null),
  })
  .meta({ id: 'EventDraft' });
/** What an organiser gives when editing (the organiser stays). */
export const editBodySchema = z.strictObject(eventFields).meta({ id: 'EventEdit' });
export const pauseBodySchema = z.strictObject({ paused: z.boolean() });
/** Why an event is cancelled (optional): everyone registered or waiting reads it with the news. */
export const cancelBodySchema = z.strictObject({ reason: textSchema(0, limits.cancelReason.max).default('') }).meta({ id: 'EventCancel' });

/** A group an event is organised by: its name and whether an administrator verified it (an organisation, a public figure). */
export const eventGroupSchema = z.object({ id: z.string(), name: z.string(), verified: z.boolean() }).meta({ id: 'EventGroup' });

/** An event as anyone sees it: no person, only the organising department or group (or that a resident organises it). */
export const summarySchema = z
  .object({
    id: z.string(),
    kind: z.enum(eventKinds),
    title: z.string(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    districtId: z.string().nullable(),
    address: z.string(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    online: z.boolean(),
    organisedBy: z.enum(['department', 'group', 'resident']),
    departmentId: z.string().nullable(),
    /** The group it is organised by ("organised by …"), or null. */
    group: eventGroupSchema.nullable(),
    status: z.enum(eventStatuses),
    capacity: z.number().nullable(),
    registeredCount: z.number(),
    waitlistCount: z.number(),
    freePlaces: z.number().nullable(),
    minAge: z.number().nullable(),
    /** The registration window (null: from publication / until the start) and whether the organiser closed it for now. */
    registrationOpensAt: z.iso.datetime().nullable(),
    registrationClosesAt: z.iso.datetime().nullable(),
    registrationPaused: z.boolean(),
    /** The event's image and its 320 px preview. */
    image: z.object({ url: z.string(), thumbUrl: z.string() }).nullable(),
    /** Of the registered, those marked present. */
    attendedCount: z.number(),
  })
  .meta({ id: 'EventSummary' });

export const listSchema = z
  .object({
    items: z.array(summarySchema),
    /** The matches, counted up to eventsCountCap. */
    total: z.number(),
    /** More match than `total` says (it stopped counting at the cap): narrow the filters. */
    totalCapped: z.boolean(),
    page: z.number(),
    pageSize: z.number(),
  })
  .meta({ id: 'EventList' });

const myRegistrationSchema = z.object({ state: z.enum(registrationStates), position: z.number().nullable() }).meta({ id: 'EventMyRegistration' });

/** One event for its viewer: the public facts, and the viewer's own place and what they may do. */
export const viewSchema = summarySchema
  .extend({
    description: z.string(),
    accessibility: z.string(),
    /** The online link: to those registered and the organisers only. */
    onlineUrl: z.string().nullable(),
    moderation: z.enum(['visible', 'held', 'hidden']),
    commentCount: z.number(),
    mine: myRegistrationSchema.nullable(),
    isOrganiser: z.boolean(),
    /** What the meeting was opened on (a poll's result…), with its title and page; null when none or no longer public. */
    source: z.object({ type: z.enum(eventSourceTypes), id: z.string(), title: z.string(), path: z.string() }).nullable(),
    /** With a source: how many days before everyone its participants may register. */
    priorityDays: z.number(),
    /** When the minutes were published (null: not yet). */
    minutesPublishedAt: z.iso.datetime().nullable(),
    /** Whether the viewer may register now; if not, the reason's code and its sentence in the viewer's language. */
    registration: z.object({ allowed: z.boolean(), reason: z.string().nullable(), message: z.string().nullable() }),
  })
  .meta({ id: 'EventView' });

export const registrationsSchema = z
  .object({
    items: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        state: z.enum(registrationStates),
        position: z.number().nullable(),
        registeredAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'EventRegistrations' });

export const myEventsSchema = z
  .object({
    /** `position`: my place on the waitlist (1 first), null unless waiting. */
    registered: z.array(summarySchema.extend({ myState: z.enum(registrationStates), position: z.number().nullable() })),
    organised: z.array(summarySchema.extend({ moderation: z.enum(['visible', 'held', 'hidden']) })),
  })
  .meta({ id: 'MyEvents' });

/** The groups the caller may organise events for (those they run now). */
export const organiserGroupsSchema = z.object({ items: z.array(eventGroupSchema) }).meta({ id: 'EventOrganiserGroups' });

export const feedSchema = z.object({ exists: z.boolean(), createdAt: z.iso.datetime().nullable() }).meta({ id: 'EventFeed' });
export const createdFeedSchema = z.object({ url: z.string(), createdAt: z.iso.datetime() }).meta({ id: 'EventFeedCreated' });
export const noContentSchema = z.null();
