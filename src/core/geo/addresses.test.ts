import { describe, expect, it } from 'vitest';
import { keyWord, matchesWords, readAddress, searchWords } from './addresses.js';

describe('reading an address as people write it', () => {
  it.each([
    ['Невский пр., 28', 'Невский проспект', '28'],
    ['Невский проспект, 35', 'Невский проспект', '35'],
    ['проспект Невский 3', 'проспект Невский', '3'],
    ['ул. Дыбенко, д. 25, кв. 3', 'улица Дыбенко', '25'],
    ['Санкт-Петербург, Садовая ул., 50', 'Садовая улица', '50'],
    ['наб. канала Грибоедова, 120–150', 'набережная канала Грибоедова', '120–150'],
    ['Сенная пл.', 'Сенная площадь', null],
    ['пр-т Ветеранов, 10 корп. 2', 'проспект Ветеранов', '10к2'],
    ['2-я Советская ул., 7', '2-я Советская улица', '7'],
    ['Садовая 5', 'Садовая', '5'],
    ['Ёлочная ул., 1', 'Ёлочная улица', '1'],
  ])('%s → %s, house %s', (address, street, house) => {
    const read = readAddress(address);
    expect(read?.street.label).toBe(street);
    expect(read?.house).toBe(house);
  });

  it('groups spellings of one street under one key, whatever the abbreviation, order, case or ё', () => {
    const keys = ['Невский пр., 28', 'проспект Невский, 1', 'НЕВСКИЙ ПР-Т 3', 'Невский просп. 5'].map((a) => readAddress(a)?.street.key);
    expect(new Set(keys).size).toBe(1);
    expect(readAddress('Ёлочная ул.')?.street.key).toBe(readAddress('елочная улица')?.street.key);
    expect(readAddress('Невский пр.')?.street.key).not.toBe(readAddress('Невская ул.')?.street.key);
  });

  it('tells a street (with a kind) from a place named without one', () => {
    expect(readAddress('Сенная пл.')?.street.isStreet).toBe(true);
    expect(readAddress('Невский лесопарк')?.street.isStreet).toBe(false);
  });

  it('never takes a flat, an entrance or a town for a street, and tells nothing from numbers alone', () => {
    expect(readAddress('кв. 5')).toBeNull();
    expect(readAddress('12, 5')).toBeNull();
    expect(readAddress('г. Санкт-Петербург, Садовая, д. 5, кв. 12')).toEqual(expect.objectContaining({ house: '5' }));
    expect(readAddress('г. Санкт-Петербург, Садовая, д. 5, кв. 12')?.street.label).toBe('Садовая');
  });
});

describe('reading a search', () => {
  it('reads abbreviations as whole words, numbers as a house, and keeps the word still being typed as typed', () => {
    expect(searchWords('ул. Дыбенко 25')).toEqual({ words: ['улица', 'дыбенко'], numbers: ['25'] });
    expect(searchWords('Невский пр')).toEqual({ words: ['невский', 'пр'], numbers: [] });
    expect(searchWords('пр Невский')).toEqual({ words: ['проспект', 'невский'], numbers: [] });
    expect(searchWords('НЁВСКИЙ')).toEqual({ words: ['невский'], numbers: [] });
  });

  it('matches when every word begins a word of the street, in any order', () => {
    const street = readAddress('Невский пр., 28')!.street.words;
    expect(matchesWords(searchWords('невск').words, street)).toBe(true);
    expect(matchesWords(searchWords('пр. невский').words, street)).toBe(true);
    expect(matchesWords(searchWords('Невский пр').words, street)).toBe(true);
    expect(matchesWords(searchWords('Невский ул.').words, street)).toBe(false);
    expect(matchesWords(searchWords('ский').words, street)).toBe(false);
  });

  it('asks the database for the longest word that is no street kind', () => {
    expect(keyWord(searchWords('ул. Дыбенко'))).toBe('дыбенко');
    expect(keyWord(searchWords('ул.'))).toBeNull();
  });
});
