/** Plain GeoJSON geometry types used for districts (lon/lat order, WGS84). */
export type Position = [number, number];
export type Polygon = { type: 'Polygon'; coordinates: Position[][] };
export type MultiPolygon = { type: 'MultiPolygon'; coordinates: Position[][][] };
export type AreaGeometry = Polygon | MultiPolygon;

function polygons(g: AreaGeometry): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function inRing(lon: number, lat: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the point lies inside the area (holes excluded). */
export function containsPoint(g: AreaGeometry, lon: number, lat: number): boolean {
  return polygons(g).some(([outer, ...holes]) => !!outer && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h)));
}

const R = 6_371_008.8; // mean Earth radius, metres

function ringArea(ring: Position[]): number {
  // spherical excess of a lon/lat ring (the formula behind turf's area), square metres
  let total = 0;
  for (let i = 0; i < ring.length; i++) {
    const [lon1, lat1] = ring[i]!;
    const [lon2, lat2] = ring[(i + 1) % ring.length]!;
    total += (((lon2 - lon1) * Math.PI) / 180) * (2 + Math.sin((lat1 * Math.PI) / 180) + Math.sin((lat2 * Math.PI) / 180));
  }
  return Math.abs((total * R * R) / 2);
}

/** Area in square kilometres. */
export function areaKm2(g: AreaGeometry): number {
  let m2 = 0;
  for (const [outer, ...holes] of polygons(g)) {
    if (!outer) continue;
    m2 += ringArea(outer) - holes.reduce((s, h) => s + ringArea(h), 0);
  }
  return m2 / 1e6;
}

/** [minLon, minLat, maxLon, maxLat] */
export function bbox(geoms: AreaGeometry[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geoms)
    for (const poly of polygons(g))
      for (const ring of poly)
        for (const [lon, lat] of ring) {
          b[0] = Math.min(b[0], lon);
          b[1] = Math.min(b[1], lat);
          b[2] = Math.max(b[2], lon);
          b[3] = Math.max(b[3], lat);
        }
  return b;
}

/**
 * Reduces a geometry's vertex count for display (Douglas–Peucker per ring, tolerance in degrees);
 * rings keep at least four points so they stay closed polygons.
 */
export function simplify(g: AreaGeometry, tolerance: number): AreaGeometry {
  const ring = (r: Position[]): Position[] => {
    if (r.length <= 8) return r;
    const keep = new Uint8Array(r.length);
    keep[0] = keep[r.length - 1] = 1;
    const stack: [number, number][] = [[0, r.length - 1]];
    while (stack.length) {
      const [a, b] = stack.pop()!;
      let maxD = 0;
      let idx = -1;
      const [x1, y1] = r[a]!;
      const [x2, y2] = r[b]!;
      const len = Math.hypot(x2 - x1, y2 - y1);
      for (let i = a + 1; i < b; i++) {
        const [x, y] = r[i]!;
        // a closed ring starts and ends on one point: measure from that point instead of a line
        const d = len === 0 ? Math.hypot(x - x1, y - y1) : Math.abs((y2 - y1) * x - (x2 - x1) * y + x2 * y1 - y2 * x1) / len;
        if (d > maxD) [maxD, idx] = [d, i];
      }
      if (maxD > tolerance && idx > 0) {
        keep[idx] = 1;
        stack.push([a, idx], [idx, b]);
      }
    }
    const out = r.filter((_, i) => keep[i]);
    return out.length >= 4 ? out : r;
  };
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}

/**
 * A point surely inside the area (not on its boundary, not in a hole), e.g. to try a district out: on the horizontal
 * line through the middle of its largest polygon, the midpoint of the widest stretch inside. Null for an empty area.
 */
export function interiorPoint(g: AreaGeometry): Position | null {
  const largest = polygons(g)
    .filter((p) => p[0] && p[0].length >= 4)
    .sort((a, b) => ringArea(b[0]!) - ringArea(a[0]!))[0];
  if (!largest) return null;
  const [, minLat, , maxLat] = bbox([{ type: 'Polygon', coordinates: largest }]);
  // a few lines across the polygon: the middle one first, then nearer its top and bottom
  for (const f of [0.5, 0.37, 0.63, 0.25, 0.75, 0.13, 0.87]) {
    const lat = minLat + (maxLat - minLat) * f;
    const crossings: number[] = [];
    for (const ring of largest)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > lat !== yj > lat) crossings.push(((xj - xi) * (lat - yi)) / (yj - yi) + xi);
      }
    crossings.sort((a, b) => a - b);
    let best: Position | null = null;
    let width = 0;
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const w = crossings[i + 1]! - crossings[i]!;
      if (w > width) [width, best] = [w, [(crossings[i]! + crossings[i + 1]!) / 2, lat]];
    }
    if (best && containsPoint({ type: 'Polygon', coordinates: largest }, best[0], best[1])) return best;
  }
  return null;
}
