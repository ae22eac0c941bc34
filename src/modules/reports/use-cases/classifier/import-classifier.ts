import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { convert } from 'html-to-text';
import { appendAudit } from '../../../../core/audit/audit.js';
import type { Executor } from '../../../../core/db/client.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext, Progress } from '../../../../core/module/module.js';
import { classifierCategories, classifierObjects, classifierReasons } from '../../db/schema.js';
import { parseClassifierSource, type ImportedClassifier } from '../../domain/classifier-import.js';
import { reserveNewClassifierIds } from './new-ids.js';

/** What an import did, printed by the CLI. */
export interface ImportSummary {
  objects: number;
  categories: number;
  reasons: number;
  archived: number;
}

/** The source's explanations are HTML paragraphs; reasons keep them as plain text. */
export function htmlToPlainText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
      { selector: 'img', format: 'skip' },
    ],
  });
}

/** Reads and checks a «Наш СПб» classifier file; refusals are 400s that say what is wrong with the file. */
export function readClassifierFile(file: string): ImportedClassifier {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError(400, code === 'ENOENT' ? 'classifier_file_missing' : 'classifier_file_unreadable', { file, detail: code ?? String(err) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new AppError(400, 'classifier_file_invalid', { file, detail: (err as Error).message });
  }
  const parsed = parseClassifierSource(json, htmlToPlainText);
  if (!parsed.ok) throw new AppError(400, 'classifier_file_invalid', { file, detail: `${parsed.problem.at}: ${parsed.problem.detail}` });
  return parsed.value;
}

const chunk = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

/**
 * Upserts a parsed classifier by the source's ids, in one transaction. A re-import overwrites what
 * the source says (names, help, description, photo, extra fields, location kind, verified login,
 * public flag, a reason's retirement, the season message) and keeps what administrators decide:
 * English names, deadlines, the department kind, the season window, and whether an object or a
 * category is archived (the source has no such flag for them). Items the file no longer has are
 * left as they are (old reports refer to them); new items made by administrators (ids ≥ 100000)
 * are never touched.
 */
export async function importClassifier(tx: Executor, data: ImportedClassifier, progress: Progress): Promise<ImportSummary> {
  const now = new Date();
  for (const rows of chunk(data.objects, 100)) {
    await tx
      .insert(classifierObjects)
      .values(rows.map((o) => ({ ...o, archived: false, updatedAt: now })))
      .onConflictDoUpdate({ target: classifierObjects.id, set: { nameRu: sql`excluded.name_ru`, position: sql`excluded.position`, updatedAt: now } });
  }
  progress(`objects: ${data.objects.length}`);
  for (const rows of chunk(data.categories, 100)) {
    await tx
      .insert(classifierCategories)
      .values(rows.map((c) => ({ ...c, archived: false, updatedAt: now })))
      .onConflictDoUpdate({
        target: classifierCategories.id,
        set: { objectId: sql`excluded.object_id`, nameRu: sql`excluded.name_ru`, position: sql`excluded.position`, updatedAt: now },
      });
  }
  progress(`categories: ${data.categories.length}`);
  let done = 0;
  for (const rows of chunk(data.reasons, 50)) {
    await tx
      .insert(classifierReasons)
      .values(rows.map((r) => ({ ...r, updatedAt: now })))
      .onConflictDoUpdate({
        target: classifierReasons.id,
        set: {
          categoryId: sql`excluded.category_id`,
          nameRu: sql`excluded.name_ru`,
          helpText: sql`excluded.help_text`,
          description: sql`excluded.description`,
          photoRequired: sql`excluded.photo_required`,
          extraFields: sql`excluded.extra_fields`,
          locationKind: sql`excluded.location_kind`,
          seasonMessage: sql`excluded.season_message`,
          verifiedRequired: sql`excluded.verified_required`,
          isPublic: sql`excluded.is_public`,
          archived: sql`excluded.archived`,
          updatedAt: now,
        },
      });
    done += rows.length;
    progress(`reasons: ${done}/${data.reasons.length}`);
  }
  await reserveNewClassifierIds(tx);
  return {
    objects: data.objects.length,
    categories: data.categories.length,
    reasons: data.reasons.length,
    archived: data.reasons.filter((r) => r.archived).length,
  };
}

/**
 * `gorod classifier import FILE`: reads, checks and imports a classifier file; audited as
 * `classifier.imported` (actor null: the command line). Progress goes to `progress`.
 */
export async function importClassifierFile(
  ctx: ModuleContext,
  file: string,
  progress: Progress,
  opts: { audit: boolean } = { audit: true },
): Promise<ImportSummary> {
  const data = readClassifierFile(file);
  progress(`Importing ${data.objects.length} objects, ${data.categories.length} categories, ${data.reasons.length} reasons from ${file}`);
  return ctx.database.db.transaction(async (tx) => {
    const summary = await importClassifier(tx, data, progress);
    if (opts.audit) await appendAudit(tx, { actorId: null, action: 'classifier.imported', subjectType: 'classifier', subjectId: null, data: { ...summary } });
    return summary;
  });
}
