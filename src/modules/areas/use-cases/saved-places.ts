import { sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import type { AreaTopic } from '../../../core/module/area.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { findDistrict, pointInCity } from '../../city/index.js';
import {
  countPlaces,
  deleteDistrictAlert,
  deletePlace,
  deletePlaceAlert,
  districtAlertsOf,
  insertPlace,
  placeOf,
  placesOf,
  updatePlace,
  upsertDistrictAlert,
  upsertPlaceAlert,
  type AreaAlertRow,
  type SavedPlaceRow,
} from '../db/queries.js';
import { areaLimits } from '../domain/areas.js';
import { canManageOwnAreas } from '../policy.js';

export interface SavedPlaceInput {
  label: SavedPlaceRow['label'];
  name?: string | undefined;
  address: string;
  lat: number;
  lon: number;
}

/** A saved place as its owner reads it, with the alert around it. */
export function presentSavedPlace(place: SavedPlaceRow, alert: AreaAlertRow | null) {
  return {
    id: place.id,
    label: place.label,
    name: place.name,
    address: place.address,
    lat: place.lat,
    lon: place.lon,
    districtId: place.districtId,
    alert: alert ? { radiusMeters: alert.radiusM!, topics: alert.topics as AreaTopic[] } : null,
  };
}
export type SavedPlaceView = ReturnType<typeof presentSavedPlace>;

function ownerOf(actor: Actor): string {
  authorize(actor, canManageOwnAreas(actor));
  if (actor.kind !== 'user') throw new AppError(401, 'unauthorized');
  return actor.userId;
}

/**
 * The district of a point; 400 `area_outside_city` when the city has districts and the point is in none. Reads the
 * city's cached boundaries: pass the database, not a transaction.
 */
export async function districtOfPoint(db: Executor, lat: number, lon: number): Promise<string | null> {
  const { districtId, outside } = await pointInCity(db, lon, lat);
  if (outside) throw new AppError(400, 'area_outside_city');
  return districtId;
}

export async function listSavedPlaces(ctx: ModuleContext, actor: Actor): Promise<SavedPlaceView[]> {
  const userId = ownerOf(actor);
  return (await placesOf(ctx.database.db, userId)).map((r) => presentSavedPlace(r.place, r.alert));
}

export async function getSavedPlace(ctx: ModuleContext, actor: Actor, id: string): Promise<SavedPlaceView> {
  const userId = ownerOf(actor);
  const row = await placeOf(ctx.database.db, userId, id);
  if (!row) throw new AppError(404, 'saved_place_not_found');
  return presentSavedPlace(row.place, row.alert);
}

/** Saves a place (at most `maxSavedPlaces`; 409 `saved_places_too_many`), its district taken from its point. */
export async function addSavedPlace(ctx: ModuleContext, actor: Actor, input: SavedPlaceInput): Promise<SavedPlaceView> {
  const userId = ownerOf(actor);
  const districtId = await districtOfPoint(ctx.database.db, input.lat, input.lon);
  return ctx.database.db.transaction(async (tx) => {
    // two saves at once by one person: the count and the insert run under the person's advisory lock
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`areas.places:${userId}`}))`);
    if ((await countPlaces(tx, userId)) >= areaLimits.maxSavedPlaces) throw new AppError(409, 'saved_places_too_many', { max: areaLimits.maxSavedPlaces });
    const place = await insertPlace(tx, {
      userId,
      label: input.label,
      name: input.name?.trim() ?? '',
      address: input.address.trim(),
      lat: input.lat,
      lon: input.lon,
      districtId,
    });
    return presentSavedPlace(place, null);
  });
}

export async function editSavedPlace(ctx: ModuleContext, actor: Actor, id: string, input: Partial<SavedPlaceInput>): Promise<SavedPlaceView> {
  const userId = ownerOf(actor);
  const db = ctx.database.db;
  // a new point's district is read before the transaction (the boundaries are cached per database handle)
  const movedTo = input.lat !== undefined || input.lon !== undefined ? await pointOf(db, userId, id, input) : null;
  return db.transaction(async (tx) => {
    const row = await placeOf(tx, userId, id, { forUpdate: true });
    if (!row) throw new AppError(404, 'saved_place_not_found');
    const moved = movedTo !== null && (movedTo.lat !== row.place.lat || movedTo.lon !== row.place.lon);
    const place = await updatePlace(tx, id, {
      ...(input.label !== undefined && { label: input.label }),
      ...(input.name !== undefined && { name: input.name.trim() }),
      ...(input.address !== undefined && { address: input.address.trim() }),
      ...(moved && movedTo),
    });
    // the alert's circle moved with the place
    return presentSavedPlace(place, row.alert ? { ...row.alert, lat: place.lat, lon: place.lon } : null);
  });
}

/** The point a change moves a place to (a missing coordinate stays as stored) with its district; 404 for another's place. */
async function pointOf(db: Executor, userId: string, id: string, input: Partial<SavedPlaceInput>) {
  const row = await placeOf(db, userId, id);
  if (!row) throw new AppError(404, 'saved_place_not_found');
  const lat = input.lat ?? row.place.lat;
  const lon = input.lon ?? row.place.lon;
  return { lat, lon, districtId: await districtOfPoint(db, lat, lon) };
}

export async function removeSavedPlace(ctx: ModuleContext, actor: Actor, id: string): Promise<void> {
  const userId = ownerOf(actor);
  await ctx.database.db.transaction(async (tx) => {
    const row = await placeOf(tx, userId, id, { forUpdate: true });
    if (!row) throw new AppError(404, 'saved_place_not_found');
    await deletePlace(tx, id);
  });
}

/** Sets the alert around a saved place: what becomes news within `radiusMeters` of it, for the chosen topics. */
export async function setPlaceAlert(
  ctx: ModuleContext,
  actor: Actor,
  id: string,
  alert: { radiusMeters: number; topics: AreaTopic[] },
): Promise<SavedPlaceView> {
  const userId = ownerOf(actor);
  return ctx.database.db.transaction(async (tx) => {
    const row = await placeOf(tx, userId, id, { forUpdate: true });
    if (!row) throw new AppError(404, 'saved_place_not_found');
    const saved = await upsertPlaceAlert(tx, row.place, alert.radiusMeters, [...new Set(alert.topics)]);
    return presentSavedPlace(row.place, saved);
  });
}

export async function removePlaceAlert(ctx: ModuleContext, actor: Actor, id: string): Promise<void> {
  const userId = ownerOf(actor);
  await ctx.database.db.transaction(async (tx) => {
    const row = await placeOf(tx, userId, id, { forUpdate: true });
    if (!row) throw new AppError(404, 'saved_place_not_found');
    await deletePlaceAlert(tx, id);
  });
}

export async function listDistrictAlerts(ctx: ModuleContext, actor: Actor) {
  const userId = ownerOf(actor);
  return (await districtAlertsOf(ctx.database.db, userId)).map((a) => ({ districtId: a.districtId!, topics: a.topics as AreaTopic[] }));
}

export async function setDistrictAlert(ctx: ModuleContext, actor: Actor, districtId: string, topics: AreaTopic[]) {
  const userId = ownerOf(actor);
  const db = ctx.database.db;
  if (!(await findDistrict(db, districtId))) throw new AppError(404, 'area_district_not_found');
  const row = await upsertDistrictAlert(db, userId, districtId, [...new Set(topics)]);
  return { districtId: row.districtId!, topics: row.topics as AreaTopic[] };
}

export async function removeDistrictAlert(ctx: ModuleContext, actor: Actor, districtId: string): Promise<void> {
  const userId = ownerOf(actor);
  if (!(await deleteDistrictAlert(ctx.database.db, userId, districtId))) throw new AppError(404, 'area_alert_not_found');
}
