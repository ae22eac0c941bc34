import fs from 'node:fs';
import { inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { departments, districts } from '../../../../core/city/schema.js';
import { readCsv } from '../../../../core/csv/csv.js';
import { AppError, zodFields } from '../../../../core/http/errors.js';
import { t, type Language } from '../../../../core/i18n/i18n.js';
import type { ModuleContext, Progress } from '../../../../core/module/module.js';
import { readDepartmentCsv } from '../../domain/department-csv.js';
import { departmentCsvRowSchema, type DepartmentCsvRow } from '../../domain/department-fields.js';
import { canManageDepartments } from '../../policy-departments.js';

/** What an import did (or, in a dry run, would do), line by line; problems name their line. */
export interface DepartmentImportSummary {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  problems: { line: number; message: string }[];
  items: { line: number; id: string; nameRu: string; nameEn: string; change: 'create' | 'update' | 'unchanged' }[];
}

const fields = ['nameRu', 'nameEn', 'kind', 'districtId', 'phone', 'email', 'address', 'website'] as const;

/** Reads a CSV file for the CLI; a missing or unreadable file is a 400 that names it. */
export function readDepartmentsFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError(400, code === 'ENOENT' ? 'departments_file_missing' : 'departments_file_unreadable', { file, detail: code ?? String(err) });
  }
}

/**
 * Administrators import a long list of departments from CSV (docs/departments-csv.md), upserting by id:
 * new ids are created, known ones get the file's names, kind, district and contacts (heads, retirement and
 * merges are kept). All or nothing: with any problem nothing is written and the answer is a 400 listing
 * the problems by line; a dry run writes nothing and returns the same summary with the problems, for a
 * preview. `command_line` is the operator running `gorod departments import`. A file that is not CSV or lacks the required columns is a 400 for the file as a whole.
 */
export async function importDepartments(
  ctx: ModuleContext,
  actor: Actor | 'command_line',
  text: string,
  opts: { dryRun: boolean; lang: Language },
  progress: Progress = () => {},
): Promise<DepartmentImportSummary> {
  // the command line runs as the server's operator (shell access to the data), as `gorod classifier import` does
  if (actor !== 'command_line') authorize(actor, canManageDepartments(actor));
  const csv = readCsv(text);
  if (!csv.ok) throw new AppError(400, `departments_csv_${csv.problem.code}`, { line: csv.problem.line });
  const read = readDepartmentCsv(csv.records);
  if (!read.ok) throw new AppError(400, read.problem.code, { line: read.problem.line, ...read.problem.params });
  const problems = read.problems.map((p) => ({ line: p.line, message: t(opts.lang, `error.${p.code}`, p.params) }));
  progress(`lines read: ${read.rows.length}`);

  const db = ctx.database.db;
  const ids = read.rows.map((r) => r.values.id ?? '');
  const known = new Map((ids.length ? await db.select().from(departments).where(inArray(departments.id, ids)) : []).map((d) => [d.id, d]));
  const districtIds = new Set((await db.select({ id: districts.id }).from(districts)).map((d) => d.id));
  const rows: (DepartmentCsvRow & { line: number })[] = [];
  const summary: DepartmentImportSummary = { dryRun: opts.dryRun, created: 0, updated: 0, unchanged: 0, problems, items: [] };
  for (const raw of read.rows) {
    const parsed = departmentCsvRowSchema.safeParse(raw.values);
    if (!parsed.success) {
      for (const message of Object.values(zodFields(opts.lang, parsed.error.issues))) problems.push({ line: raw.line, message });
      continue;
    }
    const row = parsed.data;
    if (row.districtId && !districtIds.has(row.districtId)) {
      problems.push({ line: raw.line, message: t(opts.lang, 'error.departments_csv_unknown_district', { district: row.districtId }) });
      continue;
    }
    const before = known.get(row.id);
    const change = !before ? 'create' : fields.some((f) => (before[f] ?? null) !== (row[f] || null)) ? 'update' : 'unchanged';
    summary[change === 'create' ? 'created' : change === 'update' ? 'updated' : 'unchanged']++;
    summary.items.push({ line: raw.line, id: row.id, nameRu: row.nameRu, nameEn: row.nameEn, change });
    rows.push({ ...row, line: raw.line });
  }
  problems.sort((a, b) => a.line - b.line);
  if (problems.length && !opts.dryRun) {
    const details = problems.map((p) => t(opts.lang, 'error.departments_csv_line', { line: p.line, message: p.message })).join('\n');
    throw new AppError(400, 'departments_csv_invalid', { count: problems.length, details });
  }
  if (opts.dryRun) return summary;

  await db.transaction(async (tx) => {
    let done = 0;
    for (let i = 0; i < rows.length; i += 100) {
      const chunk = rows
        .slice(i, i + 100)
        .map(({ line: _line, ...r }) => ({ ...r, ...Object.fromEntries(fields.map((f) => [f, r[f] || null])) }) as DepartmentCsvRow);
      await tx
        .insert(departments)
        .values(chunk)
        .onConflictDoUpdate({
          target: departments.id,
          set: Object.fromEntries(fields.map((f) => [f, sql.raw(`excluded.${departments[f].name}`)])),
        });
      done += chunk.length;
      progress(`departments: ${done}/${rows.length}`);
    }
    await appendAudit(tx, {
      actorId: actor === 'command_line' ? null : actor.userId,
      action: 'department.imported',
      subjectType: 'department',
      subjectId: null,
      data: { created: summary.created, updated: summary.updated, unchanged: summary.unchanged },
    });
  });
  return summary;
}
