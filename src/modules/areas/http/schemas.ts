import { z } from 'zod';
import { areaTopics } from '../../../core/module/area.js';
import { lineSchema } from '../../../core/text/schemas.js';
import { savedPlaceLabels } from '../db/schema.js';
import { areaLimits } from '../domain/areas.js';

const lat = z.number().min(-90).max(90);
const lon = z.number().min(-180).max(180);
const topics = z.array(z.enum(areaTopics)).min(1).max(areaTopics.length);
/** A circle's radius in metres, within the area's limits (a JSON number, or `z.coerce.number()` for a query string). */
const radiusOf = (n: z.ZodNumber) =>
  n
    .int()
    .min(areaLimits.minRadiusMeters, { message: 'error.area_radius_too_small' })
    .max(areaLimits.maxRadiusMeters, { message: 'error.area_radius_too_large' });
const radiusMeters = radiusOf(z.number());

export const placeBodySchema = z.object({
  label: z.enum(savedPlaceLabels),
  /** The owner's own name for it ("Дача"); optional. */
  name: lineSchema(0, 60).optional(),
  address: lineSchema(1, 200),
  lat,
  lon,
});
export const placePatchSchema = placeBodySchema.partial();
export const idParamsSchema = z.object({ id: z.uuid() });
export const districtParamsSchema = z.object({ districtId: z.string().min(1).max(64) });
export const placeAlertBodySchema = z.object({ radiusMeters, topics });
export const districtAlertBodySchema = z.object({ topics });

export const savedPlaceSchema = z
  .object({
    id: z.string(),
    label: z.enum(savedPlaceLabels),
    name: z.string(),
    address: z.string(),
    lat: z.number(),
    lon: z.number(),
    districtId: z.string().nullable(),
    /** What becomes news within `radiusMeters` of it, for the chosen topics; null: no alerts. */
    alert: z.object({ radiusMeters: z.number().int(), topics: z.array(z.enum(areaTopics)) }).nullable(),
  })
  .meta({ id: 'SavedPlace' });
export const savedPlacesSchema = z.object({ items: z.array(savedPlaceSchema) }).meta({ id: 'SavedPlaces' });
export const districtAlertSchema = z.object({ districtId: z.string(), topics: z.array(z.enum(areaTopics)) }).meta({ id: 'DistrictAlert' });
export const districtAlertsSchema = z.object({ items: z.array(districtAlertSchema) }).meta({ id: 'DistrictAlerts' });

/** The area page: a circle (lat, lon, radius in metres) or a district; optionally some kinds and how many of each. */
export const areaQuerySchema = z
  .object({
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
    radius: radiusOf(z.coerce.number()).default(areaLimits.defaultRadiusMeters),
    district: z.string().min(1).max(64).optional(),
    kinds: z
      .string()
      .max(300)
      .optional()
      .transform((s) =>
        s
          ? [
              ...new Set(
                s
                  .split(',')
                  .map((x) => x.trim())
                  .filter(Boolean),
              ),
            ]
          : undefined,
      ),
    limit: z.coerce.number().int().min(1).max(areaLimits.maxItems).default(areaLimits.defaultItems),
  })
  .refine((q) => (q.district !== undefined) !== (q.lat !== undefined && q.lon !== undefined), {
    message: 'error.area_point_or_district',
    path: ['lat'],
  });

const areaItemSchema = z
  .object({
    kind: z.string(),
    id: z.string(),
    title: z.string(),
    path: z.string(),
    status: z.string().nullable(),
    statusText: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    /** Metres from the circle's centre (null for a district, or an item without a point). */
    distanceMeters: z.number().int().nullable(),
    districtId: z.string().nullable(),
    address: z.string().nullable(),
    date: z.iso.datetime().nullable(),
    /** A department's public contacts (null for other kinds). */
    contacts: z.object({ phone: z.string().nullable(), email: z.string().nullable(), address: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'AreaItem' });

export const areaPageSchema = z
  .object({
    area: z.object({
      type: z.enum(['circle', 'district']),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      radiusMeters: z.number().int().nullable(),
      districtId: z.string().nullable(),
    }),
    sections: z.array(z.object({ kind: z.string(), total: z.number().int(), items: z.array(areaItemSchema) })),
  })
  .meta({ id: 'AreaPage' });
