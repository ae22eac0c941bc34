/** The district population CSV (`district,population,year,source,note`): parsing and checking, with line numbers. Pure. */
import { readCsv } from '../../../core/csv/csv.js';

export const populationColumns = ['district', 'population', 'year', 'source', 'note'] as const;
export const maxPopulationProblems = 50;

/** One district's figure as read from a line of the file. */
export interface PopulationLine {
  line: number;
  /** As written: a district id or its Russian or English name; the caller resolves it. */
  district: string;
  population: number;
  year: number;
  source: string;
  note: string | null;
}

/** A problem at a line: a message code under `statistics.csv.` with its figures. */
export interface PopulationProblem {
  line: number;
  code: string;
  params: Record<string, string | number>;
}

export type ParsedPopulation = { ok: true; lines: PopulationLine[] } | { ok: false; problems: PopulationProblem[] };

/**
 * Checks one figure: a whole number of people above zero ("−5", "12,5", "много" and "0" are refused, each with its
 * own code), a four-digit year. Shared by the CSV and the administrators' form.
 */
export function populationProblem(population: string, year: string): { code: string; params: Record<string, string | number> } | null {
  const p = population.replace(/[\s\u00a0]/g, '');
  if (/^[-−]\s*\d/.test(p)) return { code: 'population_negative', params: { value: population } };
  if (!/^\d{1,9}$/.test(p)) return { code: 'population_not_number', params: { value: population } };
  if (Number(p) === 0) return { code: 'population_zero', params: {} };
  if (!/^\d{4}$/.test(year.trim()) || Number(year) < 1900 || Number(year) > 2100) return { code: 'year', params: { value: year } };
  return null;
}

/**
 * Reads a population file: a header naming the columns, then one line per district. Every problem is reported
 * with its line (at most `maxPopulationProblems`); a district named twice is a problem at its second line.
 */
export function parsePopulationCsv(text: string): ParsedPopulation {
  const problems: PopulationProblem[] = [];
  const problem = (line: number, code: string, params: Record<string, string | number> = {}) => {
    if (problems.length < maxPopulationProblems) problems.push({ line, code, params });
  };
  const read = readCsv(text, { comment: '#' });
  if (!read.ok) return { ok: false, problems: [{ line: read.problem.line, code: read.problem.code, params: {} }] };
  const [header, ...rows] = read.records;
  if (!header) return { ok: false, problems: [{ line: 1, code: 'empty', params: { columns: populationColumns.join(',') } }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  if (names.join(',') !== populationColumns.join(',')) problem(header.line, 'header', { columns: populationColumns.join(',') });
  const lines: PopulationLine[] = [];
  const seen = new Set<string>();
  for (const { line, fields } of rows) {
    if (fields.length !== populationColumns.length) {
      problem(line, 'columns', { expected: populationColumns.length, got: fields.length });
      continue;
    }
    const [district, population, year, source, note] = fields.map((f) => f.trim()) as [string, string, string, string, string];
    const wrong = populationProblem(population, year);
    if (wrong) problem(line, wrong.code, wrong.params);
    if (!source) problem(line, 'source', {});
    if (seen.has(district.toLowerCase())) problem(line, 'twice', { district });
    seen.add(district.toLowerCase());
    if (!wrong && source)
      lines.push({ line, district, population: Number(population.replace(/[\s\u00a0]/g, '')), year: Number(year), source, note: note || null });
  }
  if (!rows.length) problem(header.line, 'empty', { columns: populationColumns.join(',') });
  return problems.length ? { ok: false, problems } : { ok: true, lines };
}
