import { and, sql } from 'drizzle-orm';
import { isoTimestampSql, preparedSql } from '../../../core/db/prepared.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { events } from '../db/schema.js';
import { eventsCountCap, publicEventConditions, type EventFilters } from './read-events.js';

/** West, south, east, north in degrees (WGS84). */
export interface EventBbox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The most points one answer carries close up (an area up to `smallAreaDegrees`): the soonest in view. */
export const eventMapPointCap = 500;
/**
 * The most points one answer carries for a wider view (the whole city, a district): the soonest in view, with how
 * many there are (zoom in, or narrow the dates, for the rest). A hundred markers already cover a phone's city map;
 * 500 of them cost 7× a primary-key read (writing their JSON), a hundred under 5× (docs/PERFORMANCE.md, events).
 */
export const eventMapWidePointCap = 100;
/** The events in view are counted up to this many (as the list's total): `totalCapped` says there are more. */
export const eventMapCountCap = eventsCountCap;

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

/** The map's answer: the soonest points in view, whether there were more, and how many there are. */
export interface EventMapAnswer {
  points: EventMapPoint[];
  truncated: boolean;
  /** The events in view, counted up to `eventMapCountCap`. */
  total: number;
  /** True when there are more than `total`. */
  totalCapped: boolean;
}

/**
 * The public map of events: published, visible, not cancelled events with a place (online ones have none), within the
 * list's filters (without dates: those that have not ended) and the map's area when given, soonest first — at most
 * `eventMapPointCap` of them in a small area, `eventMapWidePointCap` in a wider view or the whole city —, with how
 * many are in view (`total`, counted up to `eventMapCountCap`; `truncated` says not all are shown), as the JSON text
 * of `EventMapAnswer`. No clusters (docs/ARCHITECTURE.md, events): what is in view changes as events end, so a grid
 * kept on write as the reports map's would need a sweep of ended events, and counting cells on the fly reads every
 * event in view — more than the points; the soonest hundred and the count answer "what is on soon", and the map's
 * list shows the same events.
 */
export async function eventMap(ctx: ModuleContext, filters: Omit<EventFilters, 'page'> & { bbox?: EventBbox | undefined }, now = new Date()): Promise<string> {
  const { conditions, values, shape } = publicEventConditions(filters, now);
  conditions.push(sql`${events.status} = 'published'`, sql`${events.lat} is not null`);
  let cap = eventMapWidePointCap;
  if (filters.bbox) {
    const { west, south, east, north } = filters.bbox;
    Object.assign(values, filters.bbox);
    if ((east - west) * (north - south) <= smallAreaDegrees) {
      cap = eventMapPointCap;
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
  const countCap = sql.raw(String(eventMapCountCap));
  const [row] = await preparedSql<{ answer: string }>(
    db,
    `events_map_${shape.join('_')}`,
    () => sql`with p as (
        select ${events.id}, ${events.lat}, ${events.lon}, ${events.kind}, ${events.title}, ${isoTimestampSql(events.startsAt)} as "startsAt",
               case when ${events.capacity} is null then null else greatest(${events.capacity} - ${events.registeredCount}, 0) end as "freePlaces"
        from ${events} where ${where} order by ${events.startsAt}, ${events.id} limit ${sql.raw(String(cap))}),
      n as (select count(*)::int as n from (select 1 from ${events} where ${where} limit ${sql.raw(String(eventMapCountCap + 1))}) m)
      select json_build_object('points', coalesce((select json_agg(p order by p."startsAt", p.id) from p), '[]'),
        'truncated', n.n > (select count(*) from p), 'total', least(n.n, ${countCap}), 'totalCapped', n.n > ${countCap})::text as answer
      from n`,
  ).execute(values);
  return row!.answer;
}
