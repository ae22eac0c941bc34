import { describe, expect, it } from 'vitest';
import type { PublicReportRow } from '../use-cases/public/public-reports.js';
import { readCsv } from '../../../core/csv/csv.js';
import { csvField, csvHeader, csvLine, csvLines, geoJsonFeature, openDataColumns, openDataRecord } from './public-data-export.js';
import { excerptOf } from './public-data-presenters.js';

const row = {
  id: 'internal-id',
  number: 17,
  status: 'sent',
  source: 'web',
  reasonId: 5,
  reasonNameRu: 'Яма',
  reasonNameEn: 'Pothole',
  resolutionDays: 8,
  categoryId: 2,
  categoryNameRu: 'Дороги',
  categoryNameEn: 'Roads',
  objectNameRu: 'Улица',
  objectNameEn: 'Street',
  districtId: 'nevsky',
  departmentId: 'committee-roads',
  departmentNameRu: 'Комитет, "дорожный"',
  departmentNameEn: 'Roads',
  lat: 59.9,
  lon: 30.4,
  address: '=HYPERLINK("http://evil")',
  description: 'Line one,\nline "two"',
  createdAt: new Date('2026-03-01T10:00:00Z'),
  createdUs: '1772359200000000',
  statusChangedAt: new Date('2026-03-02T10:00:00Z'),
  dueAt: null,
  resolutionDueAt: new Date('2026-03-01T11:00:00Z'),
  overdueAt: null,
  answerText: null,
  answerPublishedAt: null,
  closedAt: null,
  rejectionTextRu: null,
  rejectionTextEn: null,
  duplicateOfNumber: null,
  supportCount: 3,
  mediaUrl: null,
  photoId: null,
} as PublicReportRow;

describe('open data', () => {
  it('a record has exactly the published columns, in order', () => {
    const rec = openDataRecord(row, new Date('2026-03-05T00:00:00Z'), 'https://gorod.example');
    expect(Object.keys(rec)).toEqual([...openDataColumns]);
    expect(rec).toMatchObject({ number: 17, url: 'https://gorod.example/reports/17', overdue: true, department: 'Комитет, "дорожный"' });
    expect(csvHeader).toBe(`${openDataColumns.join(',')}\r\n`);
  });

  it('CSV fields are quoted when needed and cannot start a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-5 degrees')).toBe("'-5 degrees");
    expect(csvField(-5.5)).toBe('-5.5');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
    const line = csvLine(openDataRecord(row, new Date('2026-03-05T00:00:00Z'), ''));
    expect(line).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(line).toContain('"Line one,\nline ""two"""');
    expect(line.endsWith('\r\n')).toBe(true);
  });

  it('a batch of lines reads back as the records, one per line, with the formula guard', () => {
    const rec = openDataRecord(row, new Date('2026-03-05T00:00:00Z'), '');
    const text = csvHeader + csvLines([rec, { ...rec, number: 18 }]);
    expect(csvLines([rec])).toBe(csvLine(rec));
    const read = readCsv(text, { trim: false });
    if (!read.ok) throw new Error('not CSV');
    expect(read.records.map((r) => r.line)).toEqual([1, 2, 4]);
    const [header, first, second] = read.records.map((r) => r.fields);
    expect(header).toEqual([...openDataColumns]);
    const value = (fields: string[] | undefined, column: string) => fields![openDataColumns.indexOf(column as (typeof openDataColumns)[number])];
    expect([value(first, 'number'), value(second, 'number')]).toEqual(['17', '18']);
    expect(value(first, 'description')).toBe('Line one,\nline "two"');
    expect(value(first, 'address')).toBe('\'=HYPERLINK("http://evil")');
    expect(value(first, 'department')).toBe('Комитет, "дорожный"');
    expect(value(first, 'overdue')).toBe('true');
  });

  it('a GeoJSON feature is a point at [lon, lat]', () => {
    const f = JSON.parse(geoJsonFeature(openDataRecord(row, new Date(), '')));
    expect(f).toMatchObject({ type: 'Feature', id: 17, geometry: { type: 'Point', coordinates: [30.4, 59.9] }, properties: { number: 17 } });
  });

  it('excerpts cut at a word', () => {
    expect(excerptOf('  short   text ')).toBe('short text');
    const long = 'слово '.repeat(60);
    const e = excerptOf(long);
    expect(e.length).toBeLessThanOrEqual(201);
    expect(e.endsWith('слово…')).toBe(true);
  });
});
