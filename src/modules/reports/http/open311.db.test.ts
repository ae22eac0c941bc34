import { eq, sql } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient, strongPassword } from '../../../../test/http-client.js';
import { createAdministrator } from '../../accounts/index.js';
import { reports } from '../db/schema.js';
import { createApiKey, revokeApiKey } from '../use-cases/open311/api-keys.js';
import { insertTestClassifier, inCity, testReasons } from './public-data-fixtures.js';

let t: TestApp;
let admin: TestClient;
let key: string;
let otherKey: string;
const xml = new XMLParser({ parseTagValue: false, isArray: (name) => ['service', 'request', 'error', 'attribute', 'endpoint', 'format'].includes(name) });

type Res = { status: number; body: string; type: string; json: () => any; xml: () => any };

async function call(method: 'GET' | 'POST', url: string, opts: { form?: string; json?: unknown; lang?: string } = {}): Promise<Res> {
  const headers: Record<string, string> = { 'accept-language': opts.lang ?? 'en' };
  let payload: string | undefined;
  if (opts.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded; charset=utf-8';
    payload = opts.form;
  } else if (opts.json !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(opts.json);
  }
  const res = await t.app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
  return {
    status: res.statusCode,
    body: res.body,
    type: String(res.headers['content-type']),
    json: () => JSON.parse(res.body),
    xml: () => {
      expect(XMLValidator.validate(res.body)).toBe(true);
      return xml.parse(res.body);
    },
  };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const v2 = '/open311/v2';

beforeAll(async () => {
  t = await testApp();
  await insertTestClassifier(t.database.db);
  key = (await createApiKey(t.ctx, 'operator', 'Test client')).key;
  otherKey = (await createApiKey(t.ctx, 'operator', 'Other client')).key;
  await createAdministrator(t.ctx, { email: 'chief@example.org', password: strongPassword, displayName: 'Chief' });
  admin = new TestClient(t.app, 'en');
  expect((await admin.post('/api/auth/login', { email: 'chief@example.org', password: strongPassword })).status).toBe(200);
});
afterAll(async () => t?.close());

describe('Open311 discovery and services', () => {
  it('discovery in both formats, with the endpoint and its formats', async () => {
    const j = await call('GET', `${v2}/discovery.json`);
    expect(j.status).toBe(200);
    expect(j.type).toBe('application/json; charset=utf-8');
    const d = j.json();
    expect(d).toMatchObject({
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: 'http://gorod.test/open311/v2',
          type: 'production',
          formats: ['text/xml', 'application/json'],
        },
      ],
    });
    expect(d.changeset).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
    expect(typeof d.contact).toBe('string');
    expect(typeof d.key_service).toBe('string');
    const x = await call('GET', `${v2}/discovery.xml`);
    expect(x.type).toBe('text/xml; charset=utf-8');
    expect(x.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<discovery>')).toBe(true);
    expect(x.xml().discovery.endpoints.endpoint[0].formats.format).toEqual(['text/xml', 'application/json']);
  });

  it('services: a top-level array of public, filable reasons with string codes; archived ones are left out', async () => {
    const list = (await call('GET', `${v2}/services.json`)).json();
    expect(Array.isArray(list)).toBe(true);
    const pothole = list.find((s: any) => s.service_code === String(testReasons.pothole));
    expect(pothole).toEqual({
      service_code: String(testReasons.pothole),
      service_name: 'Pothole on the pavement',
      description: 'A hole in the pavement',
      metadata: false,
      type: 'batch',
      keywords: 'Street, Roads',
      group: 'Roads',
    });
    expect(list.find((s: any) => s.service_code === String(testReasons.leak)).metadata).toBe(true);
    expect(list.some((s: any) => s.service_code === String(testReasons.archived))).toBe(false);
    const ru = (await call('GET', `${v2}/services.json`, { lang: 'ru' })).json();
    expect(ru.find((s: any) => s.service_code === String(testReasons.pothole)).service_name).toBe('Яма на тротуаре');
    const x = (await call('GET', `${v2}/services.xml`)).xml();
    expect(x.services.service.find((s: any) => s.service_code === String(testReasons.leak))).toMatchObject({ metadata: 'true', type: 'batch', group: 'Roads' });
  });

  it('a service definition: the reason’s extra fields as attributes', async () => {
    const d = (await call('GET', `${v2}/services/${testReasons.leak}.json`)).json();
    expect(d.service_code).toBe(String(testReasons.leak));
    expect(d.attributes).toEqual([
      {
        variable: true,
        code: 'stairs',
        datatype: 'string',
        required: true,
        datatype_description: expect.any(String),
        order: 1,
        description: 'Entrance (парадная) number',
      },
      {
        variable: true,
        code: 'apartment',
        datatype: 'string',
        required: false,
        datatype_description: expect.any(String),
        order: 2,
        description: 'Apartment number',
      },
    ]);
    const x = (await call('GET', `${v2}/services/${testReasons.leak}.xml`)).xml();
    expect(x.service_definition.attributes.attribute.map((a: any) => a.code)).toEqual(['stairs', 'apartment']);
    const empty = (await call('GET', `${v2}/services/${testReasons.pothole}.xml`)).xml();
    expect(empty.service_definition.attributes).toBe('');
  });

  it('unknown and archived services are 404 in the spec’s error format', async () => {
    for (const code of ['424242', String(testReasons.archived), 'abc']) {
      const j = await call('GET', `${v2}/services/${code}.json`);
      expect(j.status, code).toBe(404);
      expect(j.json()).toEqual([{ code: 404, description: expect.stringContaining('No service') }]);
    }
    const x = await call('GET', `${v2}/services/424242.xml`);
    expect(x.status).toBe(404);
    expect(x.xml().errors.error).toEqual([{ code: '404', description: expect.any(String) }]);
  });

  it('an unknown resource or format is a 404 in the spec’s format', async () => {
    expect((await call('GET', `${v2}/nothing.json`)).json()[0].code).toBe(404);
    const html = await call('GET', `${v2}/services.html`);
    expect(html.status).toBe(404);
    expect(html.xml().errors.error[0].code).toBe('404');
  });

  it('serves its one jurisdiction: leaving it out or naming it is fine, another is 404', async () => {
    expect((await call('GET', `${v2}/services.json?jurisdiction_id=gorod.test`)).status).toBe(200);
    expect((await call('GET', `${v2}/services.json?jurisdiction_id=`)).status).toBe(200);
    const other = await call('GET', `${v2}/services.json?jurisdiction_id=sfgov.org`);
    expect(other.status).toBe(404);
    expect(other.json()[0].description).toContain('gorod.test');
  });
});

describe('Open311 POST Service Request', () => {
  const base = () => ({
    api_key: key,
    service_code: String(testReasons.pothole),
    lat: String(inCity.lat),
    long: String(inCity.lon),
    description: 'A deep hole in the pavement near the bus stop',
    media_url: 'https://photos.example.org/hole.jpg',
  });

  it('without a key: 403 with [{code, description}], in XML too; a wrong or revoked key likewise', async () => {
    const { api_key: _omit, ...noKey } = base();
    const res = await call('POST', `${v2}/requests.json`, { form: form(noKey) });
    expect(res.status).toBe(403);
    expect(res.json()).toEqual([{ code: 403, description: expect.stringContaining('api_key') }]);
    const x = await call('POST', `${v2}/requests.xml`, { form: form(noKey) });
    expect(x.status).toBe(403);
    expect(x.xml().errors.error[0]).toMatchObject({ code: '403' });
    expect((await call('POST', `${v2}/requests.json`, { form: form({ ...base(), api_key: 'gorod_not-a-key' }) })).status).toBe(403);
    const doomed = await createApiKey(t.ctx, 'operator', 'Doomed');
    await revokeApiKey(t.ctx, 'operator', doomed.row.id);
    const revoked = await call('POST', `${v2}/requests.json`, { form: form({ ...base(), api_key: doomed.key }) });
    expect(revoked.status).toBe(403);
    expect(revoked.json()[0].description).toContain('revoked');
  });

  it('without a location: 400; an address alone is not placed either', async () => {
    const { lat: _a, long: _b, ...noPlace } = base();
    const res = await call('POST', `${v2}/requests.json`, { form: form(noPlace) });
    expect(res.status).toBe(400);
    expect(res.json()[0]).toMatchObject({ code: 400, description: expect.stringMatching(/^lat: /) });
    const address = await call('POST', `${v2}/requests.json`, { form: form({ ...noPlace, address_string: 'Nevsky prospekt 1' }) });
    expect(address.status).toBe(400);
    expect(address.json()[0].description).toContain('long');
  });

  it('unknown service: 404; missing service_code: 400; outside the city, short description, bad attribute: 400 naming the field', async () => {
    expect((await call('POST', `${v2}/requests.json`, { form: form({ ...base(), service_code: '424242' }) })).status).toBe(404);
    const { service_code: _c, ...noCode } = base();
    const missing = await call('POST', `${v2}/requests.json`, { form: form(noCode) });
    expect(missing.status).toBe(400);
    expect(missing.json()[0].description).toMatch(/^service_code: /);
    const moscow = await call('POST', `${v2}/requests.json`, { form: form({ ...base(), lat: '55.7558', long: '37.6173' }) });
    expect(moscow.status).toBe(400);
    expect(moscow.json()[0].description).toMatch(/^lat: /);
    const short = await call('POST', `${v2}/requests.json`, { form: form({ ...base(), description: 'hole' }) });
    expect(short.status).toBe(400);
    expect(short.json()[0].description).toMatch(/^description: /);
    const attr = await call('POST', `${v2}/requests.json`, { form: `${form(base())}&attribute[colour]=red` });
    expect(attr.status).toBe(400);
    expect(attr.json()[0].description).toMatch(/^attribute\[colour\]: /);
    const { media_url: _m, ...noPhoto } = base();
    const photo = await call('POST', `${v2}/requests.json`, { form: form(noPhoto) });
    expect(photo.status).toBe(400);
    expect(photo.json()[0].description).toMatch(/^media_url: /);
    const required = await call('POST', `${v2}/requests.json`, { form: form({ ...base(), service_code: String(testReasons.leak) }) });
    expect(required.status).toBe(400);
    // the web's message names the field itself ("Fill in …"): named once
    expect(required.json()[0].description.match(/attribute\[stairs\]/g)).toHaveLength(1);
  });

  it('a body that is neither a form nor JSON is 400 in the spec’s format', async () => {
    const res = await t.app.inject({ method: 'POST', url: `${v2}/requests.json`, headers: { 'content-type': 'text/csv' }, payload: 'a,b' });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body)[0].code).toBe(400);
    const bad = await t.app.inject({ method: 'POST', url: `${v2}/requests.json`, headers: { 'content-type': 'application/json' }, payload: '{"api_key":' });
    expect(bad.statusCode).toBe(400);
  });

  it('files a form-encoded report: a token, then the same lifecycle as the web — on moderation, public once approved', async () => {
    const res = await call('POST', `${v2}/requests.xml`, {
      form: `${form({ ...base(), service_code: String(testReasons.leak), email: 'reporter@example.org', first_name: 'Ivan', last_name: 'Petrov', phone: '+7 812 555-12-34', address_string: 'Nevsky 10' })}&attribute[stairs]=2&attribute[apartment]=45`,
    });
    expect(res.status).toBe(200);
    const answer = res.xml().service_requests.request;
    expect(answer).toHaveLength(1);
    expect(answer[0].token).toMatch(/^[A-Za-z0-9_-]{8,}$/);
    expect(answer[0].service_request_id).toBeUndefined();
    expect(answer[0].service_notice).toContain('working day');
    expect(res.body).not.toMatch(/reporter@example\.org|Petrov|555-12-34/);

    const tok = (await call('GET', `${v2}/tokens/${answer[0].token}.json`)).json();
    expect(tok).toEqual([{ service_request_id: expect.stringMatching(/^\d+$/), token: answer[0].token }]);
    const id = tok[0].service_request_id;
    const [row] = await t.database.db
      .select()
      .from(reports)
      .where(eq(reports.number, Number(id)));
    expect(row).toMatchObject({ source: 'open311', status: 'moderation', mediaUrl: 'https://photos.example.org/hole.jpg', address: 'Nevsky 10' });
    expect(row!.extra).toMatchObject({
      stairs: '2',
      apartment: '45',
      phone: '+7 812 555-12-34',
      contactEmail: 'reporter@example.org',
      contactName: 'Ivan Petrov',
    });

    // not public while on moderation; its client sees it with its key, another client does not
    expect((await call('GET', `${v2}/requests/${id}.json`)).status).toBe(404);
    expect((await call('GET', `${v2}/requests/${id}.json?api_key=${encodeURIComponent(otherKey)}`)).status).toBe(404);
    const own = (await call('GET', `${v2}/requests/${id}.json?api_key=${encodeURIComponent(key)}`)).json();
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({
      service_request_id: id,
      status: 'open',
      status_notes: 'On moderation.',
      service_code: String(testReasons.leak),
      media_url: 'https://photos.example.org/hole.jpg',
      address: 'Nevsky 10',
    });

    // a moderator approves it on the web: from then on anyone sees it, with the department and the deadline
    const approve = await admin.post(`/api/reports/${id}/approve`, {});
    expect(approve.status).toBe(200);
    const x = await call('GET', `${v2}/requests/${id}.xml`);
    expect(x.status).toBe(200);
    const [req] = x.xml().service_requests.request;
    expect(req).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_name: 'Leak in the entrance',
      agency_responsible: 'Committee for Transport Infrastructure',
      lat: String(inCity.lat),
      long: String(inCity.lon),
    });
    for (const f of ['requested_datetime', 'updated_datetime', 'expected_datetime']) expect(req[f], f).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);
    expect(x.body).not.toMatch(/reporter@example\.org|Petrov|555-12-34|Ivan/);
    const j = (await call('GET', `${v2}/requests/${id}.json`)).json();
    expect(Object.keys(j[0])).toEqual([
      'service_request_id',
      'status',
      'status_notes',
      'service_name',
      'service_code',
      'description',
      'agency_responsible',
      'service_notice',
      'requested_datetime',
      'updated_datetime',
      'expected_datetime',
      'address',
      'address_id',
      'zipcode',
      'lat',
      'long',
      'media_url',
    ]);
    expect(typeof j[0].lat).toBe('number');
    expect(JSON.stringify(j)).not.toMatch(/reporter@example\.org|Petrov|555-12-34|stairs|apartment/);
  });

  it('files a JSON report too, with the key in the query string', async () => {
    const { api_key: _k, ...body } = base();
    const res = await call('POST', `${v2}/requests.json?api_key=${encodeURIComponent(key)}`, { json: { ...body, attribute: {} } });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual([{ token: expect.any(String), service_notice: expect.any(String), account_id: null }]);
  });

  it('unknown tokens are 404', async () => {
    expect((await call('GET', `${v2}/tokens/doesnotexist123.json`)).status).toBe(404);
    expect((await call('GET', `${v2}/tokens/x.xml`)).xml().errors.error[0].code).toBe('404');
  });
});

describe('Open311 GET Service Requests', () => {
  let numbers: number[];
  beforeAll(async () => {
    numbers = [];
    for (const [i, status] of (['sent', 'closed', 'in_progress'] as const).entries()) {
      const res = await call('POST', `${v2}/requests.json`, {
        form: form({
          api_key: key,
          service_code: String(testReasons.pothole),
          lat: String(inCity.lat + i / 1000),
          long: String(inCity.lon),
          description: `Report number ${i} about the pavement`,
          media_url: 'https://photos.example.org/x.jpg',
        }),
      });
      const id = Number((await call('GET', `${v2}/tokens/${res.json()[0].token}.json`)).json()[0].service_request_id);
      await t.database.db
        .update(reports)
        .set({ status, createdAt: new Date(Date.now() - (3 - i) * 3600_000) })
        .where(eq(reports.number, id));
      numbers.push(id);
    }
  });

  it('a comma list of ids, in the order asked, unpublished ones left out', async () => {
    const [a, b, c] = numbers as [number, number, number];
    const list = (await call('GET', `${v2}/requests.json?service_request_id=${c},${a},999999`)).json();
    expect(list.map((r: any) => r.service_request_id)).toEqual([String(c), String(a)]);
    expect(list.map((r: any) => r.status)).toEqual(['open', 'open']);
    const x = (await call('GET', `${v2}/requests.xml?service_request_id=${b}`)).xml();
    expect(x.service_requests.request[0]).toMatchObject({ service_request_id: String(b), status: 'closed' });
  });

  it('filters by status, service code and dates; newest first', async () => {
    const mine = (r: any) => numbers.includes(Number(r.service_request_id));
    const open = (await call('GET', `${v2}/requests.json?status=open&service_code=${testReasons.pothole}`)).json().filter(mine);
    expect(open.map((r: any) => Number(r.service_request_id))).toEqual([numbers[2], numbers[0]]);
    const closed = (await call('GET', `${v2}/requests.json?status=closed`)).json().filter(mine);
    expect(closed.map((r: any) => Number(r.service_request_id))).toEqual([numbers[1]]);
    const both = (await call('GET', `${v2}/requests.json?status=open,closed`)).json().filter(mine);
    expect(both).toHaveLength(3);
    const other = (await call('GET', `${v2}/requests.json?service_code=${testReasons.leak}`)).json().filter(mine);
    expect(other).toEqual([]);
    const start = new Date(Date.now() - 150 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const recent = (await call('GET', `${v2}/requests.json?start_date=${start}`)).json().filter(mine);
    expect(recent.map((r: any) => Number(r.service_request_id))).toEqual([numbers[2], numbers[1]]);
    const old = (await call('GET', `${v2}/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z`)).json();
    expect(old).toEqual([]);
  });

  it('refuses bad filters with 400', async () => {
    for (const q of ['status=pending', 'service_request_id=abc', 'start_date=yesterday', 'start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z']) {
      const res = await call('GET', `${v2}/requests.json?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.json()[0].code).toBe(400);
    }
  });

  it('hides reports hidden by community moderation', async () => {
    await t.database.db.update(reports).set({ moderation: 'hidden' }).where(eq(reports.number, numbers[0]!));
    expect((await call('GET', `${v2}/requests/${numbers[0]}.json`)).status).toBe(404);
    expect((await call('GET', `${v2}/requests.json?service_request_id=${numbers[0]}`)).json()).toEqual([]);
    await t.database.db.update(reports).set({ moderation: 'visible' }).where(eq(reports.number, numbers[0]!));
  });

  it('notes the key’s last use', async () => {
    const [row] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from api_keys where last_used_at is not null`);
    expect(row!.n).toBeGreaterThanOrEqual(1);
  });
});

describe('Open311 input beyond its types', () => {
  const filing = () => ({
    api_key: key,
    service_code: String(testReasons.pothole),
    lat: String(inCity.lat),
    long: String(inCity.lon),
    description: 'A deep hole in the pavement near the bus stop',
    media_url: 'https://photos.example.org/hole.jpg',
  });
  const post = (payload: string, type: string, format = 'json') =>
    t.app.inject({ method: 'POST', url: `${v2}/requests.${format}`, headers: { 'content-type': type, 'accept-language': 'en' }, payload });
  const objectNames = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];

  // an attribute named after one of Object's own properties once crashed the reader: a 500 instead of the spec's 400
  it.each(objectNames)('attribute[%s] in a form is a 400 in the spec’s format naming it', async (code) => {
    const res = await post(`${form(filing())}&attribute[${code}]=3`, 'application/x-www-form-urlencoded');
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body)).toEqual([{ code: 400, description: expect.stringMatching(new RegExp(`^attribute\\[${code}\\]: `)) }]);
    const twice = await post(`${form(filing())}&attribute[${code}]=3&attribute[${code}]=4`, 'application/x-www-form-urlencoded', 'xml');
    expect(twice.statusCode).toBe(400);
    expect(xml.parse(twice.body).errors.error[0].description).toMatch(new RegExp(`^attribute\\[${code}\\]: `));
  });

  it.each(objectNames)('attribute %s in a JSON body, flat or nested, is a 400 in the spec’s format naming it', async (code) => {
    const fields = JSON.stringify(filing()).slice(1, -1);
    for (const payload of [`{${fields},"attribute[${code}]":"3"}`, `{${fields},"attribute":{"${code}":"3"}}`, `{${fields},"attribute":{"${code}":["3"]}}`]) {
      const res = await post(payload, 'application/json');
      expect(res.statusCode, payload).toBe(400);
      const errors = JSON.parse(res.body);
      expect(errors, payload).toEqual([{ code: 400, description: expect.stringContaining(`attribute[${code}]`) }]);
    }
  });

  it('a field is named once in each error', async () => {
    const bad = await call('GET', `${v2}/requests.json?service_request_id=abc`);
    expect(bad.status).toBe(400);
    const [error] = bad.json();
    expect(error.description).toMatch(/^service_request_id: /);
    expect(error.description.match(/service_request_id/g)).toHaveLength(1);
    const { service_code: _c, ...noCode } = filing();
    const missing = await call('POST', `${v2}/requests.json`, { form: form(noCode) });
    expect(missing.json()[0].description).toMatch(/^service_code: /);
    expect(missing.json()[0].description.match(/service_code/g)).toHaveLength(1);
    const nul = await call('POST', `${v2}/requests.json`, { json: { ...filing(), description: 'A hole\u0000 in the road here' } });
    expect(nul.status).toBe(400);
    expect(nul.json()[0].description).toMatch(/^description\b/);
    expect(nul.json()[0].description.match(/description/g)).toHaveLength(1);
  });
});
