import { z } from 'zod';
import { workStatuses } from '../db/schema.js';
import { lineSchema, textSchema } from '../../../core/text/schemas.js';
import { milestonesMax, milestoneTitleMax, moneyPattern, workNoteMax, workPhotosMax } from '../domain/work-rules.js';
import { photoSchema } from './proposal-schemas.js';

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
  /** The due working day of the works' commitments; left out, each is due the project's implementation months (12 when unset) from today. */
  dueOn: day.optional(),
  numbers: z.array(z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)).min(1).max(500).optional(),
});

export const updateWorkBodySchema = z.strictObject({
  status: z.enum(workStatuses).optional(),
  progress: z.number().int().min(0).max(100).optional(),
  spent: money.optional(),
  startedOn: day.nullable().optional(),
  finishedOn: day.nullable().optional(),
  note: textSchema(0, workNoteMax).optional(),
  photoIds: z.array(z.uuid()).max(workPhotosMax).optional(),
});

export const milestonesBodySchema = z.strictObject({
  items: z
    .array(z.strictObject({ title: lineSchema(1, milestoneTitleMax), dueOn: day.nullable().optional(), doneOn: day.nullable().optional() }))
    .max(milestonesMax),
});

const departmentSchema = z.object({ id: z.string(), nameRu: z.string(), nameEn: z.string() }).meta({ id: 'BudgetingWorkDepartment' }).nullable();

export const workSummarySchema = z
  .object({
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
  })
  .meta({ id: 'BudgetingWorkSummary' });

export const worksListSchema = z
  .object({
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
  })
  .meta({ id: 'BudgetingWorkList' });

export const workSchema = workSummarySchema
  .extend({
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
  })
  .meta({ id: 'BudgetingWork' });

export const createWorksResultSchema = z.object({ created: z.array(z.uuid()), existing: z.array(z.uuid()) }).meta({ id: 'BudgetingWorksCreated' });
