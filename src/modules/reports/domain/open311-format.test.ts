import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, open311Status, parseW3cDateTime, renderOpen311, renderOpen311Errors, toXml, w3cDateTime } from './open311-format.js';

describe('W3C date-times', () => {
  it('carry the city’s offset, or Z in UTC', () => {
    const at = new Date('2026-03-02T11:05:09.789Z');
    expect(w3cDateTime(at, 'Europe/Moscow')).toBe('2026-03-02T14:05:09+03:00');
    expect(w3cDateTime(at, 'UTC')).toBe('2026-03-02T11:05:09Z');
    expect(w3cDateTime(at, 'America/St_Johns')).toBe('2026-03-02T07:35:09-03:30');
    // a zone with daylight saving changes its offset through the year
    expect(w3cDateTime(new Date('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toBe('2026-07-01T14:00:00+02:00');
    expect(w3cDateTime(new Date('2026-01-01T12:00:00Z'), 'Europe/Berlin')).toBe('2026-01-01T13:00:00+01:00');
  });

  it('are read back with their zone; a bare date is the start of that day in the city', () => {
    expect(parseW3cDateTime('2010-01-01T00:00:00Z', 'Europe/Moscow')?.toISOString()).toBe('2010-01-01T00:00:00.000Z');
    expect(parseW3cDateTime('1994-11-05T08:15:30-05:00', 'Europe/Moscow')?.toISOString()).toBe('1994-11-05T13:15:30.000Z');
    expect(parseW3cDateTime('2026-03-02T14:05+03:00', 'UTC')?.toISOString()).toBe('2026-03-02T11:05:00.000Z');
    expect(parseW3cDateTime('2026-03-02T14:05:09.5+03:00', 'UTC')?.toISOString()).toBe('2026-03-02T11:05:09.500Z');
    expect(parseW3cDateTime('2026-03-02', 'Europe/Moscow')?.toISOString()).toBe('2026-03-01T21:00:00.000Z');
    const round = new Date('2026-05-09T07:00:00Z');
    expect(parseW3cDateTime(w3cDateTime(round, 'Europe/Moscow'), 'UTC')?.getTime()).toBe(round.getTime());
  });

  it.each(['yesterday', '2026-02-30', '2026-13-01', '2026-03-02T25:00:00Z', '2026-03-02T10:00:00', '2026-03-02 10:00:00Z', '2026-03-02T10:00:00+15:00', ''])(
    'refuses %j',
    (text) => {
      expect(parseW3cDateTime(text, 'UTC')).toBeNull();
    },
  );
});

describe('statuses', () => {
  it.each([
    ['moderation', 'open'],
    ['sent', 'open'],
    ['in_progress', 'open'],
    ['answer_moderation', 'open'],
    ['answered', 'open'],
    ['reopened', 'open'],
    ['closed', 'closed'],
    ['rejected', 'closed'],
    ['duplicate', 'closed'],
    ['not_competent', 'closed'],
  ] as const)('%s is %s', (status, expected) => {
    expect(open311Status(status)).toBe(expected);
  });
});

describe('XML', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &apos;y&apos;)&lt;/script&gt;');
    expect(escapeXml('a\u0000b\u0007c\u000bd\ud800e')).toBe('abcde');
    expect(escapeXml('line\nbreak\ttab ✓ 𝄞')).toBe('line\nbreak\ttab ✓ 𝄞');
  });

  it('names array items, writes null as an empty element, leaves undefined out, and parses back', () => {
    const xml = toXml(
      'services',
      [
        { service_code: '1', service_name: 'Яма <на> дороге & "тротуар"', metadata: true, description: null, group: undefined },
        { service_code: '2', service_name: 'Снег', metadata: false, description: 'x' },
      ],
      { services: 'service' },
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<services>\n  <service>\n')).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<group');
    expect(xml).toContain('<description/>');
    const parsed = new XMLParser({ parseTagValue: false }).parse(xml);
    expect(parsed.services.service[0].service_name).toBe('Яма <на> дороге & "тротуар"');
    expect(parsed.services.service[1].metadata).toBe('false');
  });

  it('renders the same value as a JSON array and as XML', () => {
    const value = [{ service_request_id: '42', status: 'open', lat: 59.93, long: 30.31 }];
    expect(JSON.parse(renderOpen311('json', 'service_requests', value))).toEqual(value);
    const xml = renderOpen311('xml', 'service_requests', value);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<service_requests>\n  <request>\n    <service_request_id>42</service_request_id>');
  });

  it('writes errors as the spec shows them', () => {
    const errors = [{ code: 403, description: 'Invalid api_key <x>' }];
    expect(JSON.parse(renderOpen311Errors('json', errors))).toEqual(errors);
    expect(renderOpen311Errors('xml', errors)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<errors>\n  <error>\n    <code>403</code>\n    <description>Invalid api_key &lt;x&gt;</description>\n  </error>\n</errors>\n',
    );
  });

  it('writes an empty list as an empty root', () => {
    expect(renderOpen311('xml', 'service_requests', [])).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<service_requests/>\n');
    expect(renderOpen311('json', 'service_requests', [])).toBe('[]');
  });
});
