import { and, asc, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import type { ModuleContext } from '../../../core/module/module.js';
import { events } from '../db/schema.js';
import { freePlaces } from '../domain/events.js';
import { publicEventConditions, type EventFilters } from './read-events.js';

/** West, south, east, north in degrees (WGS84). */
export interface EventBbox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The most points one answer carries: the soonest in view (zoom in, or narrow the dates, for the rest). */
export const eventMapPointCap = 500;

/** One event on the map: what its marker and popup show. */
export interface EventMapPoint {
  id: string;
  lat: number;
  lon: number;
  kind: (typeof events.$inferSelect)['kind'];
  title: string;
  startsAt: Date;
  /** Free places; null when there is no limit (0: full, newcomers join the waitlist). */
  freePlaces: number | null;
}

/**
 * The public map of events: published, visible, not cancelled events with a place (online ones have none), within the
 * list's filters (without dates: those that have not ended) and the map's area when given, soonest first, at most
 * `eventMapPointCap` of them — `truncated` says there were more. No clustering on the server: a city's upcoming
 * events in view are hundreds, not the hundreds of thousands of reports; a map shows the soonest and zooms in.
 */
export async function eventMap(
  ctx: ModuleContext,
  filters: Omit<EventFilters, 'page'> & { bbox?: EventBbox | undefined },
  now = new Date(),
): Promise<{ points: EventMapPoint[]; truncated: boolean }> {
  const where = [...publicEventConditions(filters, now), eq(events.status, 'published'), isNotNull(events.lat)];
  if (filters.bbox) {
    const { west, south, east, north } = filters.bbox;
    where.push(gte(events.lat, south), lte(events.lat, north), gte(events.lon, west), lte(events.lon, east));
  }
  // the ids in view, soonest first, from events_starts_idx alone (every condition is a column of it); then only
  // their rows
  const db = ctx.database.db;
  const inView = db
    .select({ id: events.id })
    .from(events)
    .where(and(...where))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(eventMapPointCap + 1);
  const rows = await db
    .select({
      id: events.id,
      lat: events.lat,
      lon: events.lon,
      kind: events.kind,
      title: events.title,
      startsAt: events.startsAt,
      capacity: events.capacity,
      registeredCount: events.registeredCount,
    })
    .from(events)
    .where(inArray(events.id, inView))
    .orderBy(asc(events.startsAt), asc(events.id));
  return {
    points: rows.slice(0, eventMapPointCap).map((r) => ({
      id: r.id,
      lat: r.lat!,
      lon: r.lon!,
      kind: r.kind,
      title: r.title,
      startsAt: r.startsAt,
      freePlaces: freePlaces(r.capacity, r.registeredCount),
    })),
    truncated: rows.length > eventMapPointCap,
  };
}
