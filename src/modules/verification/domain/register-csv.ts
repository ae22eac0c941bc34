import { readCsv } from '../../../core/csv/csv.js';
import { documentNumberProblem, normalizeDocumentNumber, parseDay } from './identity.js';

/**
 * The residents register as CSV (UTF-8, a header line, `,` or `;` separated, quotes allowed):
 *
 *     document_number,district,birth_date
 *     4510 123456,nevsky,1984-03-17
 *
 * `district` is the district id (as in /api/city); `birth_date` is YYYY-MM-DD or DD.MM.YYYY.
 * Parsing is pure; every problem names its line (where its record starts) so the file can be fixed.
 */
export interface RegisterRow {
  /** Normalised (see normalizeDocumentNumber): the caller hashes it and never stores it. */
  documentNumber: string;
  districtId: string;
  birthDate: string;
  line: number;
}

export interface RegisterProblem {
  line: number;
  /** Message key (`verification.csv.*`) and its parameters. */
  key: string;
  params?: Record<string, string | number>;
}

export const registerColumns = ['document_number', 'district', 'birth_date'] as const;

/**
 * Reads the register. Rows with problems are reported (up to `maxProblems`) and left out; a document
 * number twice in the file is a problem on the second line. `today` bounds birth dates.
 */
export function parseRegisterCsv(
  text: string,
  opts: { districtIds: ReadonlySet<string>; today: string; maxProblems?: number },
): { rows: RegisterRow[]; problems: RegisterProblem[]; lines: number } {
  const maxProblems = opts.maxProblems ?? 100;
  const problems: RegisterProblem[] = [];
  const add = (p: RegisterProblem) => {
    if (problems.length < maxProblems) problems.push(p);
  };
  // `;` when the header line has `;` and no `,`: a spreadsheet saved in a Russian locale
  const headerLine =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r\n|\n|\r/)
      .find((l) => l.trim()) ?? '';
  const separator = headerLine.includes(';') && !headerLine.includes(',') ? ';' : ',';
  const read = readCsv(text, { delimiter: separator });
  // a broken quote makes the rest of the file unreliable: nothing is imported
  if (!read.ok) return { rows: [], problems: [{ line: read.problem.line, key: `verification.csv.${read.problem.code}` }], lines: 0 };
  const [header, ...records] = read.records;
  const names = (header?.fields ?? []).map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(registerColumns.map((c) => [c, names.indexOf(c)])) as Record<(typeof registerColumns)[number], number>;
  const missing = registerColumns.filter((c) => index[c] < 0);
  if (missing.length)
    return {
      rows: [],
      problems: [{ line: header?.line ?? 1, key: 'verification.csv.header', params: { columns: registerColumns.join(', '), missing: missing.join(', ') } }],
      lines: 0,
    };

  const rows: RegisterRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of records) {
    const f = fields.map((v) => v.trim());
    const doc = f[index.document_number] ?? '';
    const district = (f[index.district] ?? '').toLowerCase();
    const birth = f[index.birth_date] ?? '';
    const docProblem = documentNumberProblem(doc);
    if (docProblem) {
      add({ line, key: docProblem });
      continue;
    }
    if (!opts.districtIds.has(district)) {
      add({ line, key: 'verification.csv.district', params: { district } });
      continue;
    }
    const birthDate = parseDay(birth);
    if (!birthDate || birthDate > opts.today || birthDate < '1900-01-01') {
      add({ line, key: 'verification.csv.birth_date', params: { value: birth } });
      continue;
    }
    const documentNumber = normalizeDocumentNumber(doc);
    const first = seen.get(documentNumber);
    if (first !== undefined) {
      add({ line, key: 'verification.csv.duplicate', params: { first } });
      continue;
    }
    seen.set(documentNumber, line);
    rows.push({ documentNumber, districtId: district, birthDate, line });
  }
  return { rows, problems, lines: records.length };
}
