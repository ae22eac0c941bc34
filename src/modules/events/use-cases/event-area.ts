import { and, asc, desc, sql, type SQL } from 'drizzle-orm';
import { listAudit } from '../../../core/audit/audit.js';
import type { Db } from '../../../core/db/client.js';
import { t } from '../../../core/i18n/i18n.js';
import { areaAlert, type AreaItem, type AreaKind, type AreaQuery, type AreaSection, type AreaSpot } from '../../../core/module/area.js';
import { contentRestored } from '../../moderation/index.js';
import { findEvent, type EventRow } from '../db/queries.js';
import { events } from '../db/schema.js';
import { eventStanding } from '../domain/events.js';
import { cityEventCreated } from '../events.js';
import { eventPath, eventType } from './common.js';
import { degreeBox } from '../../../core/db/earth.js';

/** The end of time for the area index's third dimension (seconds since 1970: the year 2286), as in event-map.ts. */
const farSeconds = 1e10;

/**
 * The conditions that put an event in a circle: within the box around it through events_map_area_idx (a point per
 * published, visible event with a place in longitude, latitude and end; `ends` bounds the end in seconds since 1970),
 * then within the radius by earth_distance. Online events have no point and are never in a circle.
 */
function inCircle(area: Extract<AreaQuery, { type: 'circle' }>, ends: [number, number]): { where: SQL[]; meters: SQL<number> } {
  const { dLat, dLon } = degreeBox(area);
  const meters = sql<number>`earth_distance(ll_to_earth(${events.lat}, ${events.lon}), ll_to_earth(${area.lat}::float8, ${area.lon}::float8))`;
  return {
    meters,
    where: [
      // the index's predicate, as literals, so the planner may use it
      sql`${events.moderation} = 'visible'`,
      sql`${events.status} = 'published'`,
      sql`${events.lat} is not null`,
      sql`cube(array[${events.lon}, ${events.lat}, extract(epoch from ${events.endsAt} at time zone 'UTC')::float8])
        <@ cube(array[${area.lon - dLon}::float8, ${area.lat - dLat}::float8, ${ends[0]}::float8],
                array[${area.lon + dLon}::float8, ${area.lat + dLat}::float8, ${ends[1]}::float8])`,
      sql`${meters} <= ${area.radiusMeters}::float8`,
    ],
  };
}

/** A district's published, visible events, online ones with a district among them (events_district_idx). */
const inDistrict = (districtId: string): SQL[] => [
  sql`${events.moderation} = 'visible'`,
  sql`${events.status} = 'published'`,
  sql`${events.districtId} = ${districtId}`,
];

/**
 * The events of an area: published, visible events in the circle (by their place) or the district (online ones with a
 * district too), those that have not ended first (the soonest start first), then those that have (the latest first).
 * Cancelled events are left out, as on the map. Each says where registration stands, in the query's language.
 */
export async function eventsInArea(db: Db, area: AreaQuery, limit: number): Promise<AreaSection> {
  const now = area.now;
  const nowSeconds = now.getTime() / 1000;
  const part = (coming: boolean) => {
    const { where, meters } =
      area.type === 'circle'
        ? inCircle(area, coming ? [nowSeconds, farSeconds] : [-farSeconds, nowSeconds])
        : { where: inDistrict(area.districtId), meters: null };
    where.push(coming ? sql`${events.endsAt} >= ${now}` : sql`${events.endsAt} < ${now}`);
    return { where: and(...where), meters };
  };
  const read = async (coming: boolean, n: number) => {
    const { where, meters } = part(coming);
    if (n <= 0) return { rows: [], where };
    const rows = await db
      .select({ event: events, meters: meters ?? sql<null>`null` })
      .from(events)
      .where(where)
      .orderBy(coming ? asc(events.startsAt) : desc(events.startsAt), asc(events.id))
      .limit(n);
    return { rows, where };
  };
  const coming = await read(true, limit);
  const past = await read(false, limit - coming.rows.length);
  const [count] = await db
    .select({ n: sql<number>`(select count(*) from ${events} where ${coming.where}) + (select count(*) from ${events} where ${past.where})` })
    .from(sql`(select 1) one`);
  const items = [...coming.rows, ...past.rows].map(({ event: e, meters }): AreaItem => {
    const status = eventStanding({ ...e, isFull: e.isFull === true }, now);
    return {
      kind: eventType,
      id: e.id,
      title: e.title,
      path: eventPath(e.id),
      status,
      statusText: t(area.lang, `area.event.${status}`),
      lat: e.lat,
      lon: e.lon,
      distanceMeters: meters === null ? null : Math.round(Number(meters)),
      districtId: e.districtId,
      address: e.address || null,
      date: e.startsAt,
    };
  });
  return { items, total: Number(count!.n) };
}

/** Where an event is news: its place (none when online) and district; visible while published and visible. */
function spotOf(e: EventRow): AreaSpot {
  return {
    entityType: eventType,
    entityId: e.id,
    title: e.title,
    path: eventPath(e.id),
    lat: e.lat,
    lon: e.lon,
    districtId: e.districtId,
    visible: e.moderation === 'visible' && e.status === 'published',
  };
}

/** A created event is news at once unless it is held for a moderator (a resident's): then at its approval. */
async function createdSpot(db: Db, event: { entityId: string; data: { held: boolean } }): Promise<AreaSpot | null> {
  if (event.data.held) return null;
  const row = await findEvent(db, event.entityId);
  return row ? spotOf(row) : null;
}

/**
 * A moderator's restore is news when it approves a resident's held event (its decision's audit entry says it was
 * held): content restored after being hidden was news when it was created. Other kinds of content are not events.
 */
async function approvedSpot(db: Db, event: { entityType: string; entityId: string }): Promise<AreaSpot | null> {
  if (event.entityType !== eventType) return null;
  const [decision] = await listAudit(db, { limit: 1, subjectType: eventType, subjectId: event.entityId, actions: ['moderation.restored'] });
  if ((decision?.data as { from?: string } | null | undefined)?.from !== 'held') return null;
  const row = await findEvent(db, event.entityId);
  return row ? spotOf(row) : null;
}

/** Events on the area page, and a new public event (an official's at once, a resident's when approved) as news (topic `events`). */
export const eventArea: AreaKind = {
  kind: eventType,
  list: eventsInArea,
  alerts: [
    areaAlert({ event: cityEventCreated, topic: 'events', locate: createdSpot }),
    areaAlert({ event: contentRestored, topic: 'events', locate: approvedSpot }),
  ],
};
