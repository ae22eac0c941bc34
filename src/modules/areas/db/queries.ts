import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { queryRows } from '../../../core/db/client.js';
import type { AreaTopic } from '../../../core/module/area.js';
import { areaAlerts, savedPlaces } from './schema.js';

export type SavedPlaceRow = typeof savedPlaces.$inferSelect;
export type AreaAlertRow = typeof areaAlerts.$inferSelect;
export type NewSavedPlace = Pick<SavedPlaceRow, 'userId' | 'label' | 'name' | 'address' | 'lat' | 'lon' | 'districtId'>;

/** A person's saved places (oldest first) with each one's alert, if any. */
export async function placesOf(db: Executor, userId: string): Promise<{ place: SavedPlaceRow; alert: AreaAlertRow | null }[]> {
  const rows = await db
    .select({ place: savedPlaces, alert: areaAlerts })
    .from(savedPlaces)
    .leftJoin(areaAlerts, eq(areaAlerts.placeId, savedPlaces.id))
    .where(eq(savedPlaces.userId, userId))
    .orderBy(asc(savedPlaces.createdAt), asc(savedPlaces.id));
  return rows;
}

/** One of the person's saved places with its alert; undefined when it is not theirs or does not exist. */
export async function placeOf(db: Executor, userId: string, id: string, opts: { forUpdate?: boolean } = {}) {
  const q = db
    .select({ place: savedPlaces, alert: areaAlerts })
    .from(savedPlaces)
    .leftJoin(areaAlerts, eq(areaAlerts.placeId, savedPlaces.id))
    .where(and(eq(savedPlaces.id, id), eq(savedPlaces.userId, userId)))
    .limit(1);
  const [row] = opts.forUpdate ? await q.for('update', { of: savedPlaces }) : await q;
  return row;
}

export async function countPlaces(db: Executor, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(savedPlaces).where(eq(savedPlaces.userId, userId));
  return Number(row?.n ?? 0);
}

export async function insertPlace(db: Executor, p: NewSavedPlace): Promise<SavedPlaceRow> {
  const [row] = await db.insert(savedPlaces).values(p).returning();
  return row!;
}

/** Changes a place; an alert around it moves with its point in the same statement's transaction. */
export async function updatePlace(db: Executor, id: string, p: Partial<NewSavedPlace>): Promise<SavedPlaceRow> {
  const [row] = await db
    .update(savedPlaces)
    .set({ ...p, updatedAt: new Date() })
    .where(eq(savedPlaces.id, id))
    .returning();
  if (p.lat !== undefined || p.lon !== undefined) await db.update(areaAlerts).set({ lat: row!.lat, lon: row!.lon }).where(eq(areaAlerts.placeId, id));
  return row!;
}

export async function deletePlace(db: Executor, id: string): Promise<void> {
  await db.delete(savedPlaces).where(eq(savedPlaces.id, id));
}

/** Sets (or replaces) the alert around a saved place. */
export async function upsertPlaceAlert(db: Executor, place: SavedPlaceRow, radiusM: number, topics: AreaTopic[]): Promise<AreaAlertRow> {
  const [row] = await db
    .insert(areaAlerts)
    .values({ userId: place.userId, placeId: place.id, lat: place.lat, lon: place.lon, radiusM, topics })
    .onConflictDoUpdate({ target: areaAlerts.placeId, set: { radiusM, topics, lat: place.lat, lon: place.lon } })
    .returning();
  return row!;
}

export async function deletePlaceAlert(db: Executor, placeId: string): Promise<void> {
  await db.delete(areaAlerts).where(eq(areaAlerts.placeId, placeId));
}

export async function districtAlertsOf(db: Executor, userId: string): Promise<AreaAlertRow[]> {
  return db
    .select()
    .from(areaAlerts)
    .where(and(eq(areaAlerts.userId, userId), sql`${areaAlerts.districtId} is not null`))
    .orderBy(asc(areaAlerts.createdAt));
}

export async function upsertDistrictAlert(db: Executor, userId: string, districtId: string, topics: AreaTopic[]): Promise<AreaAlertRow> {
  const [row] = await db
    .insert(areaAlerts)
    .values({ userId, districtId, topics })
    .onConflictDoUpdate({ target: [areaAlerts.userId, areaAlerts.districtId], set: { topics } })
    .returning();
  return row!;
}

/** Removes a district alert; false when the person had none for it. */
export async function deleteDistrictAlert(db: Executor, userId: string, districtId: string): Promise<boolean> {
  const rows = await db
    .delete(areaAlerts)
    .where(and(eq(areaAlerts.userId, userId), eq(areaAlerts.districtId, districtId)))
    .returning({ id: areaAlerts.id });
  return rows.length > 0;
}

/** Who an area alert reaches, and through which of their subscriptions (the nearest saved place, else the district). */
export interface AreaSubscriber {
  userId: string;
  /** The saved place's label and own name; null for a district subscription. */
  label: SavedPlaceRow['label'] | null;
  name: string | null;
  districtId: string | null;
}

/**
 * Everyone subscribed to `topic` whose circle contains the point (the GiST index over each alert's earth_box finds
 * the candidates, the exact distance keeps those inside) or who follows the district, once each: a person with
 * several matching subscriptions is reached through the nearest saved place, a district only when no place matches.
 */
export async function areaSubscribers(
  db: Executor,
  q: { lat: number | null; lon: number | null; districtId: string | null; topic: AreaTopic },
): Promise<AreaSubscriber[]> {
  const parts = [];
  if (q.lat !== null && q.lon !== null) {
    const here = sql`ll_to_earth(${q.lat}::float8, ${q.lon}::float8)`;
    parts.push(sql`select a.user_id, p.label, p.name, null::text as district_id, 0 as rank,
                          earth_distance(ll_to_earth(a.lat, a.lon), ${here}) as meters
                   from area_alerts a join saved_places p on p.id = a.place_id
                   where a.place_id is not null and ${q.topic} = any(a.topics)
                     and earth_box(ll_to_earth(a.lat, a.lon), a.radius_m::float8) @> ${here}
                     and earth_distance(ll_to_earth(a.lat, a.lon), ${here}) <= a.radius_m`);
  }
  if (q.districtId !== null) {
    parts.push(sql`select a.user_id, null as label, null as name, a.district_id, 1 as rank, 0::float8 as meters
                   from area_alerts a
                   where a.district_id = ${q.districtId} and ${q.topic} = any(a.topics)`);
  }
  if (!parts.length) return [];
  const rows = await queryRows<{ user_id: string; label: SavedPlaceRow['label'] | null; name: string | null; district_id: string | null }>(
    db,
    sql`select distinct on (user_id) user_id, label, name, district_id
        from (${sql.join(parts, sql` union all `)}) s
        order by user_id, rank, meters`,
  );
  return rows.map((r) => ({ userId: r.user_id, label: r.label, name: r.name, districtId: r.district_id }));
}
