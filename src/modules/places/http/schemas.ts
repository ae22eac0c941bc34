import { z } from 'zod';
import { lineSchema } from '../../../core/text/schemas.js';
import { nearLimits } from '../domain/near.js';
import { placeProblemCodes } from '../domain/places.js';

const layerId = z.string().min(1).max(40);

/** "Near me": a point (lat, lon), layers as a comma-separated list (none: all), a radius in metres and how many. */
export const nearQuerySchema = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
  layers: z
    .string()
    .max(500)
    .default('')
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ]),
  radius: z.coerce.number().int().min(50).max(nearLimits.maxRadiusMeters, { message: 'error.place_radius_too_large' }).default(nearLimits.defaultRadiusMeters),
  count: z.coerce.number().int().min(1).max(nearLimits.maxCount).default(nearLimits.defaultCount),
});

export const layerSchema = z
  .object({
    id: z.string(),
    nameRu: z.string(),
    nameEn: z.string(),
    places: z.number().int(),
    /** Some of its places are invented sample data (the page says so). */
    isSample: z.boolean(),
    /** "Source (licence)" of its places. */
    sources: z.array(z.string()),
  })
  .meta({ id: 'PlaceLayer' });

export const nearPlaceSchema = z
  .object({
    id: z.uuid(),
    layerId: z.string(),
    name: z.string(),
    address: z.string().nullable(),
    lat: z.number(),
    lon: z.number(),
    openingHours: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    source: z.string(),
    sourceUrl: z.string().nullable(),
    licence: z.string(),
    isSample: z.boolean(),
    distanceMeters: z.number().int(),
    walkingMinutes: z.number().int(),
  })
  .meta({ id: 'NearPlace' });

export const nearAnswerSchema = z.object({ radiusMeters: z.number().int(), items: z.array(nearPlaceSchema) }).meta({ id: 'NearPlaces' });

/** An administrator's import: the file's text (GeoJSON or CSV, up to 20 MB) into one layer; `dryRun` checks only. */
export const importBodySchema = z.strictObject({
  layerId,
  format: z.enum(['geojson', 'csv']),
  content: z.string().min(1).max(20_000_000),
  source: lineSchema(1, 200).optional(),
  licence: lineSchema(1, 100).optional(),
  sample: z.boolean().default(false),
  dryRun: z.boolean().default(false),
});

export const importResultSchema = z
  .object({
    layerId: z.string(),
    dryRun: z.boolean(),
    imported: z.boolean(),
    read: z.number().int(),
    added: z.number().int(),
    updated: z.number().int(),
    removed: z.number().int(),
    problems: z.array(
      z.object({
        /** The feature's number in a GeoJSON file, or the line of a CSV file; null for the file as a whole. */
        at: z.number().int().nullable(),
        code: z.enum(placeProblemCodes),
        message: z.string(),
      }),
    ),
  })
  .meta({ id: 'PlaceImportResult' });
