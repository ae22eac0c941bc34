import { describe, expect, it } from 'vitest';
import { buildMatcher, normalizeWordList } from './forbidden-words.js';

describe('forbidden words', () => {
  const list = normalizeWordList(['Дурак', 'spam', 'идиот*', 'плохое слово']);
  const match = buildMatcher(list.ok ? list.words : []);

  it.each([
    ['Сам ты ДУРАК!', ['дурак']],
    ['дураковатый вид', []],
    ['not spammy at all', []],
    ['Buy SPAM now', ['spam']],
    ['вот идиоты какие', ['идиот*']],
    ['кретинидиот', []],
    ['это плохое   слово', ['плохое слово']],
    ['«дурак»', ['дурак']],
    ['дурак и spam', ['spam', 'дурак']],
    ['', []],
  ])('%s → %j', (text, expected) => {
    expect(match(text)).toEqual(expected);
  });

  it('folds ё into е on both sides', () => {
    const m = buildMatcher(['еж']);
    expect(m('Колючий Ёж')).toEqual(['еж']);
  });

  it('normalizes, de-duplicates and sorts the list', () => {
    expect(normalizeWordList(['  Spam ', 'spam', 'Ёлка', ''])).toEqual({ ok: true, words: ['spam', 'елка'] });
  });

  it.each([
    [['a'], 'too_short'],
    [['x'.repeat(51)], 'too_long'],
    [['no,commas'], 'bad_shape'],
    [['*'], 'too_short'],
    [['(regex)'], 'bad_shape'],
  ] as const)('refuses %j: %s', (words, problem) => {
    expect(normalizeWordList([...words])).toMatchObject({ ok: false, problem });
  });

  it('refuses more than 500 words', () => {
    expect(normalizeWordList(Array.from({ length: 501 }, (_, i) => `word${i}`))).toMatchObject({ ok: false, problem: 'too_many' });
  });
});
