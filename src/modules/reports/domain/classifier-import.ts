import { z } from 'zod';
import { extraFieldNames as extraFieldList, type ExtraField, type LocationKind } from './classifier-rules.js';
import { importedDepartmentKind, type ReasonDepartmentKind } from './classifier-departments.js';

// The «Наш СПб» API v4 classifier (GET /api/v4.0/classifier): objects → categories (`items`) → reasons (`items`).
const id = z.number().int().positive().max(2_000_000_000);
const sourceReasonSchema = z.object({
  id,
  name: z.string().min(1),
  help_text: z.string().nullish(),
  comment: z.string().nullish(),
  season_message: z.string().nullish(),
  is_season: z.boolean().nullish(),
  wizard_widget: z.number().int().nullish(),
  additional_fields: z.array(z.object({ name: z.string(), required: z.boolean().nullish(), type: z.string().nullish() })).nullish(),
  image_required: z.boolean().nullish(),
  is_public: z.boolean().nullish(),
  is_esia_required: z.boolean().nullish(),
});
const sourceCategorySchema = z.object({ id, name: z.string().min(1), items: z.array(sourceReasonSchema) });
const sourceObjectSchema = z.object({ id, name: z.string().min(1), items: z.array(sourceCategorySchema) });
/** The source file's shape. */
export const classifierSourceSchema = z.array(sourceObjectSchema).min(1);

export interface ImportedObject {
  id: number;
  nameRu: string;
  position: number;
}
export interface ImportedCategory {
  id: number;
  objectId: number;
  nameRu: string;
  position: number;
}
export interface ImportedReason {
  id: number;
  categoryId: number;
  nameRu: string;
  helpText: string;
  description: string;
  photoRequired: boolean;
  extraFields: ExtraField[];
  locationKind: LocationKind;
  seasonFrom: string | null;
  seasonTo: string | null;
  seasonMessage: string | null;
  verifiedRequired: boolean;
  isPublic: boolean;
  archived: boolean;
  departmentKind: ReasonDepartmentKind;
}
export interface ImportedClassifier {
  objects: ImportedObject[];
  categories: ImportedCategory[];
  reasons: ImportedReason[];
}

/** Why a file cannot be imported: where in it, and what is wrong. */
export type ImportProblem = { at: string; problem: 'invalid_shape' | 'duplicate_id'; detail: string };

const extraFieldNames = new Set<ExtraField['name']>(extraFieldList);
const retiredSuffix = /\s*\(\s*искл\.?\s*\)\s*$/i;

/** Collapses runs of whitespace and trims (the source has double and leading spaces in names). */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** Plain text as shown: no-break spaces as spaces, no trailing blanks, at most one empty line in a row. */
function plainDescription(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A retired reason's name («… (искл.)») without the marker, and whether it had it. */
export function retiredName(name: string): { name: string; retired: boolean } {
  const clean = cleanName(name);
  return retiredSuffix.test(clean) ? { name: clean.replace(retiredSuffix, ''), retired: true } : { name: clean, retired: false };
}

/** The source's wizard_widget: 1 a building, 2 a street point, 4 and 5 a point near a building. */
export function locationKindOf(wizardWidget: number | null | undefined): LocationKind {
  if (wizardWidget === 1) return 'building';
  if (wizardWidget === 4 || wizardWidget === 5) return 'near_building';
  return 'street';
}

const months = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const monthOf = (word: string): number | null => {
  const w = word.toLowerCase();
  // «мая» / «май» must not be taken for «марта»: match whole genitive forms
  const forms: Record<string, number> = { мая: 5, май: 5 };
  if (w in forms) return forms[w]!;
  const i = months.findIndex((m, k) => k !== 4 && w.startsWith(m));
  return i >= 0 ? i + 1 : null;
};
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const monthDay = (month: number | null, day: number): string | null => (month && day >= 1 && day <= daysIn[month - 1]! ? `${pad(month)}-${pad(day)}` : null);

/**
 * A recurring season window in a season message, only when the message states one without a year:
 * «с 15 мая по 15 октября» or «с 15.05 по 15.10». A window tied to a year («c 15 мая 2022 г. по
 * 15 октября 2022 г.») is not taken as recurring: the source does not say it repeats.
 */
export function parseSeasonWindow(message: string | null | undefined): { from: string; to: string } | null {
  if (!message) return null;
  // the source writes «c» with a Latin c as often as with a Cyrillic one
  const words = /(?:^|[\s(])[сc]\s+(\d{1,2})\s+([а-яё]+)(?!\s+\d)\s+по\s+(\d{1,2})\s+([а-яё]+)(?!\s+\d)/i.exec(message);
  if (words) {
    const from = monthDay(monthOf(words[2]!), Number(words[1]));
    const to = monthDay(monthOf(words[4]!), Number(words[3]));
    return from && to ? { from, to } : null;
  }
  const dotted = /(?:^|[\s(])[сc]\s+(\d{1,2})\.(\d{1,2})(?![.\d])\s+по\s+(\d{1,2})\.(\d{1,2})(?![.\d])/i.exec(message);
  if (dotted) {
    const from = monthDay(Number(dotted[2]), Number(dotted[1]));
    const to = monthDay(Number(dotted[4]), Number(dotted[3]));
    return from && to ? { from, to } : null;
  }
  return null;
}

/**
 * Turns the «Наш СПб» classifier JSON into rows to upsert, keeping the source's ids. Retired
 * reasons («(искл.)») come out archived with the marker removed from the name. The HTML of
 * `comment` becomes plain text through `toPlainText` (a library the caller passes: domain/ imports no I/O or parsers).
 */
export function parseClassifierSource(
  json: unknown,
  toPlainText: (html: string) => string,
): { ok: true; value: ImportedClassifier } | { ok: false; problem: ImportProblem } {
  const parsed = classifierSourceSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: { at: issue.path.map(String).join('.') || '(root)', problem: 'invalid_shape', detail: issue.message } };
  }
  const out: ImportedClassifier = { objects: [], categories: [], reasons: [] };
  const seen = { objects: new Set<number>(), categories: new Set<number>(), reasons: new Set<number>() };
  const duplicate = (at: string, what: string, n: number) => ({
    ok: false as const,
    problem: { at, problem: 'duplicate_id' as const, detail: `${what} ${n}` },
  });

  for (const [oi, o] of parsed.data.entries()) {
    if (seen.objects.has(o.id)) return duplicate(`${oi}.id`, 'object', o.id);
    seen.objects.add(o.id);
    out.objects.push({ id: o.id, nameRu: cleanName(o.name), position: oi });
    for (const [ci, c] of o.items.entries()) {
      if (seen.categories.has(c.id)) return duplicate(`${oi}.items.${ci}.id`, 'category', c.id);
      seen.categories.add(c.id);
      out.categories.push({ id: c.id, objectId: o.id, nameRu: cleanName(c.name), position: ci });
      for (const [ri, r] of c.items.entries()) {
        if (seen.reasons.has(r.id)) return duplicate(`${oi}.items.${ci}.items.${ri}.id`, 'reason', r.id);
        seen.reasons.add(r.id);
        const { name, retired } = retiredName(r.name);
        const window = parseSeasonWindow(r.season_message);
        const seasonMessage = cleanName(r.season_message ?? '');
        out.reasons.push({
          id: r.id,
          categoryId: c.id,
          nameRu: name,
          helpText: cleanName(r.help_text ?? ''),
          description: r.comment ? plainDescription(toPlainText(r.comment)) : '',
          photoRequired: r.image_required ?? false,
          extraFields: (r.additional_fields ?? [])
            .filter((f): f is typeof f & { name: ExtraField['name'] } => extraFieldNames.has(f.name as ExtraField['name']))
            .map((f) => ({ name: f.name, required: f.required ?? false })),
          locationKind: locationKindOf(r.wizard_widget),
          seasonFrom: window?.from ?? null,
          seasonTo: window?.to ?? null,
          seasonMessage: seasonMessage || null,
          verifiedRequired: r.is_esia_required ?? false,
          isPublic: r.is_public ?? true,
          archived: retired,
          departmentKind: importedDepartmentKind(o.id, c.id, r.id),
        });
      }
    }
  }
  return { ok: true, value: out };
}
