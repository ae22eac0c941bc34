import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { ru } from './ru.js';

// A text with a count must read right for every count: Russian needs four forms (1 сообщение,
// 2 сообщения, 5 сообщений, 1,5 сообщения), English two (1 report, 2 reports). i18next picks
// `key_one`, `key_few`, `key_many` or `key_other` by the language's plural rules.
const forms = { ru: ['one', 'few', 'many', 'other'], en: ['one', 'other'] } as const;
const suffix = /_(zero|one|two|few|many|other)$/;
// a figure after a colon or in brackets agrees with nothing: «Выбрано проектов: 3», "Removed (3)"
const figureOnly = (text: string) => text.replace(/:\s*\{\{\s*count\s*\}\}|\(\{\{\s*count\s*\}\}\)/g, '');

function problems(lang: 'ru' | 'en', dict: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [key, text] of Object.entries(dict)) {
    if (!/\{\{\s*count\b/.test(suffix.test(key) ? text : figureOnly(text))) continue;
    const base = key.replace(suffix, '');
    if (base === key) {
      found.push(`${key}: has {{count}} but no plural forms (${forms[lang].map((f) => `${key}_${f}`).join(', ')})`);
      continue;
    }
    for (const f of forms[lang]) if (!(`${base}_${f}` in dict)) found.push(`${base}_${f} is missing`);
  }
  return [...new Set(found)];
}

describe('plural forms in the web dictionaries', () => {
  it('every Russian text with {{count}} has the one, few, many and other forms', () => {
    expect(problems('ru', ru)).toEqual([]);
  });
  it('every English text with {{count}} has the one and other forms', () => {
    expect(problems('en', en)).toEqual([]);
  });
  it('every plural form has its count', () => {
    for (const [lang, dict] of [
      ['ru', ru],
      ['en', en],
    ] as const) {
      const bare = Object.entries(dict as Record<string, string>)
        .filter(([key, text]) => /_(one|few|many|other)$/.test(key) && !/\{\{\s*count\b/.test(text) && /\d/.test(text))
        .map(([key]) => `${lang}: ${key}`);
      expect(bare).toEqual([]);
    }
  });
});
