import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { appendAudit } from '../../../core/audit/audit.js';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { districts } from '../../../core/city/schema.js';
import { AppError } from '../../../core/http/errors.js';
import { t, type Language } from '../../../core/i18n/i18n.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { queueSearchRefresh } from '../../../core/search/refresh.js';
import { districtAt } from '../../city/index.js';
import { findLayer, listLayerIds, storedIdsOf } from '../db/queries.js';
import { placeLayers, places } from '../db/schema.js';
import { osmSource, planPlaceImport, readPlacesCsv, readPlacesGeoJson, type PlaceImportPlan, type PlaceProblem, type PlaceReading } from '../domain/places.js';
import { canImportPlaces } from '../policy.js';
import { placeSearchKind } from './place-search.js';

/** What an import (or its dry run) found and did; `imported` false when nothing was written. */
export interface PlaceImportResult extends PlaceImportPlan {
  layerId: string;
  dryRun: boolean;
  imported: boolean;
  read: number;
  problems: PlaceProblem[];
}

export interface PlaceImportInput {
  layerId: string;
  format: 'geojson' | 'csv';
  /** The file's text (GeoJSON is parsed here, so a broken file is a problem like any other). */
  content: string;
  /** Where the data comes from and under which licence; default OpenStreetMap, ODbL 1.0. */
  source?: string | undefined;
  licence?: string | undefined;
  /** Every place of the file is invented sample data (the page says so). */
  sample?: boolean | undefined;
  dryRun: boolean;
  /** False for the demo seed, which is no one's act; otherwise the import is audited. */
  audited?: boolean;
}

/** A problem in words: "Feature 3: the place has no name…" (GeoJSON) or "Line 7: …" (CSV). */
export function describePlaceProblem(lang: Language, format: 'geojson' | 'csv', p: PlaceProblem): string {
  const message = t(lang, `places_problem.${p.code}`, p.params);
  if (p.at === null) return message;
  return format === 'csv' ? t(lang, 'places_problem.line', { line: p.at, message }) : t(lang, 'places_problem.feature', { feature: p.at, message });
}

function readFile(input: PlaceImportInput): PlaceReading {
  if (input.format === 'csv') return readPlacesCsv(input.content);
  let json: unknown;
  try {
    json = JSON.parse(input.content);
  } catch {
    return { places: [], problems: [{ at: null, code: 'not_json', params: {} }] };
  }
  return readPlacesGeoJson(json);
}

const batchSize = 500;

/**
 * Imports (or refreshes) one layer's places from a GeoJSON or CSV file, all or nothing. A place is matched to the
 * stored one by its external id and keeps its id; stored places the file no longer has are removed. Every place must
 * lie in one of the city's districts (when it has any). `actor` null: the command line. Refusals: 403 not an
 * administrator; 400 `place_layer_unknown`; 400 `places_file_invalid` when the file has problems (a dry run returns
 * them instead, by feature number or line). Audited `places.imported`.
 */
export async function importPlaces(
  ctx: ModuleContext,
  actor: Actor | null,
  input: PlaceImportInput,
  progress: Progress = () => {},
): Promise<PlaceImportResult> {
  if (actor) authorize(actor, canImportPlaces(actor));
  const db = ctx.database.db;
  const layer = await findLayer(db, input.layerId);
  if (!layer)
    throw new AppError(400, 'place_layer_unknown', { layer: input.layerId.slice(0, 40), layers: (await listLayerIds(db)).map((l) => l.id).join(', ') });
  progress(`Reading the ${input.format === 'csv' ? 'CSV' : 'GeoJSON'} file`);
  const reading = readFile(input);
  const problems = [...reading.problems];
  // the city's districts bound it: a place outside them is a mistake in the file (another city, swapped coordinates)
  const [hasDistricts] = await db.select({ id: districts.id }).from(districts).limit(1);
  const districtOf = new Map<number, string | null>();
  for (const [i, p] of reading.places.entries()) {
    const district = await districtAt(db, p.lon, p.lat);
    if (!district && hasDistricts) problems.push({ at: p.at, code: 'outside_city', params: { lat: p.lat, lon: p.lon } });
    districtOf.set(p.at, district?.id ?? null);
    if ((i + 1) % 1000 === 0) progress(`Checked ${i + 1} of ${reading.places.length} places`);
  }
  problems.sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  progress(`Read ${reading.places.length} places, ${problems.length} problems`);
  const stored = await storedIdsOf(db, layer.id);
  const plan = planPlaceImport(
    [...stored.keys()],
    reading.places.map((p) => p.externalId),
  );
  const result: PlaceImportResult = { layerId: layer.id, dryRun: input.dryRun, imported: false, read: reading.places.length, ...plan, problems };
  if (input.dryRun) return result;
  if (problems.length)
    throw new AppError(400, 'places_file_invalid', {
      count: problems.length,
      first: describePlaceProblem(actor?.language ?? 'en', input.format, problems[0]!),
    });
  const source = input.source ?? osmSource.source;
  const licence = input.licence ?? osmSource.licence;
  return db.transaction(async (tx) => {
    // one import of a layer at a time: a second waits and plans on this one's outcome
    await tx.select({ id: placeLayers.id }).from(placeLayers).where(eq(placeLayers.id, layer.id)).for('update');
    const current = await storedIdsOf(tx, layer.id);
    const plan = planPlaceImport(
      [...current.keys()],
      reading.places.map((p) => p.externalId),
    );
    for (let i = 0; i < reading.places.length; i += batchSize) {
      const rows = reading.places.slice(i, i + batchSize).map((p) => ({
        layerId: layer.id,
        externalId: p.externalId,
        name: p.name,
        address: p.address,
        lat: p.lat,
        lon: p.lon,
        districtId: districtOf.get(p.at) ?? null,
        openingHours: p.openingHours,
        phone: p.phone,
        email: p.email,
        website: p.website,
        source,
        sourceUrl: p.sourceUrl,
        licence,
        isSample: p.isSample || input.sample === true,
      }));
      const excluded = (column: string) => sql.raw(`excluded.${column}`);
      const written = await tx
        .insert(places)
        .values(rows)
        .onConflictDoUpdate({
          target: [places.layerId, places.externalId],
          set: {
            name: excluded('name'),
            address: excluded('address'),
            lat: excluded('lat'),
            lon: excluded('lon'),
            districtId: excluded('district_id'),
            openingHours: excluded('opening_hours'),
            phone: excluded('phone'),
            email: excluded('email'),
            website: excluded('website'),
            source: excluded('source'),
            sourceUrl: excluded('source_url'),
            licence: excluded('licence'),
            isSample: excluded('is_sample'),
            importedAt: sql`now()`,
          },
        })
        .returning({ id: places.id });
      await queueSearchRefresh(
        tx,
        placeSearchKind,
        written.map((r) => r.id),
      );
      progress(`Wrote ${Math.min(i + batchSize, reading.places.length)} of ${reading.places.length} places`);
    }
    const keep = reading.places.map((p) => p.externalId);
    if (plan.removed) {
      const gone = await tx
        .delete(places)
        .where(and(eq(places.layerId, layer.id), keep.length ? notInArray(places.externalId, keep) : undefined))
        .returning({ id: places.id });
      await queueSearchRefresh(
        tx,
        placeSearchKind,
        gone.map((r) => r.id),
        { visible: false },
      );
      progress(`Removed ${plan.removed} places the file no longer has`);
    }
    if (input.audited !== false)
      await appendAudit(tx, {
        actorId: actor?.kind === 'user' ? actor.userId : null,
        action: 'places.imported',
        subjectType: 'place_layer',
        subjectId: null,
        data: { layer: layer.nameRu, layerId: layer.id, ...plan, source, licence, sample: input.sample === true, ...(actor ? {} : { via: 'cli' }) },
      });
    return { ...result, ...plan, imported: true };
  });
}

/** The places of a layer by external id (tests and the seed check a re-import kept the ids). */
export async function placeIdsByExternalId(ctx: ModuleContext, layerId: string, externalIds: string[]): Promise<Map<string, string>> {
  if (!externalIds.length) return new Map();
  const rows = await ctx.database.db
    .select({ id: places.id, externalId: places.externalId })
    .from(places)
    .where(and(eq(places.layerId, layerId), inArray(places.externalId, externalIds)));
  return new Map(rows.map((r) => [r.externalId, r.id]));
}
