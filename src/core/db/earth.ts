import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** A circle on the ground: a centre and a radius in metres (an area page's, an alert's). */
export interface EarthCircle {
  lat: number;
  lon: number;
  radiusMeters: number;
}

/** A stored point's columns as an earth value (cube + earthdistance): the expression a GiST index is built over. */
export const earthOf = (lat: AnyColumn, lon: AnyColumn): SQL => sql`ll_to_earth(${lat}, ${lon})`;

/** A given point as an earth value. */
const earthAt = (lat: number, lon: number): SQL => sql`ll_to_earth(${lat}::float8, ${lon}::float8)`;

/**
 * The condition "this row's point lies in the circle": `earth_box(centre, r) @> ll_to_earth(lat, lon)` is what a
 * GiST index over `ll_to_earth(lat, lon)` answers (the box is a little larger than the circle), and the exact
 * great-circle distance then drops the corners.
 */
export function inEarthCircle(lat: AnyColumn, lon: AnyColumn, c: EarthCircle): SQL {
  const centre = earthAt(c.lat, c.lon);
  return sql`(earth_box(${centre}, ${c.radiusMeters}::float8) @> ${earthOf(lat, lon)} and earth_distance(${earthOf(lat, lon)}, ${centre}) <= ${c.radiusMeters}::float8)`;
}

/** Metres from the circle's centre to this row's point (null when the row has no point). */
export function metresFrom(lat: AnyColumn, lon: AnyColumn, c: { lat: number; lon: number }): SQL<number | null> {
  return sql<number | null>`earth_distance(${earthOf(lat, lon)}, ${earthAt(c.lat, c.lon)})`.mapWith(Number);
}

/** Metres in a degree of latitude, a little less than on the sphere earth_distance uses: a box from it holds the circle. */
const metresPerDegree = 111_000;

/**
 * The latitude and longitude box around a circle (for a plain or cube index over degrees, where earth_box does not
 * apply): half-sizes in degrees, longitude widened for the latitude.
 */
export function degreeBox(c: EarthCircle): { dLat: number; dLon: number } {
  const dLat = c.radiusMeters / metresPerDegree;
  return { dLat, dLon: dLat / Math.cos((c.lat * Math.PI) / 180) };
}
