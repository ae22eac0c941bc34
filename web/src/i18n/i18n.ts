import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../api/types.js';
import { en } from './en.js';
import { ru } from './ru.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof ru };
    keySeparator: false;
    nsSeparator: false;
  }
}

/** The interface languages; the first is the city's default. */
export const languages: readonly Language[] = ['ru', 'en'];
const storageKey = 'gorod.language';

export function isLanguage(v: unknown): v is Language {
  return v === 'ru' || v === 'en';
}

/** The language the person chose on this device, if they ever did. */
export function storedLanguage(): Language | null {
  try {
    const v = localStorage.getItem(storageKey);
    return isLanguage(v) ? v : null;
  } catch {
    return null;
  }
}

/**
 * The language a first visit shows: the first of the browser's languages (navigator.languages, most wanted first)
 * that the city offers, else the city's default (the first it offers).
 */
export function browserLanguage(offered: readonly Language[] = languages): Language {
  const wanted = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of wanted) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isLanguage(base) && offered.includes(base)) return base;
  }
  return offered[0] ?? 'ru';
}

/** The current interface language. */
export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'ru';
}

/** The BCP 47 locale used for numbers and dates in a language. */
export function localeOf(lang: Language): string {
  return lang === 'en' ? 'en-GB' : 'ru-RU';
}

/** Loads the catalogues synchronously (they are bundled) and applies the remembered language. */
export function initI18n(): void {
  // a first visit follows the browser; the city's own list narrows it once the site's settings arrive
  const lng = storedLanguage() ?? browserLanguage();
  void i18next.use(initReactI18next).init({
    resources: { ru: { translation: ru }, en: { translation: en } },
    lng,
    fallbackLng: false,
    supportedLngs: ['ru', 'en'],
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lng;
}

/**
 * Switches the interface language and sets <html lang>. `remember` stores the choice on this
 * device (an explicit choice); adopting the account's language does not.
 */
export async function switchLanguage(lang: Language, remember: boolean): Promise<void> {
  if (remember) {
    try {
      localStorage.setItem(storageKey, lang);
    } catch {
      // private mode: the choice lasts for this visit only
    }
  }
  document.documentElement.lang = lang;
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
}
