/**
 * The forbidden-words screen: pure rules for the list moderators keep and for matching it against
 * what people write. A word matches case-insensitively and on word boundaries in any script
 * (Cyrillic, Latin…); «ё» and «е» count as one letter; a trailing `*` matches any ending, which
 * Russian needs (`дурак*` holds «дурака», «дураки»).
 */

export const maxForbiddenWords = 500;
export const minWordLength = 2;
export const maxWordLength = 50;

/** Letters, digits, spaces and hyphens, optionally ending in `*`. */
const wordShape = /^[\p{L}\p{N}](?:[\p{L}\p{N} -]*[\p{L}\p{N}])?\*?$/u;

/** The form a word is stored and compared in: trimmed, lower-case, single spaces, «ё» as «е». */
export function normalizeWord(word: string): string {
  return foldText(word.trim()).replace(/\s+/g, ' ');
}

/** Lower-case with «ё» folded into «е», for comparing text with the list. */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

export type WordProblem = 'too_short' | 'too_long' | 'bad_shape' | 'too_many';

/** Why a list cannot be saved (the first problem and its word), or the normalized, de-duplicated, sorted list. */
export function normalizeWordList(words: string[]): { ok: true; words: string[] } | { ok: false; problem: WordProblem; word: string } {
  const out = new Set<string>();
  for (const raw of words) {
    const word = normalizeWord(raw);
    if (!word) continue;
    const letters = [...word.replace(/\*$/, '')].length;
    if (letters < minWordLength) return { ok: false, problem: 'too_short', word };
    if ([...word].length > maxWordLength) return { ok: false, problem: 'too_long', word };
    if (!wordShape.test(word)) return { ok: false, problem: 'bad_shape', word };
    out.add(word);
  }
  if (out.size > maxForbiddenWords) return { ok: false, problem: 'too_many', word: '' };
  return { ok: true, words: [...out].sort() };
}

/** Finds which of the listed words a text contains. */
export type WordMatcher = (text: string) => string[];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds a matcher for a normalized list (see normalizeWordList). */
export function buildMatcher(words: readonly string[]): WordMatcher {
  const patterns = words.map((word) => {
    const prefix = word.endsWith('*');
    const stem = escape(prefix ? word.slice(0, -1) : word).replace(/ /g, '\\s+');
    const tail = prefix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])';
    return { word, re: new RegExp(`(?<![\\p{L}\\p{N}])${stem}${tail}`, 'u') };
  });
  return (text) => {
    if (!patterns.length) return [];
    const folded = foldText(text);
    return patterns.filter((p) => p.re.test(folded)).map((p) => p.word);
  };
}
