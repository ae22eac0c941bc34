/**
 * The departments CSV (docs/departments-csv.md): a header naming the columns, then one department a
 * line. Columns may come in any order; id, name_ru, name_en and kind are required, the rest optional.
 * Pure: takes the records the CSV reader produced, gives raw rows keyed by field, or the first problem
 * with the file as a whole.
 */

/** The columns, as the header names them, and the field each fills. */
export const departmentCsvColumns = {
  id: 'id',
  name_ru: 'nameRu',
  name_en: 'nameEn',
  kind: 'kind',
  district: 'districtId',
  phone: 'phone',
  email: 'email',
  address: 'address',
  website: 'website',
} as const;
export type DepartmentCsvColumn = keyof typeof departmentCsvColumns;
const requiredColumns: DepartmentCsvColumn[] = ['id', 'name_ru', 'name_en', 'kind'];

/** A record as the CSV reader gives it (core/csv's CsvRecord). */
export interface DepartmentCsvRecord {
  line: number;
  fields: string[];
}

/** A line's values by field name, empty cells as null. */
export interface RawDepartmentRow {
  line: number;
  values: Record<string, string | null>;
}

export type DepartmentCsvProblem = { line: number; code: string; params: Record<string, string | number> };

/** Reads the header and the lines; a problem with the header is the file's, a duplicate id is the later line's. */
export function readDepartmentCsv(
  records: readonly DepartmentCsvRecord[],
): { ok: true; rows: RawDepartmentRow[]; problems: DepartmentCsvProblem[] } | { ok: false; problem: DepartmentCsvProblem } {
  const [header, ...lines] = records;
  if (!header) return { ok: false, problem: { line: 1, code: 'departments_csv_empty', params: {} } };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const unknown = names.find((n) => !(n in departmentCsvColumns));
  if (unknown !== undefined) return { ok: false, problem: { line: header.line, code: 'departments_csv_unknown_column', params: { column: unknown } } };
  const missing = requiredColumns.filter((c) => !names.includes(c));
  if (missing.length) return { ok: false, problem: { line: header.line, code: 'departments_csv_missing_columns', params: { columns: missing.join(', ') } } };
  const rows: RawDepartmentRow[] = [];
  const problems: DepartmentCsvProblem[] = [];
  const seen = new Map<string, number>();
  for (const record of lines) {
    if (record.fields.length !== names.length) {
      problems.push({ line: record.line, code: 'departments_csv_field_count', params: { expected: names.length, found: record.fields.length } });
      continue;
    }
    const values: Record<string, string | null> = Object.fromEntries(Object.values(departmentCsvColumns).map((f) => [f, null]));
    names.forEach((n, i) => (values[departmentCsvColumns[n as DepartmentCsvColumn]] = record.fields[i] === '' ? null : record.fields[i]!));
    const id = values.id ?? '';
    const first = seen.get(id);
    if (id && first !== undefined) {
      problems.push({ line: record.line, code: 'departments_csv_duplicate_id', params: { id, first } });
      continue;
    }
    seen.set(id, record.line);
    rows.push({ line: record.line, values });
  }
  return { ok: true, rows, problems };
}
