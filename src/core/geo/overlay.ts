import { kinks } from '@turf/kinks';
import { intersection, union, type Geom } from 'polyclip-ts';
import { areaKm2, type AreaGeometry, type Position } from './geo.js';

// Boolean operations on areas (polyclip-ts, the Martinez–Rueda sweep turf itself uses) and a
// self-intersection search (@turf/kinks), for checking district boundaries before they are imported.

const coordinatesOf = (g: AreaGeometry): Geom => g.coordinates as Geom;

/** The area two geometries share, in square kilometres (0 when they only touch). */
export function sharedAreaKm2(a: AreaGeometry, b: AreaGeometry): number {
  const shared = intersection(coordinatesOf(a), coordinatesOf(b)) as Position[][][];
  return shared.length ? areaKm2({ type: 'MultiPolygon', coordinates: shared }) : 0;
}

/** The union of several geometries: its area, and its holes (areas surrounded by them that none of them covers). */
export function unionOf(geoms: AreaGeometry[]): { areaKm2: number; holes: Position[][] } {
  const [first, ...rest] = geoms.map(coordinatesOf);
  if (!first) return { areaKm2: 0, holes: [] };
  const whole = union(first, ...rest) as Position[][][];
  return { areaKm2: areaKm2({ type: 'MultiPolygon', coordinates: whole }), holes: whole.flatMap(([, ...holes]) => holes) };
}

/** A point where an area's boundary crosses itself, or null. */
export function selfIntersection(g: AreaGeometry): Position | null {
  const crossing = kinks(g).features[0];
  return crossing ? (crossing.geometry.coordinates as Position) : null;
}
