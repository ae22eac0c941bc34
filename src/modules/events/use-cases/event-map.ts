import { and, sql } from 'drizzle-orm';
import { isoTimestampSql, preparedOnce } from '../../../core/db/prepared.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { events } from '../db/schema.js';
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

/**
 * An area in view up to this many square degrees (about 0.07° × 0.035°: 4 × 4 km in St Petersburg, a phone at zoom
 * 13–14) is searched through events_map_area_idx; a larger one walks the start index, where the soonest 500 in view
 * come first.
 */
const smallAreaDegrees = 0.0025;
/** The end of time for the area index's third dimension (seconds since 1970: the year 2286). */
const farFutureSeconds = 1e10;

/** One event on the map: what its marker and popup show. */
export interface EventMapPoint {
  id: string;
  lat: number;
  lon: number;
  kind: (typeof events.$inferSelect)['kind'];
  title: string;
  /** ISO 8601 in UTC. */
  startsAt: string;
  /** Free places; null when there is no limit (0: full, newcomers join the waitlist). */
  freePlaces: number | null;
}

/** The map's answer: the points in view and whether there were more. */
export interface EventMapAnswer {
  points: EventMapPoint[];
  truncated: boolean;
}

/**
 * The public map of events: published, visible, not cancelled events with a place (online ones have none), within the
 * list's filters (without dates: those that have not ended) and the map's area when given, soonest first, at most
 * `eventMapPointCap` of them — `truncated` says there were more —, as the JSON text of `EventMapAnswer`. No
 * clustering on the server: a city's upcoming events in view are hundreds, not the hundreds of thousands of reports; a
 * map shows the soonest and zooms in.
 */
export async function eventMap(ctx: ModuleContext, filters: Omit<EventFilters, 'page'> & { bbox?: EventBbox | undefined }, now = new Date()): Promise<string> {
  const { conditions, values, shape } = publicEventConditions(filters, now);
  conditions.push(sql`${events.status} = 'published'`, sql`${events.lat} is not null`);
  if (filters.bbox) {
    const { west, south, east, north } = filters.bbox;
    Object.assign(values, filters.bbox);
    if ((east - west) * (north - south) <= smallAreaDegrees) {
      // a small area: its events that have not ended, from events_map_area_idx — a few hundred points, not every
      // event in the city that has not ended (the start index's order would walk them all to test the place)
      shape.push('area');
      values.fromSeconds = (filters.from ?? now).getTime() / 1000;
      conditions.push(
        sql`cube(array[${events.lon}, ${events.lat}, extract(epoch from ${events.endsAt} at time zone 'UTC')::float8])
          <@ cube(array[${sql.placeholder('west')}::float8, ${sql.placeholder('south')}::float8, ${sql.placeholder('fromSeconds')}::float8],
                  array[${sql.placeholder('east')}::float8, ${sql.placeholder('north')}::float8, ${sql.raw(String(farFutureSeconds))}::float8])`,
      );
    } else {
      shape.push('bbox');
      conditions.push(
        sql`${events.lat} between ${sql.placeholder('south')}::float8 and ${sql.placeholder('north')}::float8`,
        sql`${events.lon} between ${sql.placeholder('west')}::float8 and ${sql.placeholder('east')}::float8`,
      );
    }
  }
  // one prepared statement per combination of filters: every condition is a column of events_starts_idx (or, for a
  // small area, events_map_area_idx), so only the rows in view are read, soonest first. The database writes the
  // answer's JSON and the route sends it as it is: turning 500 rows into objects in the driver and back into JSON in
  // the route was most of the answer's time
  const db = ctx.database.db;
  const where = and(...conditions);
  const [row] = await preparedOnce(db, 'events_map', shape.join(','), (name) =>
    db
      .select({
        answer: sql<string>`json_build_object('points', coalesce(json_agg(p order by p."startsAt", p.id), '[]'),
          'truncated', exists (select 1 from ${events} where ${where} order by ${events.startsAt}, ${events.id} offset ${sql.raw(String(eventMapPointCap))} limit 1))::text`,
      })
      .from(
        sql`(select ${events.id}, ${events.lat}, ${events.lon}, ${events.kind}, ${events.title},
                    ${isoTimestampSql(events.startsAt)} as "startsAt",
                    case when ${events.capacity} is null then null else greatest(${events.capacity} - ${events.registeredCount}, 0) end as "freePlaces"
             from ${events} where ${where} order by ${events.startsAt}, ${events.id} limit ${sql.raw(String(eventMapPointCap))}) p`,
      )
      .prepare(name),
  ).execute(values);
  return row!.answer;
}
