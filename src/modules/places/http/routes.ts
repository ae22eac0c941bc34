import { z } from 'zod';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { canImportPlaces } from '../policy.js';
import { describePlaceProblem, importPlaces } from '../use-cases/import-places.js';
import { listLayers, nearPlaces } from '../use-cases/near-places.js';
import * as s from './schemas.js';

const tags = ['places'];

/** Places near me: the layers, the nearest places of chosen layers, and the administrators' import. */
export function placesRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone. Public open data (names, points, contacts of public places).
  app.get(
    '/api/places/layers',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'The places layers with their counts, sources and whether they hold sample data',
        response: { 200: z.object({ items: z.array(s.layerSchema) }).meta({ id: 'PlaceLayers' }) },
      },
    },
    async () => ({ items: await listLayers(ctx) }),
  );

  // Who may call: anyone; rate-limited (a map moved or a location shared asks again). 400 outside the city or over 5 km.
  app.get(
    '/api/places/near',
    {
      config: { policy: 'public', rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'The nearest places of chosen layers within walking distance of a point, nearest first',
        querystring: s.nearQuerySchema,
        response: { 200: s.nearAnswerSchema },
      },
    },
    async (req) =>
      nearPlaces(ctx, { lat: req.query.lat, lon: req.query.lon, layerIds: req.query.layers, radiusMeters: req.query.radius, count: req.query.count }),
  );

  // Who may call: administrators (audited). The file's text travels in the JSON body; a dry run only checks it.
  app.post(
    '/api/admin/places/import',
    {
      bodyLimit: 32 * 1024 * 1024,
      config: { policy: canImportPlaces },
      schema: {
        tags: ['admin', ...tags],
        summary: 'Import or refresh a layer from GeoJSON or CSV (all or nothing; problems by feature number or line), or check it (dryRun)',
        body: s.importBodySchema,
        response: { 200: s.importResultSchema },
      },
    },
    async (req) => {
      const result = await importPlaces(ctx, req.actor, req.body);
      return { ...result, problems: result.problems.map((p) => ({ at: p.at, code: p.code, message: describePlaceProblem(req.lang, req.body.format, p) })) };
    },
  );
}
