import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDistrictGeoJson, slugOf } from './district-geojson.js';
import { planDistrictImport, type ExistingDistrict } from './district-import-plan.js';
import { transliterate } from '../../../core/text/transliterate.js';

type Ring = number[][];
// rounded, so that squares side by side share their corners exactly (59.01 + 0.01 is 59.019999999999996)
const plus = (a: number, b: number) => Math.round((a + b) * 1e6) / 1e6;
const square = (x: number, y: number, size = 0.01): Ring => [
  [x, y],
  [plus(x, size), y],
  [plus(x, size), plus(y, size)],
  [x, plus(y, size)],
  [x, y],
];
const feature = (name: unknown, geometry: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: { name, ...extra },
  geometry,
});
const polygon = (...rings: Ring[]) => ({ type: 'Polygon', coordinates: rings });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const read = (json: unknown) => readDistrictGeoJson(json, { nameField: 'name' });
const codes = (json: unknown) => read(json).problems.map((p) => [p.feature, p.code]);

describe('reading district boundaries from GeoJSON', () => {
  it('reads a good three-district town: names, English names, ids and areas', () => {
    const json: unknown = JSON.parse(fs.readFileSync(new URL('../../../../test/data/novoozyorsk_districts.geojson', import.meta.url), 'utf8'));
    const { districts, problems } = readDistrictGeoJson(json, { nameField: 'name', nameEnField: 'name:en', idField: 'ref' });
    expect(problems).toEqual([]);
    expect(districts.map((d) => [d.feature, d.id, d.nameRu, d.nameEn])).toEqual([
      [1, 'zarechny', 'Заречный район', 'Zarechny District'],
      [2, 'soborny', 'Соборный район', 'Soborny District'],
      [3, 'lugovoy', 'Луговой район', 'Lugovoy District'],
    ]);
    // 0.2° × 0.1° at 56° N: about 12.5 km × 11.1 km ≈ 139 km² in all
    const total = districts.reduce((s, d) => s + d.areaKm2, 0);
    expect(total).toBeGreaterThan(135);
    expect(total).toBeLessThan(143);
  });

  it('without an English name or id field: the name in Latin letters, and a slug of it as the id', () => {
    const { districts } = read(collection(feature('Колпинский район', polygon(square(30, 59)))));
    expect(districts[0]).toMatchObject({ id: 'kolpinsky', nameEn: 'Kolpinsky District' });
  });

  it('takes the OSM relation id from osm_relation_id or an overpass "relation/N" id', () => {
    const { districts } = read(
      collection(
        feature('А', polygon(square(30, 59)), { osm_relation_id: 337424 }),
        { ...feature('Б', polygon(square(30.01, 59))), id: 'relation/1114193' },
        feature('В', polygon(square(30.02, 59))),
      ),
    );
    expect(districts.map((d) => d.osmRelationId)).toEqual([337424, 1114193, null]);
  });

  it('refuses what is not a FeatureCollection, or one without features', () => {
    expect(codes({ type: 'Feature' })).toEqual([[null, 'not_feature_collection']]);
    expect(codes([1, 2])).toEqual([[null, 'not_feature_collection']]);
    expect(codes(collection())).toEqual([[null, 'no_features']]);
  });

  it('names by feature number what is not a polygon', () => {
    const json = collection(
      feature('А', polygon(square(30, 59))),
      feature('Б', {
        type: 'LineString',
        coordinates: [
          [30, 59],
          [31, 60],
        ],
      }),
      feature('В', { type: 'Point', coordinates: [30, 59] }),
      { type: 'Something' },
      feature('Г', null),
    );
    const { problems, districts } = read(json);
    expect(problems.map((p) => [p.feature, p.code, p.params.type])).toEqual([
      [2, 'not_polygon', 'LineString'],
      [3, 'not_polygon', 'Point'],
      [4, 'not_a_feature', undefined],
      [5, 'not_polygon', 'null'],
    ]);
    expect(districts.map((d) => d.nameRu)).toEqual(['А']);
  });

  it('refuses rings that are unclosed, too short, outside WGS84 or crossing themselves', () => {
    const bowtie: Ring = [
      [30, 59],
      [30.01, 59.01],
      [30.01, 59],
      [30, 59.01],
      [30, 59],
    ];
    const json = collection(
      feature('Открытый', polygon(square(30, 59).slice(0, 4))),
      feature(
        'Короткий',
        polygon([
          [30, 59],
          [30.01, 59],
          [30, 59],
        ]),
      ),
      feature('В метрах', polygon(square(3_350_000, 8_380_000, 1000))),
      feature('Бабочка', polygon(bowtie)),
      feature('Строки', polygon([['30', '59']] as unknown as Ring)),
    );
    expect(codes(json)).toEqual([
      [1, 'ring_not_closed'],
      [2, 'ring_too_short'],
      [3, 'outside_wgs84'],
      [4, 'self_intersecting'],
      [5, 'bad_coordinates'],
    ]);
    expect(read(json).problems[3]!.params).toEqual({ lon: 30.005, lat: 59.005 });
  });

  it('refuses a missing or empty name, and duplicate names and ids', () => {
    const json = collection(
      feature('Северный', polygon(square(30, 59))),
      feature('  ', polygon(square(30.01, 59))),
      feature(undefined, polygon(square(30.02, 59))),
      feature('северный', polygon(square(30.03, 59))),
      feature('Severny', polygon(square(30.04, 59))),
    );
    expect(read(json).problems.map((p) => [p.feature, p.code, p.params.other])).toEqual([
      [2, 'name_missing', undefined],
      [3, 'name_missing', undefined],
      [4, 'duplicate_name', 1],
      // another name, but the same slug
      [5, 'duplicate_id', 1],
    ]);
    const ids = readDistrictGeoJson(collection(feature('А', polygon(square(30, 59)), { ref: 'a' }), feature('Б', polygon(square(31, 59)), { ref: 'A' })), {
      nameField: 'name',
      idField: 'ref',
    });
    expect(ids.problems.map((p) => [p.feature, p.code])).toEqual([[2, 'duplicate_id']]);
    const bad = readDistrictGeoJson(collection(feature('А', polygon(square(30, 59)), { ref: 'район 1' })), { nameField: 'name', idField: 'ref' });
    expect(bad.problems.map((p) => p.code)).toEqual(['id_invalid']);
    const none = readDistrictGeoJson(collection(feature('А', polygon(square(30, 59)))), { nameField: 'name', idField: 'ref' });
    expect(none.problems.map((p) => [p.code, p.params.field])).toEqual([['id_missing', 'ref']]);
  });

  it('refuses districts that overlap, but not ones that only touch', () => {
    // two 0.01° squares at 59° N (~0.64 km² each); the second starts half-way into the first
    const overlapping = read(collection(feature('А', polygon(square(30, 59))), feature('Б', polygon(square(30.005, 59)))));
    expect(overlapping.problems).toEqual([{ feature: 2, severity: 'error', code: 'overlap', params: { other: 1, areaKm2: expect.closeTo(0.318, 2) } }]);
    const touching = read(collection(feature('А', polygon(square(30, 59))), feature('Б', polygon(square(30.01, 59)))));
    expect(touching.problems).toEqual([]);
    // a sliver below the tolerance (a 0.00001° strip, ~0.6 m wide) is rounding between drawings, not an overlap
    const sliver = read(collection(feature('А', polygon(square(30, 59))), feature('Б', polygon(square(30.00999, 59)))));
    expect(sliver.problems).toEqual([]);
  });

  it('warns, with its area, of a gap no district covers where districts meet', () => {
    // a ring of four 0.01° districts around an empty 0.01° square
    const json = collection(
      feature(
        'Юг',
        polygon([
          [30, 59],
          [30.03, 59],
          [30.03, 59.01],
          [30, 59.01],
          [30, 59],
        ]),
      ),
      feature(
        'Север',
        polygon([
          [30, 59.02],
          [30.03, 59.02],
          [30.03, 59.03],
          [30, 59.03],
          [30, 59.02],
        ]),
      ),
      feature('Запад', polygon(square(30, 59.01))),
      feature('Восток', polygon(square(30.02, 59.01))),
    );
    const { problems, districts } = read(json);
    expect(districts).toHaveLength(4);
    expect(problems).toEqual([{ feature: null, severity: 'warning', code: 'gap', params: { areaKm2: expect.closeTo(0.637, 2), lon: 30.015, lat: 59.015 } }]);
  });
});

describe('planning a re-import', () => {
  const town = read(
    collection(
      feature('Северный район', polygon(square(30, 59)), { osm_relation_id: 1 }),
      feature('Южный район', polygon(square(30.01, 59)), { osm_relation_id: 2 }),
      feature('Новый район', polygon(square(30.02, 59))),
    ),
  ).districts;
  const existing = (over: Partial<ExistingDistrict> & { id: string }): ExistingDistrict => ({
    nameRu: '',
    nameEn: '',
    osmRelationId: null,
    references: {},
    ...over,
  });

  it('keeps ids matched by id, then OSM relation, then name; adds the rest; removes the unreferenced missing', () => {
    const plan = planDistrictImport(
      [
        existing({ id: 'severny', nameRu: 'Северный район', nameEn: 'Severny District' }),
        existing({ id: 'south', nameRu: 'Южный', nameEn: 'South', osmRelationId: 2 }),
        existing({ id: 'old', nameRu: 'Старый район', nameEn: 'Old', references: {} }),
      ],
      town,
      { keepMissing: false },
    );
    expect(plan.kept.map((d) => [d.id, d.matchedBy])).toEqual([['severny', 'id']]);
    expect(plan.renamed.map((d) => [d.id, d.matchedBy, d.previousNameRu, d.nameRu])).toEqual([['south', 'osm_relation', 'Южный', 'Южный район']]);
    expect(plan.added.map((d) => [d.id, d.feature])).toEqual([['novy', 3]]);
    expect(plan.removed.map((d) => d.id)).toEqual(['old']);
    expect(plan.blocking).toEqual([]);
  });

  it('matches by name when neither id nor relation does', () => {
    const plan = planDistrictImport([existing({ id: 'x1', nameRu: 'новый район', nameEn: 'Novy District' })], town, { keepMissing: false });
    expect(plan.renamed.map((d) => [d.id, d.matchedBy])).toEqual([['x1', 'name']]);
  });

  it('a missing district with reports blocks the import, unless kept', () => {
    const old = existing({ id: 'old', nameRu: 'Старый район', references: { reports: 3, users: 1 } });
    expect(planDistrictImport([old], town, { keepMissing: false }).blocking.map((d) => [d.id, d.references])).toEqual([['old', { reports: 3, users: 1 }]]);
    const kept = planDistrictImport([old], town, { keepMissing: true });
    expect([kept.blocking, kept.removed, kept.leftAsIs.map((d) => d.id)]).toEqual([[], [], ['old']]);
  });
});

describe('names in Latin letters', () => {
  it.each([
    ['Колпинский район', 'Kolpinsky District', 'kolpinsky'],
    ['Петроградский район', 'Petrogradsky District', 'petrogradsky'],
    ['Щучье озеро', 'Shchuchye ozero', 'shchuchye-ozero'],
    ['Old Town', 'Old Town', 'old-town'],
  ])('%s → %s (%s)', (ru, en, slug) => {
    expect(transliterate(ru)).toBe(en);
    expect(slugOf(ru)).toBe(slug);
  });
});
