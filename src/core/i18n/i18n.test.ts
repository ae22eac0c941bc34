import { describe, expect, it } from 'vitest';
import { addMessages, hasMessage, languageFromHeader, setDefaultLanguage, t } from './i18n.js';

addMessages({
  ru: {
    'test.residents#one': '{count} житель',
    'test.residents#few': '{count} жителя',
    'test.residents#many': '{count} жителей',
    'test.hello': 'Привет, {name}',
  },
  en: { 'test.residents#one': '{count} resident', 'test.residents#other': '{count} residents', 'test.hello': 'Hello, {name}' },
});

describe('server messages', () => {
  it.each([
    [1, '1 житель'],
    [2, '2 жителя'],
    [5, '5 жителей'],
    [11, '11 жителей'],
    [21, '21 житель'],
    [104, '104 жителя'],
  ])('Russian plural for %d is «%s»', (count, text) => {
    expect(t('ru', 'test.residents', { count })).toBe(text);
  });

  it('English plural and placeholders', () => {
    expect(t('en', 'test.residents', { count: 1 })).toBe('1 resident');
    expect(t('en', 'test.residents', { count: 3 })).toBe('3 residents');
    expect(t('en', 'test.hello', { name: 'Anna' })).toBe('Hello, Anna');
  });

  it('an unknown key falls back to the key itself, never to an empty string', () => {
    expect(t('ru', 'test.missing')).toBe('test.missing');
  });

  it.each([
    [undefined, 'ru'],
    ['', 'ru'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9,en;q=0.5,ru;q=0.4', 'en'],
    ['fr, ru;q=0.1', 'ru'],
    ['en;q=0, ru', 'ru'],
    ['garbage;;q=x', 'ru'],
  ])('Accept-Language %j → %s', (header, lang) => {
    expect(languageFromHeader(header)).toBe(lang);
  });

  it('a request naming no language it knows is answered in the city’s first language', () => {
    setDefaultLanguage('en');
    try {
      expect(languageFromHeader(undefined)).toBe('en');
      expect(languageFromHeader('fr-FR, de;q=0.8')).toBe('en');
      expect(languageFromHeader('ru;q=0.3, fr')).toBe('ru');
    } finally {
      setDefaultLanguage('ru');
    }
  });

  it('refuses two different texts for one key', () => {
    expect(() => addMessages({ ru: { 'test.hello': 'Здравствуйте' }, en: {} })).toThrow(/defined twice/);
  });
});

describe('keys from requests', () => {
  it('a prototype name is no message', () => {
    expect(hasMessage('__proto__')).toBe(false);
    expect(hasMessage('constructor')).toBe(false);
    expect(t('ru', 'constructor')).toBe('constructor');
    expect(t('en', 'toString', { toString: 'x' })).toBe('toString');
  });
});
