import { z } from 'zod';
import type { App, GorodModule, ModuleContext } from '../module/module.js';
import { lineSchema } from '../text/schemas.js';
import { geocode, geocodeKinds } from './geocode.js';

const geocodeResultSchema = z
  .object({
    label: z.string(),
    kind: z.enum(geocodeKinds),
    lat: z.number(),
    lon: z.number(),
    /** west, south, east, north: the area to fit on the map (a district, a street); null for a point. */
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  })
  .meta({ id: 'GeocodeResult' });
const geocodeAnswerSchema = z
  .object({ items: z.array(geocodeResultSchema), external: z.enum(['off', 'not_asked', 'ok', 'unavailable']) })
  .meta({ id: 'GeocodeAnswer' });

/** The map search (`GET /api/geocode`): the kernel's, since districts are the kernel's and every module may list addressed points. */
export function geocodeRoutes(app: App, ctx: ModuleContext, modules: GorodModule[]): void {
  // Public, rate-limited (a search as one types): places in the city; never anything about people.
  app.get(
    '/api/geocode',
    {
      config: { policy: 'public', rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags: ['city'],
        summary: 'Find a district, street or address in the city (and, when asked and configured, through the external geocoder)',
        querystring: z.object({
          q: lineSchema(2, 200),
          limit: z.coerce.number().int().min(1).max(20).default(8),
          /** Ask GEOCODER_URL too: when a person presses "Find", never on every key (Nominatim's usage policy). */
          external: z.enum(['true', 'false']).default('false'),
        }),
        response: { 200: geocodeAnswerSchema },
      },
    },
    async (req) => geocode(ctx, modules, req.query.q, { limit: req.query.limit, external: req.query.external === 'true', lang: req.lang }),
  );
}
