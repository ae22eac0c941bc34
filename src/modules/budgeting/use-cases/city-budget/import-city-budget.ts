import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext, Progress } from '../../../../core/module/module.js';
import { listDistricts } from '../../../city/index.js';
import { cityBudgetLines, cityBudgets } from '../../db/schema.js';
import { findCityBudget } from '../../db/city-budget-queries.js';
import { maxProblems, parseBudgetCsv, type CsvProblem } from '../../domain/city-budget-csv.js';
import { canImportCityBudget } from '../../policy-works.js';

export interface BudgetImportSummary {
  year: number;
  title: string;
  illustrative: boolean;
  revenueLines: number;
  expenditureLines: number;
  /** True when the year existed and was replaced. */
  replaced: boolean;
}

/** The 400 listing a file's problems: one field per line (`line 12`), each with its message. */
export function budgetFileError(problems: CsvProblem[]): AppError {
  const fields: Record<string, { key: string; params: Record<string, string | number> }> = {};
  for (const p of problems) {
    let name = `line ${p.line}`;
    for (let i = 2; fields[name]; i++) name = `line ${p.line} (${i})`;
    fields[name] = { key: `city_budget.csv.${p.code}`, params: p.params };
  }
  return new AppError(400, 'city_budget_invalid', { count: problems.length, line: problems[0]?.line ?? 0 }, fields);
}

const chunk = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

/**
 * Imports a budget year from the CSV format of docs/budget-csv.md, replacing that year atomically (the
 * old lines stay until the new ones commit). Every problem is reported with its line number, district
 * ids included. Administrators (the CLI acts as the system); audited.
 */
export async function importCityBudget(ctx: ModuleContext, actor: Actor | 'system', text: string, progress: Progress = () => {}): Promise<BudgetImportSummary> {
  if (actor !== 'system') authorize(actor, canImportCityBudget(actor));
  const db = ctx.database.db;
  const parsed = parseBudgetCsv(text);
  if (!parsed.ok) throw budgetFileError(parsed.problems);
  const districtIds = new Set((await listDistricts(db)).map((d) => d.id));
  const unknown = parsed.lines.filter((l) => l.districtId && !districtIds.has(l.districtId)).slice(0, maxProblems);
  if (unknown.length) throw budgetFileError(unknown.map((l) => ({ line: l.line, code: 'district', params: { value: l.districtId! } })));
  const { meta, lines } = parsed;
  progress(`Read ${lines.length} lines of the ${meta.year} budget${meta.illustrative ? ' (illustrative)' : ''}`);
  const actorId = actor !== 'system' && actor.kind === 'user' ? actor.userId : null;
  const replaced = (await findCityBudget(db, meta.year)) !== undefined;
  await db.transaction(async (tx) => {
    // the lines go with the year (on delete cascade); one transaction, so readers see the old year or the new one
    await tx.delete(cityBudgets).where(eq(cityBudgets.year, meta.year));
    await tx
      .insert(cityBudgets)
      .values({ year: meta.year, title: meta.title, population: meta.population, illustrative: meta.illustrative, source: meta.source, importedBy: actorId });
    let done = 0;
    for (const part of chunk(lines, 500)) {
      await tx.insert(cityBudgetLines).values(
        part.map((l) => ({
          year: meta.year,
          kind: l.kind,
          code: l.code,
          nameRu: l.nameRu,
          nameEn: l.nameEn,
          programme: l.programme,
          districtId: l.districtId,
          planned: l.planned,
          executed: l.executed,
          explanationRu: l.explanationRu,
          explanationEn: l.explanationEn,
        })),
      );
      done += part.length;
      progress(`Stored ${done} of ${lines.length} lines`);
    }
    await appendAudit(tx, {
      actorId,
      action: 'city_budget.imported',
      subjectType: 'city_budget',
      subjectId: String(meta.year),
      data: { lines: lines.length, replaced, illustrative: meta.illustrative },
    });
  });
  return {
    year: meta.year,
    title: meta.title,
    illustrative: meta.illustrative,
    revenueLines: lines.filter((l) => l.kind === 'revenue').length,
    expenditureLines: lines.filter((l) => l.kind === 'expenditure').length,
    replaced,
  };
}

/** Reads a budget file from disk for the CLI (a missing file is a plain refusal). */
export function readBudgetFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new AppError(400, 'city_budget_file_missing', { file, details: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
}
