import { documentNumberProblem, normalizeDocumentNumber, parseDay } from './identity.js';

/**
 * The residents register as CSV (UTF-8, a header line, `,` or `;` separated, quotes allowed):
 *
 *     document_number,district,birth_date
 *     4510 123456,nevsky,1984-03-17
 *
 * `district` is the district id (as in /api/city); `birth_date` is YYYY-MM-DD or DD.MM.YYYY.
 * Parsing is pure; every problem names its line so the file can be fixed.
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

/** Splits one CSV line into fields (RFC 4180 quoting, a given separator). */
export function splitCsvLine(line: string, separator: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out.map((f) => f.trim());
}

/**
 * Reads the register. Rows with problems are reported (up to `maxProblems`) and left out; a document
 * number twice in the file is a problem on the second line. `today` bounds birth dates.
 */
export function parseRegisterCsv(
  text: string,
  opts: { districtIds: ReadonlySet<string>; today: string; maxProblems?: number },
): { rows: RegisterRow[]; problems: RegisterProblem[]; lines: number } {
  const maxProblems = opts.maxProblems ?? 100;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const problems: RegisterProblem[] = [];
  const add = (p: RegisterProblem) => {
    if (problems.length < maxProblems) problems.push(p);
  };
  const headerLine = lines[0] ?? '';
  const separator = headerLine.includes(';') && !headerLine.includes(',') ? ';' : ',';
  const header = splitCsvLine(headerLine, separator).map((h) => h.toLowerCase());
  const index = Object.fromEntries(registerColumns.map((c) => [c, header.indexOf(c)])) as Record<(typeof registerColumns)[number], number>;
  const missing = registerColumns.filter((c) => index[c] < 0);
  if (missing.length)
    return {
      rows: [],
      problems: [{ line: 1, key: 'verification.csv.header', params: { columns: registerColumns.join(', '), missing: missing.join(', ') } }],
      lines: 0,
    };

  const rows: RegisterRow[] = [];
  const seen = new Map<string, number>();
  let count = 0;
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim()) continue;
    count++;
    const line = i + 1;
    const f = splitCsvLine(raw, separator);
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
  return { rows, problems, lines: count };
}
