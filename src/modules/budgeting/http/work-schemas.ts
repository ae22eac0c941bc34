import { z } from 'zod';
import { workStatuses } from '../db/schema.js';
import { milestonesMax, moneyPattern, workNoteMax, workPhotosMax } from '../domain/work-rules.js';

const money = z.string().refine((v) => moneyPattern.test(v), { message: 'works.spent_invalid' });
const day = z.iso.date();

export const workIdParamsSchema = z.object({ id: z.uuid() });
export const workPhotoParamsSchema = z.object({ id: z.uuid(), fileId: z.uuid() });
export const headingIdParamsSchema = z.object({ id: z.uuid() });

export const listWorksQuerySchema = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  districtId: z.string().min(1).max(64).optional(),
  status: z.enum(workStatuses).optional(),
  departmentId: z.string().min(1).max(64).optional(),
  headingId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const createWorksBodySchema = z.strictObject({
  departmentId: z.string().min(1).max(64),
  numbers: z.array(z.number().int().positive()).min(1).max(500).optional(),
});

export const updateWorkBodySchema = z.strictObject({
  status: z.enum(workStatuses).optional(),
  progress: z.number().int().min(0).max(100).optional(),
  spent: money.optional(),
  startedOn: day.nullable().optional(),
  finishedOn: day.nullable().optional(),
  note: z.string().max(workNoteMax).optional(),
  photoIds: z.array(z.uuid()).max(workPhotosMax).optional(),
});

export const milestonesBodySchema = z.strictObject({
  items: z
    .array(z.strictObject({ title: z.string().trim().min(1).max(200), dueOn: day.nullable().optional(), doneOn: day.nullable().optional() }))
    .max(milestonesMax),
});

const departmentSchema = z.object({ id: z.string(), nameRu: z.string(), nameEn: z.string() }).nullable();

export const workSummarySchema = z.object({
  id: z.uuid(),
  status: z.enum(workStatuses),
  progress: z.number().int(),
  /** Exact roubles (decimal string). */
  spent: z.string(),
  startedOn: z.string().nullable(),
  finishedOn: z.string().nullable(),
  updatedAt: z.string(),
  department: departmentSchema,
  proposal: z.object({
    number: z.number().int(),
    title: z.string(),
    cost: z.string(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    districtId: z.string().nullable(),
    address: z.string().nullable(),
  }),
  heading: z.object({ id: z.uuid(), title: z.string() }),
  cycle: z.object({ id: z.uuid(), year: z.number().int(), title: z.string(), currency: z.string() }),
});

export const worksListSchema = z.object({
  items: z.array(workSummarySchema),
  total: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
  years: z.array(z.number().int()),
  points: z.array(
    z.object({
      id: z.uuid(),
      number: z.number().int(),
      title: z.string(),
      status: z.enum(workStatuses),
      progress: z.number().int(),
      lat: z.number(),
      lon: z.number(),
    }),
  ),
});

const photoSchema = z.object({ id: z.uuid(), url: z.string(), thumbUrl: z.string() });

export const workSchema = workSummarySchema.extend({
  description: z.string(),
  milestones: z.array(z.object({ id: z.uuid(), title: z.string(), dueOn: z.string().nullable(), doneOn: z.string().nullable() })),
  updates: z.array(
    z.object({
      id: z.uuid(),
      at: z.string(),
      note: z.string(),
      status: z.enum(workStatuses),
      progress: z.number().int(),
      spent: z.string(),
      photos: z.array(photoSchema),
    }),
  ),
  canUpdate: z.boolean(),
});

export const createWorksResultSchema = z.object({ created: z.array(z.uuid()), existing: z.array(z.uuid()) });
