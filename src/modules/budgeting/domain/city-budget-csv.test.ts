import { describe, expect, it } from 'vitest';
import { parseBudgetCsv } from './city-budget-csv.js';
import { budgetSums, toMoney } from './city-budget-sums.js';
import { frac } from './fraction.js';

const head = 'kind,code,name_ru,name_en,programme,district,planned,executed,explanation_ru,explanation_en';
const file = (...lines: string[]) => ['# demo', 'year,2025', 'title,Бюджет 2025', 'population,1000', 'illustrative,yes', '', head, ...lines].join('\n');

describe('reading the budget CSV', () => {
  it('reads the preamble and the lines, with quoted fields holding commas, quotes and line breaks', () => {
    const parsed = parseBudgetCsv(
      file(
        'revenue,10100,"Налог на прибыль, организаций",Profit tax,,,100.5,90,"Платят ""компании""",',
        'expenditure,0701,Детские сады,Kindergartens,Развитие образования,nevsky,300,250.25,"две\nстроки",',
      ),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.meta).toEqual({ year: 2025, title: 'Бюджет 2025', population: 1000, illustrative: true, source: '' });
    expect(parsed.lines[0]).toMatchObject({
      line: 8,
      kind: 'revenue',
      nameRu: 'Налог на прибыль, организаций',
      explanationRu: 'Платят "компании"',
      programme: null,
      districtId: null,
    });
    expect(parsed.lines[1]).toMatchObject({
      line: 9,
      code: '0701',
      programme: 'Развитие образования',
      districtId: 'nevsky',
      executed: '250.25',
      explanationRu: 'две\nстроки',
    });
  });

  it('names every problem with its line', () => {
    const parsed = parseBudgetCsv(
      file(
        'expenditure,1500,Нет такого раздела,,,,1,1,,',
        'expenditure,0500,ЖКХ,,,,1 000,1,,',
        'expenditure,0500,Уборка,,,,-5,1.005,,',
        'spending,0500,ЖКХ,,,,1,1,,',
        'revenue,10100,,,,,1,1,,',
        'revenue,10100,Налог,,,,1,1',
        'expenditure,0701,Школы,,,,1,1,,',
        'expenditure,0701,Школы,,,,2,2,,',
      ),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      { line: 8, code: 'expenditure_code', params: { value: '1500' } },
      { line: 9, code: 'money', params: { column: 'planned', value: '1 000' } },
      { line: 10, code: 'money', params: { column: 'planned', value: '-5' } },
      { line: 10, code: 'money', params: { column: 'executed', value: '1.005' } },
      { line: 11, code: 'kind', params: { value: 'spending' } },
      { line: 12, code: 'name_missing', params: {} },
      { line: 13, code: 'columns', params: { expected: 10, got: 8 } },
      { line: 15, code: 'duplicate', params: { first: 14 } },
    ]);
  });

  it('refuses a file without the header, the year or the population, or with an unknown preamble key', () => {
    expect(parseBudgetCsv('year,2025\ntitle,x\n')).toMatchObject({ ok: false, problems: [{ code: 'header_missing' }] });
    const p = parseBudgetCsv(['title,x', 'population,many', 'currency,RUB', head, 'revenue,10100,Налог,,,,1,1,,'].join('\n'));
    expect(p).toMatchObject({ ok: false });
    if (p.ok) return;
    expect(p.problems.map((x) => [x.line, x.code])).toEqual([
      [3, 'unknown_key'],
      [4, 'meta_missing'],
      [2, 'meta_population'],
    ]);
  });

  it('refuses an unclosed quote at the line it opens and a file with no lines', () => {
    expect(parseBudgetCsv(file('revenue,10100,"Налог,,,,1,1,,'))).toEqual({ ok: false, problems: [{ line: 8, code: 'unclosed_quote', params: {} }] });
    expect(parseBudgetCsv(file())).toMatchObject({ ok: false, problems: [{ line: 7, code: 'no_lines' }] });
  });

  it('reads CRLF files and ignores a byte-order mark', () => {
    const parsed = parseBudgetCsv(`\ufeff${file('revenue,10100,Налог,,,,1,1,,', 'expenditure,0701,Школы,,,,2,2,,')}`.replace(/\n/g, '\r\n'));
    expect(parsed).toMatchObject({
      ok: true,
      meta: { year: 2025 },
      lines: [
        { line: 8, nameRu: 'Налог' },
        { line: 9, nameRu: 'Школы' },
      ],
    });
  });

  it('numbers problems after quoted fields over several lines (CRLF or LF inside) by the line each starts on', () => {
    const parsed = parseBudgetCsv(
      file('revenue,10100,Налог,,,,1,1,"первая\r\nвторая\r\nтретья",', 'revenue,10200,"Сбор,\nс переносом",,,,1,1,,', 'revenue,10300,Пошлина,,,,1 000,1,,'),
    );
    expect(parsed).toEqual({ ok: false, problems: [{ line: 13, code: 'money', params: { column: 'planned', value: '1 000' } }] });
  });

  it('a comment may hold commas and quotes, and a quoted field may start with #', () => {
    const parsed = parseBudgetCsv(file('# a "quoted, note', '#x,"y', 'revenue,10100,"#1 Налог",,,,1,1,,'));
    expect(parsed).toMatchObject({ ok: true, lines: [{ line: 10, nameRu: '#1 Налог' }] });
  });

  it('refuses a quote in the wrong place at its line', () => {
    expect(parseBudgetCsv(file('revenue,10100,"Налог" на прибыль,,,,1,1,,'))).toEqual({
      ok: false,
      problems: [{ line: 8, code: 'misplaced_quote', params: {} }],
    });
  });
});

describe('budget totals', () => {
  const parsed = parseBudgetCsv(
    file(
      'revenue,10100,НДФЛ,,,,600.10,590,,',
      'revenue,20000,Трансферты,,,,100,100,,',
      'expenditure,0701,Детские сады,,Образование,nevsky,100.01,90,,',
      'expenditure,0702,Школы,,Образование,,200.02,210,,',
      'expenditure,0500,ЖКХ,,,admiralteysky,500,400.5,,',
    ),
  );
  if (!parsed.ok) throw new Error('fixture');
  const sums = budgetSums(parsed.lines, 3);

  it('adds money exactly and computes per-resident figures to the kopeck', () => {
    expect(sums.revenue).toEqual({ planned: '700.10', executed: '690.00', plannedPerResident: '233.37', executedPerResident: '230.00' });
    expect(sums.expenditure).toMatchObject({ planned: '800.03', executed: '700.50', plannedPerResident: '266.68' });
    expect(sums.balancePlanned).toBe('-99.93');
  });

  it('groups sections by the classification, largest first, with their lines and a plain explanation', () => {
    expect(sums.sections.map((s) => [s.code, s.planned])).toEqual([
      ['0500', '500.00'],
      ['0700', '300.03'],
    ]);
    expect(sums.sections[1]!.nameEn).toBe('Education');
    expect(sums.sections[1]!.explanationRu).toMatch(/школы/);
    expect(sums.sections[1]!.items.map((i) => i.code)).toEqual(['0702', '0701']);
  });

  it('sums programmes and districts over the lines that name one', () => {
    expect(sums.programmes).toEqual([{ name: 'Образование', planned: '300.03', executed: '300.00' }]);
    expect(sums.districts.map((d) => d.districtId)).toEqual(['admiralteysky', 'nevsky']);
  });

  it('rounds half away from zero', () => {
    expect(toMoney(frac(1, 200))).toBe('0.01');
    expect(toMoney(frac(-1, 200))).toBe('-0.01');
    expect(toMoney(frac(1, 300))).toBe('0.00');
  });
});
