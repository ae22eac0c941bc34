import { z } from 'zod';
import { publicCountSchema } from '../../../core/privacy/public-count-schema.js';

const ratioSchema = z
  .object({ capability: z.string(), implemented: z.number(), proposed: z.number(), share: z.number().nullable() })
  .meta({ id: 'StatisticsRatio' });
const placeFields = {
  figures: z.record(z.string(), publicCountSchema),
  registeredShare: z.number().nullable(),
  verifiedShare: z.number().nullable(),
  active: z.array(publicCountSchema),
  ratios: z.array(ratioSchema),
};
export const populationSchema = z
  .object({ population: z.number(), year: z.number(), source: z.string(), note: z.string().nullable() })
  .meta({ id: 'DistrictPopulation' });

/** The published participation statistics (every count of people k-anonymised: "< 10" below ten). */
export const statisticsSchema = z
  .object({
    computedAt: z.string(),
    measures: z.array(z.object({ id: z.string(), counts: z.enum(['people', 'things', 'hours']) })),
    months: z.array(z.string()),
    city: z.object({
      population: z.number().nullable(),
      populationYears: z.object({ from: z.number(), to: z.number() }).nullable(),
      districtsWithPopulation: z.number(),
      ...placeFields,
    }),
    districts: z.array(z.object({ districtId: z.string(), nameRu: z.string(), nameEn: z.string(), population: populationSchema.nullable(), ...placeFields })),
  })
  .meta({ id: 'Statistics' });

/** Who took part in a result against who lives in each district. */
export const representativenessSchema = z
  .object({
    participants: publicCountSchema,
    districts: z.array(
      z.object({
        districtId: z.string().nullable(),
        nameRu: z.string().nullable(),
        nameEn: z.string().nullable(),
        participants: publicCountSchema,
        participantShare: z.number().nullable(),
        populationShare: z.number().nullable(),
        difference: z.number().nullable(),
        verdict: z.enum(['over', 'under', 'even', 'unknown']),
      }),
    ),
    ageBands: z.array(z.object({ ageBand: z.string().nullable(), participants: publicCountSchema, participantShare: z.number().nullable() })),
    /** The within-which a district counts as represented about right, in points. */
    evenWithinPoints: z.number(),
  })
  .meta({ id: 'Representativeness' });

export const representativenessParamsSchema = z.object({ kind: z.string().min(1).max(40), id: z.string().min(1).max(64) });

export const maxPopulationCsvChars = 200_000;
export const populationImportSchema = z.strictObject({ csv: z.string().min(1).max(maxPopulationCsvChars) });
export const populationBodySchema = z.strictObject({
  population: z.string().min(1).max(20),
  year: z.string().min(1).max(10),
  source: z.string().trim().min(1).max(500),
  note: z.string().max(1000).nullable().optional(),
});
