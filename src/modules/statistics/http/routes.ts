import { z } from 'zod';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { canEditPopulation } from '../policy.js';
import { forgetParticipation, readParticipation } from '../use-cases/participation.js';
import { importPopulation, setPopulation } from '../use-cases/population.js';
import { readRepresentativeness } from '../use-cases/representativeness.js';
import { evenWithinPoints } from '../domain/representativeness.js';
import * as s from './schemas.js';

/** Participation statistics, the representativeness of results, and the administrators' district populations. */
export function statisticsRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone. Precomputed (the statistics job) and kept a minute in memory.
  app.get(
    '/api/statistics',
    {
      config: { policy: 'public', rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags: ['statistics'],
        summary: 'Participation per district and for the city against the population (counts of people below ten say "< 10")',
        response: { 200: s.statisticsSchema },
      },
    },
    async (_req, reply) => {
      const r = await readParticipation(ctx);
      reply.header('cache-control', 'public, max-age=60');
      return { ...r, computedAt: r.computedAt.toISOString() };
    },
  );

  // Who may call: whoever may see the result (the owning module's rule: a closed poll's results, a published tally).
  app.get(
    '/api/statistics/representativeness/:kind/:id',
    {
      config: { policy: 'public', rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags: ['statistics'],
        summary: 'Who took part in a result (kind poll or budgeting-heading) by district and age band against the population',
        params: s.representativenessParamsSchema,
        response: { 200: s.representativenessSchema },
      },
    },
    async (req) => ({ ...(await readRepresentativeness(ctx, req.actor, req.params.kind, req.params.id)), evenWithinPoints }),
  );

  // Who may call: city administrators.
  app.put(
    '/api/admin/population/:districtId',
    {
      config: { policy: canEditPopulation },
      schema: {
        tags: ['statistics'],
        summary: 'Set a district’s population with its year and source (audited)',
        params: z.object({ districtId: z.string().min(1).max(64) }),
        body: s.populationBodySchema,
        response: { 200: s.populationSchema },
      },
    },
    async (req) => {
      const row = await setPopulation(ctx, req.actor, { districtId: req.params.districtId, ...req.body });
      forgetParticipation(ctx);
      return { population: row.population, year: row.year, source: row.source, note: row.note };
    },
  );

  // Who may call: city administrators.
  app.post(
    '/api/admin/population',
    {
      bodyLimit: s.maxPopulationCsvChars * 4 + 1024,
      config: { policy: canEditPopulation, rateLimit: { max: 20, timeWindow: 60_000 } },
      schema: {
        tags: ['statistics'],
        summary: 'Import district populations from CSV (district,population,year,source,note): all or nothing, 400 lists problems by line',
        body: s.populationImportSchema,
        response: { 200: z.object({ districts: z.number() }) },
      },
    },
    async (req) => {
      const r = await importPopulation(ctx, req.actor, req.body.csv);
      forgetParticipation(ctx);
      return r;
    },
  );
}
