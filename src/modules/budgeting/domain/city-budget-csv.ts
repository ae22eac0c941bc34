/** The budget-for-citizens CSV format (docs/budget-csv.md): parsing and checking, with line numbers. Pure. */
import { readCsv } from '../../../core/csv/csv.js';
import { isExpenditureCode, isRevenueCode } from './city-budget-sections.js';

export const budgetColumns = [
  'kind',
  'code',
  'name_ru',
  'name_en',
  'programme',
  'district',
  'planned',
  'executed',
  'explanation_ru',
  'explanation_en',
] as const;
const metaKeys = ['year', 'title', 'population', 'illustrative', 'source'] as const;
/** Roubles with up to two decimals, `.` as the separator, no spaces or signs. */
const moneyPattern = /^\d{1,14}(\.\d{1,2})?$/;
export const maxProblems = 50;

export interface BudgetMeta {
  year: number;
  title: string;
  population: number;
  illustrative: boolean;
  source: string;
}

export interface BudgetLine {
  /** The line in the file (1-based), for messages. */
  line: number;
  kind: 'revenue' | 'expenditure';
  code: string;
  nameRu: string;
  nameEn: string | null;
  programme: string | null;
  districtId: string | null;
  planned: string;
  executed: string;
  explanationRu: string | null;
  explanationEn: string | null;
}

/** A problem at a line: a message code under `city_budget.csv.` with its figures. */
export interface CsvProblem {
  line: number;
  code: string;
  params: Record<string, string | number>;
}

export type ParsedBudget = { ok: true; meta: BudgetMeta; lines: BudgetLine[] } | { ok: false; problems: CsvProblem[] };

const optional = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/**
 * Reads a budget file: `# comments` and blank lines anywhere; a preamble of `key,value` lines (year,
 * title, population, illustrative, source); the header line naming the columns; then one line per
 * revenue or expenditure. Every problem is reported with its line (at most `maxProblems`).
 * District ids are checked by the caller (they live in the database).
 */
export function parseBudgetCsv(text: string): ParsedBudget {
  const problems: CsvProblem[] = [];
  const problem = (line: number, code: string, params: Record<string, string | number> = {}) => {
    if (problems.length < maxProblems) problems.push({ line, code, params });
  };
  // RFC 4180 with `,` (a byte-order mark dropped, blank lines and `#` comments left out); a broken quote refuses the file
  const read = readCsv(text, { comment: '#' });
  if (!read.ok) return { ok: false, problems: [{ line: read.problem.line, code: read.problem.code, params: {} }] };
  const rows = read.records.filter((r) => !r.fields[0]!.startsWith('#')); // a quoted first field "#…" is a comment too

  const meta: Record<string, { value: string; line: number }> = {};
  let i = 0;
  for (; i < rows.length; i++) {
    const { line, fields } = rows[i]!;
    const key = fields[0]!.trim().toLowerCase();
    if (key === 'kind') break;
    if (!(metaKeys as readonly string[]).includes(key)) {
      problem(line, 'unknown_key', { key: fields[0]!.trim(), keys: metaKeys.join(', ') });
      continue;
    }
    meta[key] = { value: (fields[1] ?? '').trim(), line };
  }
  const header = rows[i];
  if (!header) {
    problem(rows.at(-1)?.line ?? 1, 'header_missing', { columns: budgetColumns.join(',') });
    return { ok: false, problems };
  }
  const names = header.fields.map((f) => f.trim().toLowerCase());
  if (names.join(',') !== budgetColumns.join(',')) problem(header.line, 'header_wrong', { columns: budgetColumns.join(',') });

  const year = Number(meta.year?.value);
  if (!meta.year) problem(header.line, 'meta_missing', { key: 'year' });
  else if (!/^\d{4}$/.test(meta.year.value) || year < 1990 || year > 2100) problem(meta.year.line, 'meta_year', { value: meta.year.value });
  if (!meta.title?.value) problem(meta.title?.line ?? header.line, 'meta_missing', { key: 'title' });
  const population = Number(meta.population?.value);
  if (!meta.population) problem(header.line, 'meta_missing', { key: 'population' });
  else if (!/^\d{1,10}$/.test(meta.population.value) || population <= 0) problem(meta.population.line, 'meta_population', { value: meta.population.value });
  const illustrativeText = (meta.illustrative?.value ?? 'no').toLowerCase();
  if (!['yes', 'no', 'true', 'false', 'да', 'нет'].includes(illustrativeText))
    problem(meta.illustrative!.line, 'meta_illustrative', { value: meta.illustrative!.value });

  const lines: BudgetLine[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows.slice(i + 1)) {
    if (fields.length !== budgetColumns.length) {
      problem(line, 'columns', { expected: budgetColumns.length, got: fields.length });
      continue;
    }
    const [kindRaw, codeRaw, nameRu, nameEn, programme, district, planned, executed, explanationRu, explanationEn] = fields.map((f) => f.trim()) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const kind = kindRaw.toLowerCase();
    if (kind !== 'revenue' && kind !== 'expenditure') {
      problem(line, 'kind', { value: kindRaw });
      continue;
    }
    let bad = false;
    if (kind === 'expenditure' ? !isExpenditureCode(codeRaw) : !isRevenueCode(codeRaw)) {
      problem(line, kind === 'expenditure' ? 'expenditure_code' : 'revenue_code', { value: codeRaw });
      bad = true;
    }
    if (!nameRu) {
      problem(line, 'name_missing', {});
      bad = true;
    }
    for (const [column, value] of [
      ['planned', planned],
      ['executed', executed],
    ] as const) {
      if (!moneyPattern.test(value)) {
        problem(line, 'money', { column, value });
        bad = true;
      }
    }
    const key = [kind, codeRaw, programme.toLowerCase(), district.toLowerCase(), nameRu.toLowerCase()].join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      problem(line, 'duplicate', { first });
      bad = true;
    } else seen.set(key, line);
    if (bad) continue;
    lines.push({
      line,
      kind,
      code: codeRaw,
      nameRu,
      nameEn: optional(nameEn),
      programme: optional(programme),
      districtId: optional(district),
      planned,
      executed,
      explanationRu: optional(explanationRu),
      explanationEn: optional(explanationEn),
    });
  }
  if (!lines.length && !problems.length) problem(header.line, 'no_lines', {});
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    meta: { year, title: meta.title!.value, population, illustrative: ['yes', 'true', 'да'].includes(illustrativeText), source: meta.source?.value ?? '' },
    lines,
  };
}
