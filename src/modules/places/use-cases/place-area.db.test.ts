import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../test/db.js';
import type { Database } from '../../../core/db/client.js';
import { queryRows } from '../../../core/db/client.js';
import { inEarthCircle } from '../../../core/db/earth.js';
import type { AreaQuery } from '../../../core/module/area.js';
import { districtAt } from '../../city/index.js';
import { places } from '../db/schema.js';
import { placeArea, placesInArea } from './place-area.js';

/** The Field of Mars, Central district; a metre of latitude is 1/111,195 of a degree. */
const centre = { lat: 59.9436, lon: 30.3318 };
const north = (metres: number) => ({ lat: centre.lat + metres / 111_195, lon: centre.lon });

let database: Database;
let districtId: string;
let farDistrictId: string;
const circle = (radiusMeters: number, lang: 'ru' | 'en' = 'en'): AreaQuery => ({ type: 'circle', ...centre, radiusMeters, districtId, lang, now: new Date() });

beforeAll(async () => {
  database = await testDatabase();
  districtId = (await districtAt(database.db, centre.lon, centre.lat))!.id;
  farDistrictId = (await districtAt(database.db, north(5000).lon, north(5000).lat))!.id;
  const place = (externalId: string, layerId: string, name: string, at: { lat: number; lon: number }, district: string) => ({
    layerId,
    externalId,
    name,
    address: `${name}, адрес`,
    ...at,
    districtId: district,
    source: 'OpenStreetMap',
    licence: 'ODbL',
  });
  await database.db
    .insert(places)
    .values([
      place('node/1', 'schools', 'Школа у поля', north(200), districtId),
      place('node/2', 'dog-areas', 'Площадка на поле', north(10), districtId),
      place('node/3', 'libraries', 'Библиотека за рекой', north(5000), farDistrictId),
    ]);
});
afterAll(async () => database?.close());

describe('places on the area page', () => {
  it('lists the circle’s places of every layer, nearest first, the layer’s name as the status words; not one 5 km away', async () => {
    const section = await placesInArea(database.db, circle(500), 10);
    expect(section.total).toBe(2);
    expect(section.items.map((i) => i.title)).toEqual(['Площадка на поле', 'Школа у поля']);
    const [, school] = section.items;
    expect(school).toMatchObject({ kind: 'place', status: null, statusText: 'Schools', date: null, districtId, address: 'Школа у поля, адрес' });
    expect(school!.path).toBe(`/places?lat=${north(200).lat}&lon=${centre.lon}&layers=schools`);
    expect(school!.distanceMeters).toBeGreaterThan(195);
    expect(school!.distanceMeters).toBeLessThan(205);
    expect((await placesInArea(database.db, circle(500, 'ru'), 1)).items.map((i) => i.statusText)).toEqual(['Площадки для выгула собак']);
    expect((await placesInArea(database.db, circle(100), 10)).total).toBe(1);
  });

  it('lists a district’s places by layer, without distances', async () => {
    const section = await placesInArea(database.db, { type: 'district', districtId, lang: 'en', now: new Date() }, 10);
    expect(section.items.map((i) => [i.title, i.distanceMeters])).toEqual([
      ['Школа у поля', null],
      ['Площадка на поле', null],
    ]);
    if (farDistrictId !== districtId)
      expect((await placesInArea(database.db, { type: 'district', districtId: farDistrictId, lang: 'en', now: new Date() }, 10)).total).toBe(1);
  });

  it('finds the circle through the GiST index over the places’ points, and alerts of nothing', async () => {
    const plan = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return queryRows<Record<string, string>>(
        tx,
        sql`explain select count(*) from ${places} where ${inEarthCircle(places.lat, places.lon, { ...centre, radiusMeters: 500 })}`,
      );
    });
    expect(plan.map((r) => Object.values(r)[0]).join('\n')).toContain('places_earth_idx');
    expect(placeArea.alerts).toBeUndefined();
  });
});
