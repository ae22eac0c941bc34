import { z } from 'zod';
import { lineSchema, textSchema } from '../../../core/text/schemas.js';
import { ballotKinds, pbCompletions, pbRules, pbUtilities } from '../db/schema.js';
import { overrideReasonLimits } from '../domain/explain.js';
import { cyclePhaseSchema as phaseSchema } from './cycle-schemas.js';

const money = z.string().describe('exact decimal string, roubles');

export const headingParamsSchema = z.object({ id: z.uuid() });
export const cycleParamsSchema = z.object({ id: z.uuid() });
export const receiptParamsSchema = z.object({ code: lineSchema(4, 64) });

export const castBodySchema = z.strictObject({
  choices: z
    .array(z.strictObject({ number: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER), points: z.number().int().min(0).max(1_000_000).optional() }))
    .max(500),
});

export const overrideBodySchema = z.strictObject({
  number: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  decision: z.enum(['add', 'remove', 'none']),
  reason: textSchema(overrideReasonLimits.min, overrideReasonLimits.max),
});

const headingSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    districtId: z.string().nullable(),
    amount: money,
    ballotKind: z.enum(ballotKinds),
    minProjects: z.number().nullable(),
    maxProjects: z.number().nullable(),
    pointsTotal: z.number().nullable(),
    pointsPerProject: z.number().nullable(),
    maxWinners: z.number().nullable(),
    residentsOnly: z.boolean(),
  })
  .meta({ id: 'BudgetingBallotHeading' });

const cycleSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    year: z.number(),
    votingFrom: z.iso.datetime(),
    tallyingFrom: z.iso.datetime(),
    resultsFrom: z.iso.datetime(),
    minAge: z.number(),
    importedFrom: z.string().nullable(),
    /** ISO 4217 code of the heading's amounts. */
    currency: z.string(),
  })
  .meta({ id: 'BudgetingBallotCycle' });

export const ballotViewSchema = z
  .object({
    heading: headingSchema,
    cycle: cycleSchema,
    phase: phaseSchema,
    eligibility: z.object({ eligible: z.boolean(), reason: z.string().nullable(), message: z.string().nullable() }),
    proposals: z.array(z.object({ number: z.number(), title: z.string(), cost: money })),
    mine: z.object({ choices: z.array(z.object({ number: z.number(), points: z.number() })), updatedAt: z.iso.datetime() }).nullable(),
  })
  .meta({ id: 'BudgetingBallot' });

export const castResultSchema = z
  .object({
    created: z.boolean(),
    receipt: z.string().nullable().describe('shown once, on the first cast; only its hash is stored'),
  })
  .meta({ id: 'BudgetingBallotCast' });

const explanationSchema = z
  .object({
    number: z.number(),
    title: z.string(),
    id: z.string().describe('the project id in the ballot file'),
    votes: z.string(),
    cost: money,
    rank: z.number(),
    ruleWinner: z.boolean(),
    winner: z.boolean(),
    code: z.string(),
    remainingBefore: z.string().optional(),
    round: z.number().optional(),
    supporters: z.number().optional(),
    supportersMoneyAtStart: z.string().optional(),
    supportersMoneyAtEnd: z.string().optional(),
    supportersFunded: z.array(z.number()).optional(),
    override: z.object({ decision: z.enum(['add', 'remove']), reason: z.string() }).nullable(),
  })
  .meta({ id: 'BudgetingResultProject' });

export const resultsSchema = z
  .object({
    heading: headingSchema,
    cycle: cycleSchema,
    phase: phaseSchema,
    rule: z.enum(pbRules),
    utility: z.enum(pbUtilities),
    completion: z.enum(pbCompletions),
    budget: money,
    ruleCost: money,
    ballots: z.number(),
    ballotsSha256: z.string(),
    computedAt: z.iso.datetime(),
    projects: z.array(explanationSchema),
    overrides: z.array(
      z.object({ number: z.number(), title: z.string(), decision: z.enum(['add', 'remove']), reason: z.string(), decidedAt: z.iso.datetime() }),
    ),
    totals: z.object({ winners: z.number(), cost: money, remaining: money }),
  })
  .meta({ id: 'BudgetingResults' });

export const receiptSchema = z
  .object({
    heading: headingSchema,
    cycle: cycleSchema,
    voterId: z.string().describe('how the ballot is named in the published ballot file'),
    ballotsSha256: z.string(),
    castAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    choices: z.array(z.object({ number: z.number(), title: z.string(), points: z.number() })),
  })
  .meta({ id: 'BudgetingReceipt' });

export const tallyOverviewSchema = z
  .object({
    cycle: cycleSchema,
    phase: phaseSchema,
    rule: z.enum(pbRules),
    utility: z.enum(pbUtilities),
    completion: z.enum(pbCompletions),
    headings: z.array(
      headingSchema.extend({
        ballots: z.number(),
        tally: z.object({ computedAt: z.iso.datetime(), winners: z.number(), ballotsSha256: z.string() }).nullable(),
      }),
    ),
  })
  .meta({ id: 'BudgetingTallyOverview' });
