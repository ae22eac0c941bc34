import fs from 'node:fs';
import { getTableName, isNotNull, sql } from 'drizzle-orm';
import { convert } from 'html-to-text';
import { appendAudit } from '../../../../core/audit/audit.js';
import type { Executor } from '../../../../core/db/client.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext, Progress } from '../../../../core/module/module.js';
import { classifierCategories, classifierObjects, classifierReasons } from '../../db/schema.js';
import { classifierEnglishSchema, englishNames, unknownEnglishIds, type ClassifierEnglish } from '../../domain/classifier-english.js';
import { parseClassifierSource, type ImportedClassifier } from '../../domain/classifier-import.js';
import { reserveNewClassifierIds } from './new-ids.js';

/** What an import did, printed by the CLI. */
export interface ImportSummary {
  objects: number;
  categories: number;
  reasons: number;
  archived: number;
  /** Items given an English name from the translations file (those without one before). */
  english: number;
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

/** A JSON file's value; a missing or unreadable file, or text that is not JSON (`invalid`), is a 400 naming the file. */
function readJsonFile(file: string, invalid: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError(400, code === 'ENOENT' ? 'classifier_file_missing' : 'classifier_file_unreadable', { file, detail: code ?? String(err) });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new AppError(400, invalid, { file, detail: (err as Error).message });
  }
}

/** Reads and checks a «Наш СПб» classifier file; refusals are 400s that say what is wrong with the file. */
export function readClassifierFile(file: string): ImportedClassifier {
  const json = readJsonFile(file, 'classifier_file_invalid');
  const parsed = parseClassifierSource(json, htmlToPlainText);
  if (!parsed.ok) throw new AppError(400, 'classifier_file_invalid', { file, detail: `${parsed.problem.at}: ${parsed.problem.detail}` });
  return parsed.value;
}

/**
 * The translations file that goes with a classifier file, when it is there: `X_api_v4.json` →
 * `X_en.json` (and `X.json` → `X_en.json`) in the same folder, as data/ ships them.
 */
export function englishFileFor(file: string): string | null {
  const candidate = file.replace(/(_api_v\d+)?\.json$/i, '_en.json');
  return candidate !== file && fs.existsSync(candidate) ? candidate : null;
}

/** Reads and checks a classifier translations file (English names, help texts, season messages). */
export function readClassifierEnglishFile(file: string): ClassifierEnglish {
  const json = readJsonFile(file, 'classifier_english_invalid');
  const parsed = classifierEnglishSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError(400, 'classifier_english_invalid', { file, detail: `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` });
  }
  return parsed.data;
}

const chunk = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

/**
 * Upserts a parsed classifier by the source's ids, in one transaction. A re-import overwrites what
 * the source says (names, help, description, photo, extra fields, location kind, verified login,
 * public flag, a reason's retirement, the season message) and keeps what administrators decide:
 * English names, deadlines, the department kind, the season window, and whether an object or a
 * category is archived (the source has no such flag for them). English names come from the
 * translations file (`english`) only where an item has none yet: a re-import, with or without the
 * file, never wipes or overwrites one. Items the file no longer has are left as they are (old
 * reports refer to them); new items made by administrators (ids ≥ 100000) are never touched.
 */
export async function importClassifier(
  tx: Executor,
  data: ImportedClassifier,
  progress: Progress,
  english: ClassifierEnglish | null = null,
): Promise<ImportSummary> {
  const now = new Date();
  if (english) {
    const unknown = unknownEnglishIds(data, english);
    if (unknown.length) throw new AppError(400, 'classifier_english_unknown_ids', { ids: unknown.slice(0, 10).join(', '), count: unknown.length });
  }
  const en = englishNames(english);
  // which items the file names in English: new ones, and stored ones without an English name
  const withEnglish = async (table: typeof classifierObjects | typeof classifierCategories | typeof classifierReasons) =>
    new Set((await tx.select({ id: table.id }).from(table).where(isNotNull(table.nameEn))).map((r) => r.id));
  const named = async (table: Parameters<typeof withEnglish>[0], ids: number[], names: Map<number, string>) => {
    const has = names.size ? await withEnglish(table) : new Set<number>();
    return ids.filter((id) => names.has(id) && !has.has(id)).length;
  };
  const englishAdded =
    (await named(
      classifierObjects,
      data.objects.map((o) => o.id),
      en.objects,
    )) +
    (await named(
      classifierCategories,
      data.categories.map((c) => c.id),
      en.categories,
    )) +
    (await named(
      classifierReasons,
      data.reasons.map((r) => r.id),
      en.reasons,
    ));
  for (const rows of chunk(data.objects, 100)) {
    await tx
      .insert(classifierObjects)
      .values(rows.map((o) => ({ ...o, nameEn: en.objects.get(o.id) ?? null, archived: false, updatedAt: now })))
      .onConflictDoUpdate({
        target: classifierObjects.id,
        set: { nameRu: sql`excluded.name_ru`, nameEn: keepEnglish(classifierObjects), position: sql`excluded.position`, updatedAt: now },
      });
  }
  progress(`objects: ${data.objects.length}`);
  for (const rows of chunk(data.categories, 100)) {
    await tx
      .insert(classifierCategories)
      .values(rows.map((c) => ({ ...c, nameEn: en.categories.get(c.id) ?? null, archived: false, updatedAt: now })))
      .onConflictDoUpdate({
        target: classifierCategories.id,
        set: {
          objectId: sql`excluded.object_id`,
          nameRu: sql`excluded.name_ru`,
          nameEn: keepEnglish(classifierCategories),
          position: sql`excluded.position`,
          updatedAt: now,
        },
      });
  }
  progress(`categories: ${data.categories.length}`);
  let done = 0;
  for (const rows of chunk(data.reasons, 50)) {
    await tx
      .insert(classifierReasons)
      .values(rows.map((r) => ({ ...r, nameEn: en.reasons.get(r.id) ?? null, updatedAt: now })))
      .onConflictDoUpdate({
        target: classifierReasons.id,
        set: {
          categoryId: sql`excluded.category_id`,
          nameRu: sql`excluded.name_ru`,
          nameEn: keepEnglish(classifierReasons),
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
    english: englishAdded,
  };
}

/** On a re-import: the stored English name when there is one, else the file's (null without a file). */
const keepEnglish = (table: typeof classifierObjects | typeof classifierCategories | typeof classifierReasons) =>
  sql`coalesce(${sql.raw(`"${getTableName(table)}"."name_en"`)}, excluded.name_en)`;

/**
 * `gorod classifier import FILE [--english FILE]`: reads, checks and imports a classifier file and
 * its English (the given translations file, else the one shipped next to it, e.g.
 * data/spb_our_spb_classifier_en.json; `english: false` for none); audited as
 * `classifier.imported` (actor null: the command line). Progress goes to `progress`.
 */
export async function importClassifierFile(
  ctx: ModuleContext,
  file: string,
  progress: Progress,
  opts: { audit?: boolean; english?: string | false } = {},
): Promise<ImportSummary> {
  const data = readClassifierFile(file);
  const englishFile = opts.english === false ? null : (opts.english ?? englishFileFor(file));
  const english = englishFile ? readClassifierEnglishFile(englishFile) : null;
  progress(`Importing ${data.objects.length} objects, ${data.categories.length} categories, ${data.reasons.length} reasons from ${file}`);
  if (englishFile) progress(`English names from ${englishFile}`);
  return ctx.database.db.transaction(async (tx) => {
    const summary = await importClassifier(tx, data, progress, english);
    if (opts.audit !== false)
      await appendAudit(tx, { actorId: null, action: 'classifier.imported', subjectType: 'classifier', subjectId: null, data: { ...summary } });
    return summary;
  });
}
