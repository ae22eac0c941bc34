import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/db.js';
import { TestClient } from '../../../test/http-client.js';
import { modules } from '../../modules.js';
import type { UserActor } from '../auth/actor.js';
import { createAdministrator } from '../../modules/accounts/index.js';
import { insertTestClassifier, testReasons } from '../../modules/reports/http/public-data-fixtures.js';
import { createApiKey } from '../../modules/reports/use-cases/open311/api-keys.js';
import { fileReport } from '../../modules/reports/use-cases/reports/file-report.js';
import { transitionReport } from '../../modules/reports/use-cases/reports/transition-report.js';
import { strongPassword } from '../../../test/http-client.js';
import { eq } from 'drizzle-orm';
import { createCycle, createHeading, createProposal } from '../../../test/budgeting-fixtures.js';
import { pbProposals } from '../../modules/budgeting/db/schema.js';
import { geocode } from './geocode.js';

type Result = { label: string; kind: string; lat: number; lon: number; bbox: [number, number, number, number] | null };

// The external geocoder: a real HTTP server on this machine whose behaviour each test sets.
let mode: 'ok' | 'error' | 'hang' | 'garbage' = 'ok';
let asked: URL | null = null;
let userAgent = '';
const external = http.createServer((req, res) => {
  asked = new URL(req.url!, 'http://x');
  userAgent = req.headers['user-agent'] ?? '';
  if (mode === 'hang') return; // never answers
  if (mode === 'error') return void res.writeHead(500).end('oops');
  if (mode === 'garbage') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>');
  res.writeHead(200, { 'content-type': 'application/json' }).end(
    JSON.stringify([
      {
        display_name: 'Гостиный двор, Невский проспект, Санкт-Петербург',
        lat: '59.9341',
        lon: '30.3326',
        boundingbox: ['59.9330', '59.9352', '30.3300', '30.3360'],
      },
      // outside the city: never shown
      { display_name: 'Гостиный двор, Москва', lat: '55.7527', lon: '37.6262' },
    ]),
  );
});

let t: TestApp;
let client: TestClient;
const reporter = { email: 'private.person@example.org', name: 'Secret Reporter', phone: '+7 812 999-88-77' };
const nevsky = { lat: 59.9357, lon: 30.326 };

beforeAll(async () => {
  await new Promise<void>((resolve) => external.listen(0, '127.0.0.1', resolve));
  const port = (external.address() as AddressInfo).port;
  t = await testApp({ GEOCODER_URL: `http://127.0.0.1:${port}/`, GEOCODER_TIMEOUT_MS: '300' });
  client = new TestClient(t.app, 'ru');
  await insertTestClassifier(t.database.db);
  const { userId } = await createAdministrator(t.ctx, { email: 'chief@example.org', password: strongPassword, displayName: 'Chief' });
  const moderator: UserActor = {
    kind: 'user',
    userId,
    displayName: 'Chief',
    verification: 'email',
    roles: [{ role: 'administrator', scopeType: 'city', scopeId: null }],
    language: 'ru',
    districtId: null,
  };
  const key = (await createApiKey(t.ctx, 'operator', 'Geo')).row.id;
  const file = (address: string, p: { lat: number; lon: number }) =>
    fileReport(
      t.ctx,
      { apiKeyId: key, email: reporter.email, name: reporter.name },
      {
        reasonId: testReasons.pothole,
        ...p,
        address,
        description: 'A pothole right at the crossing, deep',
        mediaUrl: 'https://photos.example.org/p.jpg',
        extra: { phone: reporter.phone },
      },
      'open311',
    );
  // one street spelt four ways, two houses; another street; one report still in moderation
  const published = [
    await file('Невский пр., 28', nevsky),
    await file('Невский проспект, 28', { lat: nevsky.lat + 0.0002, lon: nevsky.lon + 0.0002 }),
    await file('НЕВСКИЙ ПР-Т, д. 100, кв. 12', { lat: 59.9318, lon: 30.3555 }),
    await file('проспект Невский 102', { lat: 59.9317, lon: 30.3565 }),
    await file('Ёлочная ул., 3', { lat: 59.925, lon: 30.3 }),
  ];
  await file('Тайная ул., 1', { lat: 59.926, lon: 30.301 });
  // a budget proposal placed on a street no report names
  const cycle = await createCycle(t.database, { phase: 'intake' });
  const heading = await createHeading(t.database, cycle.id);
  const proposal = await createProposal(t.database, { id: heading.id, cycleId: cycle.id, districtId: null }, { cost: '100000.00' });
  await t.database.db.update(pbProposals).set({ address: 'наб. канала Грибоедова, 120', lat: 59.9215, lon: 30.3 }).where(eq(pbProposals.id, proposal.id));
  for (const r of published) await transitionReport(t.ctx, moderator, r.number, 'approve', {});
});
afterAll(async () => {
  await t?.close();
  external.closeAllConnections();
  await new Promise((resolve) => external.close(resolve));
});

const search = async (q: string, more = '') => {
  const res = await client.get(`/api/geocode?q=${encodeURIComponent(q)}${more}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: Result[]; external: string };
};

describe('the map search over the city’s own data', () => {
  it('finds a district by its Russian or English name, with a point inside it and the box to fit', async () => {
    const ru = await search('адмиралт');
    const district = ru.items.find((i) => i.kind === 'district')!;
    expect(district).toMatchObject({ label: 'Адмиралтейский район', kind: 'district' });
    const [w, s, e, n] = district.bbox!;
    expect(district.lon).toBeGreaterThan(w);
    expect(district.lon).toBeLessThan(e);
    expect(district.lat).toBeGreaterThan(s);
    expect(district.lat).toBeLessThan(n);
    const en = await new TestClient(t.app, 'en').get('/api/geocode?q=Admiralteysky%20district');
    expect(en.body.items[0]).toMatchObject({ label: 'Admiralteysky District', kind: 'district' });
    expect(en.body.external).toBe('not_asked');
  });

  it('finds a street however it was written, at the middle of its reports, with their extent', async () => {
    for (const q of ['невский', 'Невский пр', 'пр. Невский', 'НЕВСКИЙ ПРОСПЕКТ', 'проспект нев']) {
      const streets = (await search(q)).items.filter((i) => i.kind === 'street');
      expect(streets, q).toHaveLength(1);
      expect(streets[0]!.label, q).toBe('Невский проспект');
    }
    const street = (await search('невский')).items.find((i) => i.kind === 'street');
    // the median of four reports: between the two ends, not pulled to either
    expect(street!.lon).toBeGreaterThan(30.33);
    expect(street!.lon).toBeLessThan(30.355);
    expect(street!.bbox).toEqual([30.326, 59.9317, 30.3565, 59.9359]);
  });

  it('finds a house by its number on the street, the flat left out', async () => {
    const found = await search('невский 10');
    expect(found.items.filter((i) => i.kind === 'address').map((i) => i.label)).toEqual(['Невский проспект, 100', 'Невский проспект, 102']);
    const at28 = (await search('Невский пр., 28')).items[0]!;
    expect(at28).toMatchObject({ kind: 'address', label: 'Невский проспект, 28', bbox: null });
    expect(JSON.stringify(await search('невский 100'))).not.toContain('кв');
  });

  it('reads ё as е and finds nothing of reports the public cannot see', async () => {
    expect((await search('елочная')).items[0]).toMatchObject({ label: 'Ёлочная улица', kind: 'street' });
    expect((await search('тайная')).items).toEqual([]);
  });

  it('finds streets from budget proposals too', async () => {
    const found = await search('Грибоедова');
    expect(found.items.map((i) => i.label)).toContain('набережная канала Грибоедова');
  });

  it('answers with places only, never anything about the people who reported', async () => {
    const body = JSON.stringify(await search('невский'));
    for (const secret of Object.values(reporter)) expect(body).not.toContain(secret);
    for (const item of (await search('невский')).items) expect(Object.keys(item).sort()).toEqual(['bbox', 'kind', 'label', 'lat', 'lon']);
  });

  it('refuses a search shorter than two characters or longer than 200, naming the field', async () => {
    const short = await client.get('/api/geocode?q=%D0%B0');
    expect(short.status).toBe(400);
    expect(short.body.error.fields.q).toBeTruthy();
    expect((await client.get(`/api/geocode?q=${'я'.repeat(201)}`)).status).toBe(400);
    expect((await client.get('/api/geocode?q=невский&limit=500')).status).toBe(400);
  });
});

describe('the external geocoder (GEOCODER_URL)', () => {
  it('is asked only when the person asks, within the city’s box, naming Gorod; what lies outside the city is dropped', async () => {
    mode = 'ok';
    asked = null;
    await search('гостиный двор');
    expect(asked).toBeNull();
    const found = await search('гостиный двор', '&external=true');
    expect(found.external).toBe('ok');
    expect(found.items).toEqual([
      { label: 'Гостиный двор, Невский проспект, Санкт-Петербург', kind: 'external', lat: 59.9341, lon: 30.3326, bbox: [30.33, 59.933, 30.336, 59.9352] },
    ]);
    expect(asked!.pathname).toBe('/search');
    expect(Object.fromEntries(asked!.searchParams)).toMatchObject({ format: 'jsonv2', q: 'гостиный двор', bounded: '1', 'accept-language': 'ru' });
    const [w, n, e, s] = asked!.searchParams.get('viewbox')!.split(',').map(Number);
    expect(w! < 30.3 && e! > 30.4 && s! < 59.9 && n! > 60).toBe(true);
    expect(userAgent).toMatch(/^Gorod\/\S+ \(http:\/\/gorod\.test\)$/);
  });

  it('down, refusing or answering nonsense: the local results still come, marked unavailable', async () => {
    for (const m of ['error', 'garbage'] as const) {
      mode = m;
      const found = await search('елочная', '&external=true');
      expect(found.external, m).toBe('unavailable');
      expect(
        found.items.map((i) => i.label),
        m,
      ).toEqual(['Ёлочная улица']);
    }
  });

  it('too slow: given up after GEOCODER_TIMEOUT_MS, the local results answered', async () => {
    mode = 'hang';
    const started = Date.now();
    const found = await search('елочная', '&external=true');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(found).toMatchObject({ external: 'unavailable', items: [expect.objectContaining({ label: 'Ёлочная улица' })] });
  });

  it('off without GEOCODER_URL: never asked', async () => {
    mode = 'ok';
    asked = null;
    const found = await geocode({ ...t.ctx, config: { ...t.ctx.config, geocoderUrl: undefined } }, modules, 'елочная', {
      limit: 8,
      external: true,
      lang: 'ru',
    });
    expect(found.external).toBe('off');
    expect(found.items[0]!.label).toBe('Ёлочная улица');
    expect(asked).toBeNull();
  });
});
