import { z } from 'zod';
import { cleanName, type ImportedClassifier } from './classifier-import.js';

// English for a classifier, shipped next to its source file (data/spb_our_spb_classifier_en.json):
// names keyed by the source's ids; help texts, season messages and descriptions keyed by their
// Russian text, because many reasons share them.
const idKey = z.string().regex(/^\d{1,10}$/);
const names = z.record(idKey, z.string().trim().min(1).max(500));
const phrases = z.record(z.string().min(1), z.string().trim().min(1).max(2000));
/** The translations file's shape. */
export const classifierEnglishSchema = z.object({
  objects: names.default({}),
  categories: names.default({}),
  reasons: names.default({}),
  helpTexts: phrases.default({}),
  seasonMessages: phrases.default({}),
  /** What counts as each problem (the reasons' long descriptions, as plain text). */
  descriptions: z.record(z.string().min(1), z.string().trim().min(1).max(8000)).default({}),
});
export type ClassifierEnglish = z.infer<typeof classifierEnglishSchema>;

/** A phrase book: Russian text (spaces collapsed) → English. */
export type PhraseBook = ReadonlyMap<string, string>;

/** The help texts, season messages and descriptions of a translations file as one phrase book. */
export function phraseBook(en: ClassifierEnglish): PhraseBook {
  return new Map(
    [...Object.entries(en.helpTexts), ...Object.entries(en.seasonMessages), ...Object.entries(en.descriptions)].map(([ru, text]) => [cleanName(ru), text]),
  );
}

/** The English for a Russian help text, season message or description; null when the book has none (e.g. an administrator rewrote it). */
export function englishPhrase(book: PhraseBook, ru: string | null | undefined): string | null {
  if (!ru) return null;
  return book.get(cleanName(ru)) ?? null;
}

/** English names by kind and id, for the rows of an import. */
export interface EnglishNames {
  objects: Map<number, string>;
  categories: Map<number, string>;
  reasons: Map<number, string>;
}

/** The translations file's names as maps by id. */
export function englishNames(en: ClassifierEnglish | null): EnglishNames {
  const byId = (r: Record<string, string> | undefined) => new Map(Object.entries(r ?? {}).map(([id, name]) => [Number(id), cleanName(name)]));
  return { objects: byId(en?.objects), categories: byId(en?.categories), reasons: byId(en?.reasons) };
}

/**
 * Ids of a translations file that the classifier does not have (a file meant for another source or
 * with a typo): the import refuses it rather than quietly dropping names.
 */
export function unknownEnglishIds(data: ImportedClassifier, en: ClassifierEnglish): string[] {
  const has = {
    objects: new Set(data.objects.map((o) => o.id)),
    categories: new Set(data.categories.map((c) => c.id)),
    reasons: new Set(data.reasons.map((r) => r.id)),
  };
  return (['objects', 'categories', 'reasons'] as const).flatMap((kind) =>
    Object.keys(en[kind])
      .filter((id) => !has[kind].has(Number(id)))
      .map((id) => `${kind}.${id}`),
  );
}
