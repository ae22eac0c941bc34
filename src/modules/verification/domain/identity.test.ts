import { describe, expect, it } from 'vitest';
import { birthDateProblem, documentNumberProblem, maskPhone, normalizeDocumentNumber, normalizePhone, parseDay } from './identity.js';
import { parseRegisterCsv } from './register-csv.js';
import { codeUsable, smsRules } from './sms-rules.js';

describe('document numbers', () => {
  it('are the same however people space them', () => {
    expect(normalizeDocumentNumber(' 40 10 №123-456 ')).toBe('4010123456');
    expect(normalizeDocumentNumber('ab 123456')).toBe('AB123456');
  });
  it('have 6–20 letters and digits', () => {
    expect(documentNumberProblem('4010 123456')).toBeNull();
    expect(documentNumberProblem('12345')).toBe('verification.field.document_length');
    expect(documentNumberProblem('1'.repeat(21))).toBe('verification.field.document_length');
    expect(documentNumberProblem('4010*123456')).toBe('verification.field.document_characters');
  });
});

describe('phone numbers', () => {
  it('accept Russian habits and become E.164', () => {
    for (const raw of ['+7 999 123-45-67', '8 (999) 123-45-67', '79991234567', '9991234567']) expect(normalizePhone(raw)).toBe('+79991234567');
    expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958');
  });
  it('refuse what is not a phone number', () => {
    for (const raw of ['', 'call me', '12345', '+7 999 123', '+0 123 456 789', '999-12-34']) expect(normalizePhone(raw)).toBeNull();
  });
  it('are shown to their owner with all but the last two digits hidden', () => {
    expect(maskPhone('+79991234567')).toBe('+7 *** ***-**-67');
  });
});

describe('birth dates', () => {
  it('must be real past days after 1900', () => {
    expect(birthDateProblem('1984-03-17', '2026-05-01')).toBeNull();
    expect(birthDateProblem('1984-02-30', '2026-05-01')).toBe('verification.field.birth_date_format');
    expect(birthDateProblem('2026-05-02', '2026-05-01')).toBe('verification.field.birth_date_future');
    expect(birthDateProblem('1899-12-31', '2026-05-01')).toBe('verification.field.birth_date_too_old');
  });
  it('are read as YYYY-MM-DD or DD.MM.YYYY', () => {
    expect(parseDay('17.03.1984')).toBe('1984-03-17');
    expect(parseDay('1.3.1984')).toBe('1984-03-01');
    expect(parseDay('1984-03-17')).toBe('1984-03-17');
    expect(parseDay('31.02.1984')).toBeNull();
  });
});

describe('the residents register CSV', () => {
  const districtIds = new Set(['nevsky', 'primorsky']);
  const today = '2026-05-01';

  it('reads rows with either separator and quoted fields', () => {
    const csv = '\uFEFFdocument_number,district,birth_date\r\n4010 123456,nevsky,1984-03-17\r\n\r\n"AB 555555",Primorsky,01.02.1990\r\n';
    const { rows, problems, lines } = parseRegisterCsv(csv, { districtIds, today });
    expect(problems).toEqual([]);
    expect(lines).toBe(2);
    expect(rows).toEqual([
      { documentNumber: '4010123456', districtId: 'nevsky', birthDate: '1984-03-17', line: 2 },
      { documentNumber: 'AB555555', districtId: 'primorsky', birthDate: '1990-02-01', line: 4 },
    ]);
    expect(parseRegisterCsv('birth_date;district;document_number\n1984-03-17;nevsky;4010123456', { districtIds, today }).rows).toHaveLength(1);
  });

  it('names the line of every problem and keeps the good rows', () => {
    const csv = [
      'document_number,district,birth_date',
      '12,nevsky,1984-03-17',
      '4010123456,atlantis,1984-03-17',
      '4010123457,nevsky,1984-13-01',
      '4010123458,nevsky,2030-01-01',
      '4010123459,nevsky,1984-03-17',
      '4010-123459,nevsky,1984-03-17',
    ].join('\n');
    const { rows, problems } = parseRegisterCsv(csv, { districtIds, today });
    expect(rows.map((r) => r.line)).toEqual([6]);
    expect(problems).toEqual([
      { line: 2, key: 'verification.field.document_length' },
      { line: 3, key: 'verification.csv.district', params: { district: 'atlantis' } },
      { line: 4, key: 'verification.csv.birth_date', params: { value: '1984-13-01' } },
      { line: 5, key: 'verification.csv.birth_date', params: { value: '2030-01-01' } },
      { line: 7, key: 'verification.csv.duplicate', params: { first: 6 } },
    ]);
  });

  it('reads a quoted separator, embedded quotes and spaces around quotes in either separator', () => {
    const semicolons = 'document_number;district;note;birth_date\n"4010 123456";nevsky;"a ""b""; c";17.03.1984\n "AB 555555" ; primorsky ;;1990-02-01';
    expect(parseRegisterCsv(semicolons, { districtIds, today })).toEqual({
      rows: [
        { documentNumber: '4010123456', districtId: 'nevsky', birthDate: '1984-03-17', line: 2 },
        { documentNumber: 'AB555555', districtId: 'primorsky', birthDate: '1990-02-01', line: 3 },
      ],
      problems: [],
      lines: 2,
    });
  });

  it('names the line a row starts on after a quoted field over several lines (the line-by-line reader split such a row)', () => {
    const csv = [
      'document_number,district,note,birth_date',
      '4010123456,nevsky,"moved in',
      'on 1 May",1984-03-17',
      '',
      '4010123457,atlantis,,1984-03-17',
      '4010123458,nevsky,"a\r\nb",1984-03-17',
      '12,nevsky,,1984-03-17',
    ].join('\r\n');
    const { rows, problems, lines } = parseRegisterCsv(csv, { districtIds, today });
    expect(rows.map((r) => [r.line, r.documentNumber])).toEqual([
      [2, '4010123456'],
      [6, '4010123458'],
    ]);
    expect(problems).toEqual([
      { line: 5, key: 'verification.csv.district', params: { district: 'atlantis' } },
      { line: 8, key: 'verification.field.document_length' },
    ]);
    expect(lines).toBe(4);
  });

  it('refuses a file with a quote never closed or misplaced, at the line of its row, importing nothing', () => {
    const head = 'document_number,district,birth_date\n4010123456,nevsky,1984-03-17\n';
    expect(parseRegisterCsv(`${head}"4010123457,nevsky,1984-03-17\n4010123458,nevsky,1984-03-17\n`, { districtIds, today })).toEqual({
      rows: [],
      problems: [{ line: 3, key: 'verification.csv.unclosed_quote' }],
      lines: 0,
    });
    expect(parseRegisterCsv(`${head}"4010"123457,nevsky,1984-03-17\n`, { districtIds, today }).problems).toEqual([
      { line: 3, key: 'verification.csv.misplaced_quote' },
    ]);
  });

  it('refuses a file without the columns, naming the missing ones', () => {
    expect(parseRegisterCsv('passport,district\n1,2', { districtIds, today }).problems).toEqual([
      { line: 1, key: 'verification.csv.header', params: { columns: 'document_number, district, birth_date', missing: 'document_number, birth_date' } },
    ]);
  });
});

describe('SMS codes', () => {
  const now = new Date('2026-05-01T10:00:00Z');
  const fresh = { expiresAt: new Date('2026-05-01T10:05:00Z'), usedAt: null, attempts: 0 };
  it('accept guesses until used, expired or tried too often', () => {
    expect(codeUsable(fresh, now)).toBe(true);
    expect(codeUsable({ ...fresh, usedAt: now }, now)).toBe(false);
    expect(codeUsable({ ...fresh, expiresAt: now }, now)).toBe(false);
    expect(codeUsable({ ...fresh, attempts: smsRules.maxAttempts }, now)).toBe(false);
  });
});
