import { z } from 'zod';
import { fieldError } from '../../../core/http/errors.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { eventKinds } from '../domain/events.js';
import { eventMap, eventMapCountCap, eventMapPointCap, eventMapWidePointCap, type EventBbox } from '../use-cases/event-map.js';
import { listQuerySchema } from './schemas.js';

/** The map takes the list's filters (no pages) and the area in view. */
export const mapQuerySchema = listQuerySchema.omit({ page: true }).extend({
  bbox: z.string().max(200).optional().describe('west,south,east,north in degrees; without it, the whole city'),
});

/**
 * The public map: light points, the soonest first — at most `eventMapPointCap` in a small area, `eventMapWidePointCap`
 * in a wider view (`truncated` says not all are shown) — and how many are in view (`total`, up to `eventMapCountCap`).
 */
export const mapSchema = z
  .object({
    points: z.array(
      z.object({
        id: z.string(),
        lat: z.number(),
        lon: z.number(),
        kind: z.enum(eventKinds),
        title: z.string(),
        startsAt: z.iso.datetime(),
        /** Null: no limit; 0: full (newcomers join the waitlist). */
        freePlaces: z.number().int().nullable(),
      }),
    ),
    /** True when not every event in view is among the points (zoom in or narrow the dates). */
    truncated: z.boolean(),
    /** The events in view, counted up to eventMapCountCap. */
    total: z.number().int(),
    /** True when there are more than `total`. */
    totalCapped: z.boolean(),
  })
  .meta({ id: 'EventMapPoints' });

/** `west,south,east,north` in degrees; 400 naming the field otherwise. */
function parseBbox(text: string): EventBbox {
  const parts = text.split(',').map((p) => Number(p.trim()));
  const [west, south, east, north] = parts as [number, number, number, number];
  const valid =
    parts.length === 4 && parts.every(Number.isFinite) && west >= -180 && east <= 180 && south >= -90 && north <= 90 && west < east && south < north;
  if (!valid) throw fieldError('bbox', 'error.event_map_bbox_invalid');
  return { west, south, east, north };
}

/** The public map of events (registered before `/api/events/:id`, which it would otherwise look like). */
export function eventMapRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone. Published, not cancelled events with a place; no person in the answer.
  app.get(
    '/api/events/map',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['events'],
        summary: 'The map of events: the soonest points in an area, and how many there are',
        description: `The list's filters (without dates: events that have not ended) and an area. The soonest points: at most ${eventMapPointCap} in an area up to about 4 × 4 km, ${eventMapWidePointCap} in a wider one or the whole city (\`truncated\` says not all are shown: zoom in or narrow the dates); \`total\` counts the events in view up to ${eventMapCountCap} (\`totalCapped\`: more).`,
        querystring: mapQuerySchema,
        response: { 200: mapSchema },
      },
    },
    async (req, reply) => {
      const { bbox, ...filters } = req.query;
      const answer = await eventMap(ctx, { ...filters, bbox: bbox === undefined ? undefined : parseBbox(bbox) });
      // already the schema's JSON, written by the database (a string is sent as it is, not serialized again)
      return reply
        .header('cache-control', 'public, max-age=60')
        .type('application/json; charset=utf-8')
        .send(answer as never);
    },
  );
}
