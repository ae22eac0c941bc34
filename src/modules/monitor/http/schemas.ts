import { z } from 'zod';
import { measureIds } from '../domain/monitor.js';

const score = (min: number, max: number) => z.number().int().min(min).max(max).nullable().optional();

/** An answer to the periodic survey: each question may be skipped, but not all of them; or `dismissed` to decline. */
export const surveyBodySchema = z
  .object({ usefulness: score(1, 5), recommend: score(0, 10), community: score(1, 5), dismissed: z.boolean().optional() })
  .refine((b) => b.dismissed === true || [b.usefulness, b.recommend, b.community].some((x) => x !== null && x !== undefined), {
    message: 'error.monitor_survey_empty',
  });

export const surveyStateSchema = z
  .object({
    /** The quarter being asked about, e.g. '2026-Q4'. */
    period: z.string(),
    /** Whether the survey should be offered now (not answered nor declined this quarter). */
    ask: z.boolean(),
    /** The person's own answer this quarter, if any. */
    answer: z
      .object({ usefulness: z.number().nullable(), recommend: z.number().nullable(), community: z.number().nullable(), dismissed: z.boolean() })
      .nullable(),
  })
  .meta({ id: 'MonitorSurveyState' });

/** A figure, or withheld (`few`) because fewer than ten people stand behind it. */
const figureSchema = z
  .union([z.object({ value: z.number(), people: z.number() }), z.object({ value: z.null(), people: z.null(), few: z.literal(true) })])
  .meta({ id: 'MonitorFigure' });

export const monthSchema = z
  .object({
    month: z.string(),
    computedAt: z.string(),
    trust: z.object({ activeResidents: figureSchema, activeShare: figureSchema, daysPerActive: figureSchema }),
    usefulness: z.object({ mean: figureSchema }),
    recommendation: z.object({ nps: figureSchema, promoters: figureSchema, detractors: figureSchema }),
    participation: z.object({ participants: figureSchema, shareOfActive: figureSchema }),
    community: z.object({ mean: figureSchema }),
    contribution: z.object({ volunteers: figureSchema, hours: figureSchema }),
    survey: z.object({ answers: z.number(), sampleAnswers: z.number() }),
  })
  .meta({ id: 'MonitorMonth' });

export const monitorSchema = z
  .object({
    /** The six measures' ids in seed 002's order; the web words and defines each. */
    measures: z.array(z.enum(measureIds)),
    /** Oldest first, at most the last 24 months. */
    months: z.array(monthSchema),
    /** Below this many people a figure is withheld. */
    fewest: z.number(),
  })
  .meta({ id: 'Monitor' });
