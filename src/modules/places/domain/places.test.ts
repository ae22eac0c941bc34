import { describe, expect, it } from 'vitest';
import { walkingMinutes } from './near.js';
import { planPlaceImport, readPlacesCsv, readPlacesGeoJson } from './places.js';

const point = (lon: number, lat: number, properties: Record<string, unknown>) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('reading GeoJSON', () => {
  it('reads an OSM export: the id from osm_type and osm_id, the address from addr:*, contacts and the OSM page', () => {
    const { places, problems } = readPlacesGeoJson(
      collection(
        point(30.3159, 59.9398, {
          osm_type: 'node',
          osm_id: 42,
          osm_url: 'https://www.openstreetmap.org/node/42',
          name: ' Эрмитаж ',
          'addr:street': 'Дворцовая площадь',
          'addr:housenumber': '2',
          opening_hours: 'Tu-Su 10:30-18:00',
          'contact:phone': '+7 812 710-90-79',
          website: 'https://hermitagemuseum.org',
        }),
      ),
    );
    expect(problems).toEqual([]);
    expect(places).toEqual([
      {
        at: 1,
        externalId: 'node/42',
        name: 'Эрмитаж',
        address: 'Дворцовая площадь, 2',
        lat: 59.9398,
        lon: 30.3159,
        openingHours: 'Tu-Su 10:30-18:00',
        phone: '+7 812 710-90-79',
        email: null,
        website: 'https://hermitagemuseum.org',
        sourceUrl: 'https://www.openstreetmap.org/node/42',
        isSample: false,
      },
    ]);
  });

  it('takes an area (a dog-walking area drawn as a polygon) at the middle of its corners, and the @id of overpass turbo', () => {
    const square = [
      [30.0, 60.0],
      [30.002, 60.0],
      [30.002, 60.002],
      [30.0, 60.002],
      [30.0, 60.0],
    ];
    const { places } = readPlacesGeoJson(
      collection({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [square] }, properties: { '@id': 'way/7', name: 'Площадка' } }),
    );
    expect(places[0]).toMatchObject({ externalId: 'way/7', lat: 60.001, lon: 30.001 });
  });

  it('names each broken feature by its number and keeps none of the file', () => {
    const { places, problems } = readPlacesGeoJson(
      collection(
        point(30.3, 59.9, { id: 'a', name: 'Хорошее место' }),
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: { id: 'b', name: 'Линия' } },
        point(30.3, 59.9, { id: 'c' }),
        point(30.3, 59.9, { name: 'Без id' }),
        point(30.3, 59.9, { id: 'a', name: 'Повтор', website: 'javascript:alert(1)' }),
        'not a feature',
        { type: 'Feature', geometry: { type: 'Point', coordinates: ['30', 59] }, properties: { id: 'e', name: 'Строка' } },
      ),
    );
    expect(problems.map((p) => [p.at, p.code])).toEqual([
      [2, 'geometry_unsupported'],
      [3, 'name_missing'],
      [4, 'id_missing'],
      [5, 'bad_link'],
      [6, 'not_a_feature'],
      [7, 'bad_coordinates'],
    ]);
    expect(places.map((p) => p.at)).toEqual([1]);
    expect(readPlacesGeoJson(collection(point(30.3, 59.9, { id: 'a', name: 'x' }), point(30.3, 59.9, { id: 'a', name: 'y' }))).problems).toEqual([
      { at: 2, code: 'duplicate_id', params: { id: 'a', other: 1 } },
    ]);
  });

  it('refuses what is not a FeatureCollection, and an empty one', () => {
    expect(readPlacesGeoJson({ type: 'Feature' }).problems[0]).toMatchObject({ at: null, code: 'not_feature_collection' });
    expect(readPlacesGeoJson(collection()).problems[0]).toMatchObject({ at: null, code: 'no_places' });
  });
});

describe('reading CSV', () => {
  it('reads columns in any order, a decimal comma, and the sample mark; problems name the line', () => {
    const csv = 'name,lat,lon,id,sample\n"Площадка, у пруда","59,93",30.31,dog-1,1\nБез координат,,,dog-2,\n';
    const { places, problems } = readPlacesCsv(csv);
    expect(places).toMatchObject([{ at: 2, externalId: 'dog-1', name: 'Площадка, у пруда', lat: 59.93, lon: 30.31, isSample: true }]);
    expect(problems).toEqual([{ at: 3, code: 'bad_coordinates', params: {} }]);
  });

  it('refuses a header without the needed columns, a line with too many fields, and broken quoting', () => {
    expect(readPlacesCsv('name,lat\nx,1\n').problems).toEqual([{ at: 1, code: 'csv_header', params: { columns: 'id, lon' } }]);
    expect(readPlacesCsv('id,name,lat,lon\na,b,59,30,extra\n').problems[0]).toMatchObject({ at: 2, code: 'csv_columns' });
    expect(readPlacesCsv('id,name,lat,lon\na,"b,59,30\n').problems[0]).toMatchObject({ code: 'csv_syntax' });
  });
});

describe('walking and re-import', () => {
  it('counts minutes on foot at 75 m a minute, rounded up, at least one', () => {
    expect([0, 10, 75, 76, 1500].map(walkingMinutes)).toEqual([1, 1, 1, 2, 20]);
  });

  it('plans a re-import by the source ids: kept ones updated, new ones added, missing ones removed', () => {
    expect(planPlaceImport(['a', 'b', 'c'], ['b', 'c', 'd', 'e'])).toEqual({ added: 2, updated: 2, removed: 1 });
  });
});
