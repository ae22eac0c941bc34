import { describe, expect, it } from 'vitest';
import { cellBounds, cellMonth, cellOf, nearestCellZoom } from './map-cells.js';

describe('map cells', () => {
  it('puts a point in the 64-px cell of its tile (a tile at zoom + 2)', () => {
    // Palace Square, St Petersburg: the OSM tile at zoom 12 is (2392, 1190)
    const { x, y } = cellOf(59.9391, 30.3158, 10);
    expect({ x, y }).toEqual({ x: 2392, y: 1190 });
    const b = cellBounds(x, y, 10);
    expect(b.west).toBeLessThanOrEqual(30.3158);
    expect(b.east).toBeGreaterThan(30.3158);
    expect(b.north).toBeGreaterThanOrEqual(59.9391);
    expect(b.south).toBeLessThan(59.9391);
  });

  it('clamps the poles and the antimeridian into the grid', () => {
    expect(cellOf(90, 180, 0)).toEqual({ x: 3, y: 0 });
    expect(cellOf(-90, -180, 0)).toEqual({ x: 0, y: 3 });
  });

  it('reads the nearest stored zoom and buckets months', () => {
    expect(nearestCellZoom(3)).toBe(8);
    expect(nearestCellZoom(11)).toBe(12);
    expect(nearestCellZoom(13)).toBe(14);
    expect(nearestCellZoom(17)).toBe(14);
    expect(cellMonth(new Date('2026-03-31T23:30:00Z'))).toBe('2026-03-01');
  });
});
