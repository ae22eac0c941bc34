import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserLanguage } from './i18n.js';

const browserWants = (languages: string[]) => vi.stubGlobal('navigator', { languages, language: languages[0] ?? '' });
afterEach(() => vi.unstubAllGlobals());

describe('a first visit’s language', () => {
  it('is the first of the browser’s languages the city offers', () => {
    browserWants(['de-DE', 'en-GB', 'ru']);
    expect(browserLanguage(['ru', 'en'])).toBe('en');
    browserWants(['ru-RU', 'en']);
    expect(browserLanguage(['ru', 'en'])).toBe('ru');
    expect(browserLanguage(['en'])).toBe('en');
  });

  it('is the city’s default when the browser wants none it offers', () => {
    browserWants(['fr-FR', 'de']);
    expect(browserLanguage(['en', 'ru'])).toBe('en');
    browserWants([]);
    expect(browserLanguage(['ru', 'en'])).toBe('ru');
  });
});
