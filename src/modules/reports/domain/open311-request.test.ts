import { describe, expect, it } from 'vitest';
import { pairsFromJson, readRequestsQuery, readSubmission, type FieldPairs } from './open311-request.js';

const form = (text: string): FieldPairs => [...new URLSearchParams(text).entries()];
const now = new Date('2026-06-01T12:00:00Z');

describe('POST Service Request fields', () => {
  it('reads the spec’s example request', () => {
    const read = readSubmission(
      form(
        'api_key=xyz&jurisdiction_id=city.gov&service_code=001&lat=37.76524078&long=-122.4212043&address_string=1234+5th+street&email=smit333%40sfgov.edu&device_id=tt222111&account_id=123456&first_name=john&last_name=smith&phone=111111111&description=A+large+sinkhole+is+destroying+the+street&media_url=http%3A%2F%2Ffarm3.static.flickr.com%2F2002%2F2212426634_5ed477a060.jpg&attribute[WHISPAWN]=123456&attribute[WHISDORN]=COISL001',
      ),
    );
    expect(read).toEqual({
      ok: true,
      value: {
        apiKey: 'xyz',
        jurisdictionId: 'city.gov',
        serviceCode: '001',
        lat: 37.76524078,
        long: -122.4212043,
        addressString: '1234 5th street',
        addressId: null,
        email: 'smit333@sfgov.edu',
        deviceId: 'tt222111',
        accountId: '123456',
        firstName: 'john',
        lastName: 'smith',
        phone: '111111111',
        description: 'A large sinkhole is destroying the street',
        mediaUrl: 'http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg',
        attributes: new Map([
          ['WHISPAWN', ['123456']],
          ['WHISDORN', ['COISL001']],
        ]),
      },
    });
  });

  it('takes list attributes, treats empty values as absent and ignores unknown fields', () => {
    const read = readSubmission(form('service_code=5&lat=59.9&long=30.3&attribute[floor][]=1&attribute[floor][]=2&email=&extension_field=x'));
    expect(read.ok && read.value.attributes).toEqual(new Map([['floor', ['1', '2']]]));
    expect(read.ok && read.value.email).toBeNull();
  });

  it.each([
    ['no service code', 'lat=59.9&long=30.3', [{ field: 'service_code', problem: 'missing' }]],
    ['a service code that is no id', 'service_code=abc&lat=59.9&long=30.3', [{ field: 'service_code', problem: 'invalid' }]],
    ['no location', 'service_code=5', [{ field: 'lat', problem: 'location_missing' }]],
    ['lat without long', 'service_code=5&lat=59.9', [{ field: 'long', problem: 'lat_long_pair' }]],
    ['words for a latitude', 'service_code=5&lat=north&long=30', [{ field: 'lat', problem: 'not_a_number' }]],
    ['a latitude off the globe', 'service_code=5&lat=91&long=30', [{ field: 'lat', problem: 'out_of_range' }]],
    ['a field twice', 'service_code=5&service_code=6&lat=1&long=2', [{ field: 'service_code', problem: 'repeated' }]],
    ['a single attribute twice', 'service_code=5&lat=1&long=2&attribute[floor]=1&attribute[floor]=2', [{ field: 'attribute[floor]', problem: 'repeated' }]],
    ['a description over 4,000 characters', `service_code=5&lat=1&long=2&description=${'x'.repeat(4001)}`, [{ field: 'description', problem: 'invalid' }]],
  ])('refuses %s', (_what, text, problems) => {
    expect(readSubmission(form(text))).toEqual({ ok: false, problems });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'])(
    'reads an attribute named %s as a code like any other (Object’s own names once crashed the reader)',
    (code) => {
      const read = readSubmission(form(`service_code=5&lat=59.9&long=30.3&attribute[${code}]=1&attribute[${code}]=2`));
      expect(read.ok).toBe(false);
      expect(!read.ok && read.problems).toEqual([{ field: `attribute[${code}]`, problem: 'repeated' }]);
      const single = readSubmission(form(`service_code=5&lat=59.9&long=30.3&attribute[${code}]=1`));
      expect(single.ok && [...single.value.attributes]).toEqual([[code, ['1']]]);
    },
  );

  it('ignores plain fields named after Object’s own properties', () => {
    const read = readSubmission(form('service_code=5&lat=59.9&long=30.3&toString=x&__proto__=y&constructor=z'));
    expect(read.ok).toBe(true);
  });

  it('cleans what a client sends by the one text rule: a description keeps its paragraphs, names and lines lose controls and overrides', () => {
    const read = readSubmission([
      ['service_code', '5'],
      ['lat', '59.9'],
      ['long', '30.3'],
      ['description', 'Яма\u0000 у дома\r\n\r\n\r\nглубокая\u202e'],
      ['first_name', ' Анна\u202e '],
      ['address_string', 'Невский\n  1'],
      ['attribute[floor]', ' 3\u200b '],
    ]);
    expect(read.ok && read.value).toMatchObject({ description: 'Яма у дома\n\nглубокая', firstName: 'Анна', addressString: 'Невский 1' });
    expect(read.ok && read.value.attributes.get('floor')).toEqual(['3']);
  });

  it('accepts an address alone as a location (the use case then asks for coordinates)', () => {
    expect(readSubmission(form('service_code=5&address_string=Nevsky+1')).ok).toBe(true);
  });

  it('reads JSON bodies: attribute objects, flat attribute keys, arrays, numbers', () => {
    expect(
      pairsFromJson({ service_code: 5, lat: 59.9, long: 30.3, attribute: { floor: '3', stairs: ['1', '2'] }, 'attribute[apartment]': '12', nothing: null }),
    ).toEqual([
      ['service_code', '5'],
      ['lat', '59.9'],
      ['long', '30.3'],
      ['attribute[floor]', '3'],
      ['attribute[stairs][]', '1'],
      ['attribute[stairs][]', '2'],
      ['attribute[apartment]', '12'],
    ]);
    expect(pairsFromJson([1, 2])).toBeNull();
    expect(pairsFromJson({ lat: { deep: 1 } })).toBeNull();
    expect(pairsFromJson('text')).toBeNull();
  });
});

describe('GET Service Requests filters', () => {
  it('defaults to the last 90 days', () => {
    const read = readRequestsQuery({}, now, 'UTC');
    expect(read).toEqual({ ok: true, value: { kind: 'search', serviceCodes: null, statuses: null, start: new Date('2026-03-03T12:00:00Z'), end: now } });
  });

  it('lets service_request_id override everything else, in order, without repeats', () => {
    expect(readRequestsQuery({ service_request_id: '7, 3,7', status: 'bogus', start_date: 'nonsense' }, now, 'UTC')).toEqual({
      ok: true,
      value: { kind: 'ids', ids: [7, 3] },
    });
  });

  it('reads comma lists, repeated parameters and a window from one end', () => {
    const read = readRequestsQuery({ service_code: ['1,2', '3'], status: 'open,closed', start_date: '2026-01-01T00:00:00Z' }, now, 'UTC');
    expect(read).toEqual({
      ok: true,
      value: {
        kind: 'search',
        serviceCodes: [1, 2, 3],
        statuses: ['open', 'closed'],
        start: new Date('2026-01-01T00:00:00Z'),
        end: new Date('2026-04-01T00:00:00Z'),
      },
    });
    const back = readRequestsQuery({ end_date: '2026-04-01T00:00:00+03:00' }, now, 'UTC');
    expect(back.ok && back.value.kind === 'search' && back.value.start.toISOString()).toBe('2025-12-31T21:00:00.000Z');
  });

  it.each([
    [{ service_request_id: '12,abc' }, 'service_request_id', 'invalid'],
    [{ service_request_id: '0' }, 'service_request_id', 'invalid'],
    [{ status: 'pending' }, 'status', 'invalid'],
    [{ service_code: 'x' }, 'service_code', 'invalid'],
    [{ start_date: 'last week' }, 'start_date', 'invalid'],
    [{ start_date: '2026-03-01T00:00:00Z', end_date: '2026-02-01T00:00:00Z' }, 'start_date', 'date_order'],
    [{ start_date: '2026-01-01T00:00:00Z', end_date: '2026-05-01T00:00:00Z' }, 'end_date', 'date_span'],
  ])('refuses %j', (query, field, problem) => {
    const read = readRequestsQuery(query, now, 'UTC');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0]).toMatchObject({ field, problem });
  });
});
