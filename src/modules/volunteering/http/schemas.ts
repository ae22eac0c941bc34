import { z } from 'zod';
import { lineSchema, textSchema } from '../../../core/text/schemas.js';
import { calledOffKinds, shiftMinAges, signupStates, volunteeringLimits as limits } from '../domain/volunteering.js';

const date = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
/** An http(s) link (an online task's meeting room). */
const linkSchema = lineSchema(8, 500).refine((s) => /^https?:\/\/[^\s/]+/i.test(s) && URL.canParse(s), { message: 'Must be an http(s) link' });
const districtId = z.string().min(1).max(64);

export const idParamsSchema = z.object({ id: z.uuid() });
export const shiftParamsSchema = z.object({ shiftId: z.uuid() });
export const signupParamsSchema = z.object({ shiftId: z.uuid(), userId: z.uuid() });

export const listQuerySchema = z.object({
  districtId: districtId.optional(),
  /** Only the projects this organisation group runs. */
  groupId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});

/** A shift (or task) as an organiser gives it: a time, a place on the map or an online link, slots, an age requirement, what to bring. */
export const shiftBodySchema = z
  .strictObject({
    title: lineSchema(limits.shiftTitle.min, limits.shiftTitle.max),
    startsAt: date,
    endsAt: date,
    lat: z.number().min(-90).max(90).nullable().default(null),
    lon: z.number().min(-180).max(180).nullable().default(null),
    address: lineSchema(limits.address.min, limits.address.max).default(''),
    onlineUrl: linkSchema.nullable().default(null),
    capacity: z.number().int().min(limits.capacity.min).max(limits.capacity.max),
    minAge: z
      .union(shiftMinAges.map((a) => z.literal(a)))
      .nullable()
      .default(null),
    bring: textSchema(limits.bring.min, limits.bring.max).default(''),
  })
  .meta({ id: 'VolunteerShiftDraft' });

/** A project as an organiser gives it: for a department, a verified organisation group the caller runs, or (administrators) an outside organisation with its registration number. */
export const projectBodySchema = z
  .strictObject({
    title: lineSchema(limits.title.min, limits.title.max),
    description: textSchema(limits.description.min, limits.description.max),
    districtId: districtId.nullable().default(null),
    departmentId: z.string().min(1).max(64).nullable().default(null),
    /** On behalf of a verified organisation group the caller owns or administers (see GET /api/volunteering/organisers/mine). */
    groupId: z.uuid().nullable().default(null),
    organisationName: lineSchema(limits.organisationName.min, limits.organisationName.max).nullable().default(null),
    /** ОГРН (13 digits) or ИНН (10 or 12 digits) of the organisation. */
    organisationRegNumber: z
      .string()
      .regex(/^(\d{10}|\d{12}|\d{13}|\d{15})$/, { message: 'Must be an ОГРН or ИНН: 10, 12, 13 or 15 digits' })
      .nullable()
      .default(null),
    shifts: z.array(shiftBodySchema).max(limits.shiftsAtOnce).default([]),
  })
  .meta({ id: 'VolunteerProjectDraft' });

/** A shift's new details (its age requirement stays: those signed up were checked against it). */
export const shiftEditBodySchema = shiftBodySchema.omit({ minAge: true }).meta({ id: 'VolunteerShiftEdit' });

/** A project's new title, description and district (its organiser stays). */
export const projectEditBodySchema = projectBodySchema.pick({ title: true, description: true, districtId: true }).meta({ id: 'VolunteerProjectEdit' });

/** Why the organisers cancel a shift or a project: everyone signed up or waiting is told. */
export const cancelBodySchema = z.strictObject({ reason: textSchema(limits.cancelReason.min, limits.cancelReason.max) }).meta({ id: 'VolunteerCancel' });

/** The minutes a person worked, in hours (quarter hours), as the organiser confirms them; 0 says they did not come. */
export const hoursBodySchema = z.strictObject({ hours: z.number().min(0).max(limits.maxShiftHours).multipleOf(0.25) });
export const recordSettingBodySchema = z.strictObject({ public: z.boolean() });

const organiserSchema = {
  organisedBy: z.enum(['department', 'group', 'organisation']),
  departmentId: z.string().nullable(),
  /** The verified organisation group that runs it (its page: /groups/:id). */
  group: z.object({ id: z.string(), name: z.string() }).nullable(),
  organisationName: z.string().nullable(),
  organisationRegNumber: z.string().nullable(),
};

/** A project in the public list: its next shift and free slots. No person. */
export const summarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    excerpt: z.string(),
    districtId: z.string().nullable(),
    ...organiserSchema,
    nextShiftAt: z.iso.datetime().nullable(),
    upcomingShifts: z.number(),
    freeSlots: z.number(),
  })
  .meta({ id: 'VolunteerProjectSummary' });

export const listSchema = z
  .object({ items: z.array(summarySchema), total: z.number(), page: z.number(), pageSize: z.number() })
  .meta({ id: 'VolunteerProjectList' });

const mySignupSchema = z.object({ state: z.enum(signupStates), position: z.number().nullable() }).meta({ id: 'VolunteerMySignup' });

export const shiftSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    districtId: z.string().nullable(),
    address: z.string(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    online: z.boolean(),
    /** The online link: to those signed up and the organisers only. */
    onlineUrl: z.string().nullable(),
    capacity: z.number(),
    registeredCount: z.number(),
    waitlistCount: z.number(),
    freeSlots: z.number(),
    minAge: z.number().nullable(),
    bring: z.string(),
    mine: mySignupSchema.nullable(),
    minutesWorked: z.number().nullable(),
    /** When its organisers cancelled it (or the whole project), and why; null while it goes ahead. */
    cancelledAt: z.iso.datetime().nullable(),
    cancelReason: z.string().nullable(),
  })
  .meta({ id: 'VolunteerShift' });

export const viewSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    districtId: z.string().nullable(),
    ...organiserSchema,
    moderation: z.enum(['visible', 'held', 'hidden']),
    commentCount: z.number(),
    isOrganiser: z.boolean(),
    /** When its organisers cancelled the whole project, and why; null while it goes ahead. */
    cancelledAt: z.iso.datetime().nullable(),
    cancelReason: z.string().nullable(),
    shifts: z.array(shiftSchema),
  })
  .meta({ id: 'VolunteerProjectView' });

export const signupsSchema = z
  .object({
    items: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        state: z.enum(signupStates),
        position: z.number().nullable(),
        minutesWorked: z.number().nullable(),
        signedUpAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'VolunteerSignups' });

export const hoursSchema = z.object({ minutesWorked: z.number(), changed: z.boolean() }).meta({ id: 'VolunteerHours' });

export const recordSchema = z
  .object({
    shown: z.boolean(),
    totalMinutes: z.number(),
    shifts: z.number(),
    projects: z.array(z.object({ id: z.string(), title: z.string(), minutes: z.number(), shifts: z.number(), lastShiftAt: z.iso.datetime() })),
  })
  .meta({ id: 'VolunteerRecord' });

export const mySchema = z
  .object({
    items: z.array(
      z.object({
        projectId: z.string(),
        projectTitle: z.string(),
        shiftId: z.string(),
        shiftTitle: z.string(),
        startsAt: z.iso.datetime(),
        endsAt: z.iso.datetime(),
        state: z.enum(signupStates),
        minutesWorked: z.number().nullable(),
        /** Called off by its organisers: the shift alone, or with its whole project; null while it goes ahead. */
        calledOff: z.enum(calledOffKinds).nullable(),
        cancelledAt: z.iso.datetime().nullable(),
        cancelReason: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'MyVolunteering' });

/** The verified organisations on whose behalf the caller may announce a project. */
export const myOrganisersSchema = z.object({ groups: z.array(z.object({ id: z.string(), name: z.string() })) }).meta({ id: 'MyVolunteerOrganisers' });

export const noContentSchema = z.null();
