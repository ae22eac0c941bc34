import { z } from 'zod';
import { ballotKinds, pbCompletions, pbRules, pbUtilities, proposalTopics } from '../db/schema.js';
import { lineSchema, textSchema } from '../../../core/text/schemas.js';
import { cycleDescriptionMax, cycleTitleLimits, headingTitleLimits } from '../domain/cycle-rules.js';
import { pbPhases } from '../domain/phases.js';

export const cyclePhaseSchema = z.enum(['draft', ...pbPhases]);
const moneyText = z.string().trim().min(1).max(20);
const when = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

export const idParamsSchema = z.object({ id: z.uuid() });

const phaseDates = {
  informingFrom: when,
  intakeFrom: when,
  reviewFrom: when,
  votingFrom: when,
  tallyingFrom: when,
  resultsFrom: when,
  implementationFrom: when,
};

export const createCycleBodySchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  title: lineSchema(cycleTitleLimits.min, cycleTitleLimits.max),
  description: textSchema(0, cycleDescriptionMax).optional(),
  rule: z.enum(pbRules).optional(),
  utility: z.enum(pbUtilities).optional(),
  completion: z.enum(pbCompletions).optional(),
  minAge: z.number().int().min(0).max(120).optional(),
  excludeOfficials: z.boolean().optional(),
  ...phaseDates,
});

export const updateCycleBodySchema = createCycleBodySchema.partial();

const headingFields = {
  districtId: z.string().min(1).max(64).nullable().optional(),
  title: lineSchema(headingTitleLimits.min, headingTitleLimits.max),
  amount: moneyText,
  maxWinners: z.number().int().min(-1000).max(10_000).nullable().optional(),
  ballotKind: z.enum(ballotKinds).optional(),
  minProjects: z.number().int().min(-1000).max(10_000).nullable().optional(),
  maxProjects: z.number().int().min(-1000).max(10_000).nullable().optional(),
  pointsTotal: z.number().int().min(-1000).max(1_000_000).nullable().optional(),
  pointsPerProject: z.number().int().min(-1000).max(1_000_000).nullable().optional(),
  residentsOnly: z.boolean().optional(),
  position: z.number().int().min(0).max(1000).optional(),
};
export const createHeadingBodySchema = z.strictObject(headingFields);
export const updateHeadingBodySchema = z.strictObject(headingFields).partial();

export const assignExpertBodySchema = z.strictObject({
  userId: z.uuid(),
  headingId: z.uuid().nullable().optional(),
  topic: z.enum(proposalTopics).nullable().optional(),
});

export const headingSummarySchema = z
  .object({
    id: z.uuid(),
    cycleId: z.uuid(),
    districtId: z.string().nullable(),
    title: z.string(),
    /** Exact decimal string, e.g. "15000000.00". */
    amount: z.string(),
    maxWinners: z.number().int().nullable(),
    ballotKind: z.enum(ballotKinds),
    minProjects: z.number().int().nullable(),
    maxProjects: z.number().int().nullable(),
    pointsTotal: z.number().int().nullable(),
    pointsPerProject: z.number().int().nullable(),
    residentsOnly: z.boolean(),
    position: z.number().int(),
    /** Public proposals (not withdrawn) and the feasible ones among them. */
    proposalCount: z.number().int(),
    feasibleCount: z.number().int(),
  })
  .meta({ id: 'BudgetingHeading' });

export const cycleSummarySchema = z
  .object({
    id: z.uuid(),
    year: z.number().int(),
    title: z.string(),
    description: z.string(),
    rule: z.enum(pbRules),
    utility: z.enum(pbUtilities),
    completion: z.enum(pbCompletions),
    minAge: z.number().int(),
    excludeOfficials: z.boolean(),
    importedFrom: z.string().nullable(),
    /** ISO 4217 code of every amount in the cycle (RUB; an imported election keeps its own, e.g. PLN). */
    currency: z.string(),
    /** The phase now (from the dates). */
    phase: cyclePhaseSchema,
    /** Every phase with its start, in order. */
    phases: z.array(z.object({ phase: z.enum(pbPhases), from: z.string() })),
    /** The phase that comes next and when, or null in the last phase. */
    next: z.object({ phase: z.enum(pbPhases), from: z.string() }).nullable(),
  })
  .meta({ id: 'BudgetingCycleSummary' });

export const cycleSchema = cycleSummarySchema.extend({ headings: z.array(headingSummarySchema) }).meta({ id: 'BudgetingCycle' });
export const cycleListSchema = z.object({ items: z.array(cycleSchema) }).meta({ id: 'BudgetingCycleList' });

export const expertSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    displayName: z.string(),
    headingId: z.uuid().nullable(),
    topic: z.enum(proposalTopics).nullable(),
  })
  .meta({ id: 'BudgetingExpert' });
export const expertListSchema = z.object({ items: z.array(expertSchema) }).meta({ id: 'BudgetingExpertList' });
export const okSchema = z.object({ ok: z.literal(true) }).meta({ id: 'BudgetingDone' });
