import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaKm2, bbox, containsPoint, interiorPoint, simplify, type AreaGeometry } from './geo.js';

const spb = JSON.parse(fs.readFileSync(new URL('../../../data/spb_districts_osm_2020.geojson', import.meta.url), 'utf8')) as {
  features: { properties: { name: string }; geometry: AreaGeometry }[];
};
const byName = (name: string) => spb.features.find((f) => f.properties.name === name)!.geometry;
const districtOf = (lon: number, lat: number) => spb.features.filter((f) => containsPoint(f.geometry, lon, lat)).map((f) => f.properties.name);

describe('geometry over the real St Petersburg districts', () => {
  it.each([
    ['the Winter Palace', 30.3146, 59.9398, 'Центральный район'],
    ['the Mariinsky Theatre', 30.296, 59.9256, 'Адмиралтейский район'],
    ['Kazan Cathedral', 30.3245, 59.9343, 'Центральный район'],
    ['Peter and Paul Fortress', 30.3166, 59.95, 'Петроградский район'],
    ['Strelka of Vasilyevsky Island', 30.3044, 59.9441, 'Василеостровский район'],
    ['Kronstadt Naval Cathedral', 29.7752, 59.9921, 'Кронштадтский район'],
    ['Catherine Palace, Pushkin', 30.3955, 59.7163, 'Пушкинский район'],
  ])('%s lies in exactly one district: %s', (_place, lon, lat, district) => {
    expect(districtOf(lon, lat)).toEqual([district]);
  });

  it('a point in the Gulf of Finland or in Moscow is in no district', () => {
    expect(districtOf(29.6, 60.05)).toEqual([]);
    expect(districtOf(37.6173, 55.7558)).toEqual([]);
  });

  it('areas are plausible (Kurortny is the largest, Admiralteysky about 14 km²) and sum to the city’s ~1,440 km²', () => {
    expect(areaKm2(byName('Адмиралтейский район'))).toBeGreaterThan(12);
    expect(areaKm2(byName('Адмиралтейский район'))).toBeLessThan(16);
    const areas = spb.features.map((f) => [f.properties.name, areaKm2(f.geometry)] as const).sort((a, b) => b[1] - a[1]);
    expect(areas[0]![0]).toBe('Курортный район');
    const total = areas.reduce((s, [, a]) => s + a, 0);
    expect(total).toBeGreaterThan(1300);
    expect(total).toBeLessThan(1500);
  });

  it('bbox matches the documented extent', () => {
    const box = bbox(spb.features.map((f) => f.geometry));
    [29.43, 59.634, 30.759, 60.245].forEach((v, i) => expect(box[i]).toBeCloseTo(v, 2));
  });

  it('simplification drops most vertices but keeps the answer for central points', () => {
    const g = byName('Центральный район');
    const s = simplify(g, 0.002);
    const count = (x: AreaGeometry) => JSON.stringify(x.coordinates).split('],[').length;
    expect(count(s)).toBeLessThan(count(g) / 2);
    expect(containsPoint(s, 30.3245, 59.9343)).toBe(true);
  });
});

describe('a point inside an area', () => {
  it('lies in its own district and in no other, for every real district (islands, coastlines and all)', () => {
    for (const f of spb.features) {
      const p = interiorPoint(f.geometry);
      expect(p, f.properties.name).not.toBeNull();
      expect(districtOf(p![0], p![1]), f.properties.name).toEqual([f.properties.name]);
    }
  });

  it('avoids a hole in the middle: a square with a square hole gives a point on the solid ring', () => {
    const ring = (a: number, b: number): [number, number][] => [
      [a, a],
      [b, a],
      [b, b],
      [a, b],
      [a, a],
    ];
    const donut: AreaGeometry = { type: 'Polygon', coordinates: [ring(0, 10), ring(3, 7)] };
    const p = interiorPoint(donut)!;
    expect(containsPoint(donut, p[0], p[1])).toBe(true);
  });

  it('has none for an empty area', () => {
    expect(interiorPoint({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
  });
});
