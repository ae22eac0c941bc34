/**
 * The server-side map grid: a Web-Mercator tile of 256 px is split into 4 × 4 cells of 64 px, so a
 * cell at zoom z is a tile at zoom z + 2. Counts are kept per cell at the zooms in `cellZooms`; a
 * map at another zoom reads the nearest stored one.
 */
export const cellZooms = [8, 10, 12, 14] as const;

/**
 * Besides the rows per category and month, every cell keeps one roll-up row per status over all
 * categories and months (category 0, month 1970-01), so the unfiltered map — the one most people
 * see — sums a few thousand rows instead of every category × month of the city's history.
 */
export const rollupCategoryId = 0;
export const rollupMonth = '1970-01-01';

/** Cells per tile side (256 px / 64 px). */
export const cellsPerTile = 4;

const maxLat = 85.05112878;

/** The grid cell holding a point at a zoom level. */
export function cellOf(lat: number, lon: number, zoom: number): { x: number; y: number } {
  const n = 2 ** zoom * cellsPerTile;
  const clampedLat = Math.max(-maxLat, Math.min(maxLat, lat));
  const rad = (clampedLat * Math.PI) / 180;
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

/** The corners of a cell: west and east longitude, north and south latitude. */
export function cellBounds(x: number, y: number, zoom: number): { west: number; east: number; north: number; south: number } {
  const n = 2 ** zoom * cellsPerTile;
  const lonOf = (cx: number) => (cx / n) * 360 - 180;
  const latOf = (cy: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * cy) / n))) * 180) / Math.PI;
  return { west: lonOf(x), east: lonOf(x + 1), north: latOf(y), south: latOf(y + 1) };
}

/** The stored zoom closest to a map zoom (ties go to the finer one). */
export function nearestCellZoom(zoom: number): number {
  let best: number = cellZooms[0];
  for (const z of cellZooms) if (Math.abs(z - zoom) <= Math.abs(best - zoom)) best = z;
  return best;
}

/** The month bucket of an instant, `YYYY-MM-01` (UTC months: stable across time zones and cheap to filter). */
export function cellMonth(at: Date): string {
  return `${at.toISOString().slice(0, 7)}-01`;
}
