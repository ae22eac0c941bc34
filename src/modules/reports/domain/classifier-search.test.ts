import { describe, expect, it } from 'vitest';
import { classifierTsQuery, searchWords } from './classifier-search.js';

describe('classifier search queries', () => {
  it('keeps letters and digits only, lower-cased, ё as е, at most 8 words', () => {
    expect(searchWords("Мусор' & | !(ёлка) <-> :*")).toEqual(['мусор', 'елка']);
    expect(searchWords('a b c d e f g h i j')).toHaveLength(8);
    expect(searchWords('   ')).toEqual([]);
  });

  it.each([
    ['мусор', 'мусор:*'],
    ['мусор ', 'мусор'],
    ['мусор во дворе', 'мусор & во & дворе:*'],
    ['подъез', 'подъез:*'],
    ['яма', '(яма:* | выбоина | дорожное <-> покрытие | асфальтовое <-> покрытие)'],
    ['яма на дороге', '(яма | выбоина | дорожное <-> покрытие | асфальтовое <-> покрытие) & на & дороге:*'],
    ['грязь в подъезде ', '(грязь | санитарное | уборка | мусор) & в & (подъезде | подъезд | парадная | лестничная <-> площадка)'],
    ['Батарея', '(батарея:* | радиатор | отопление)'],
  ])('%j → %s', (q, expected) => {
    expect(classifierTsQuery(q)?.all).toBe(expected);
  });

  it('nothing to search for → null; syntax characters never pass', () => {
    expect(classifierTsQuery('')).toBeNull();
    expect(classifierTsQuery('!!! :* &')).toBeNull();
    expect(classifierTsQuery("a' | b")).toEqual({ all: 'a & b:*', any: 'a | b:*', exact: 'a & b' });
  });
});
