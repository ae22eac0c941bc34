import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../api/types.js';
import type { ru } from './ru.js';
import { textGroupOf, type TextGroup } from './text-groups.js';

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

type Catalogue = Record<string, string>;

/**
 * Each language's text groups (text-groups.ts), each its own file of the build: `?texts=<group>` asks
 * web/vite.config.ts for that group's keys of the catalogue. Only the groups a visit needs, in its language, are fetched.
 */
const loaders: Record<Language, Record<TextGroup, () => Promise<{ default: Catalogue }>>> = {
  ru: {
    base: () => import('./ru.js?texts=base'),
    home: () => import('./ru.js?texts=home'),
    account: () => import('./ru.js?texts=account'),
    reports: () => import('./ru.js?texts=reports'),
    reportForm: () => import('./ru.js?texts=reportForm'),
    reportDesk: () => import('./ru.js?texts=reportDesk'),
    budgeting: () => import('./ru.js?texts=budgeting'),
    polls: () => import('./ru.js?texts=polls'),
    initiatives: () => import('./ru.js?texts=initiatives'),
    crowd: () => import('./ru.js?texts=crowd'),
    verification: () => import('./ru.js?texts=verification'),
    points: () => import('./ru.js?texts=points'),
    admin: () => import('./ru.js?texts=admin'),
    events: () => import('./ru.js?texts=events'),
    week: () => import('./ru.js?texts=week'),
    places: () => import('./ru.js?texts=places'),
    search: () => import('./ru.js?texts=search'),
    monitor: () => import('./ru.js?texts=monitor'),
    groups: () => import('./ru.js?texts=groups'),
    messages: () => import('./ru.js?texts=messages'),
    services: () => import('./ru.js?texts=services'),
  },
  en: {
    base: () => import('./en.js?texts=base'),
    home: () => import('./en.js?texts=home'),
    account: () => import('./en.js?texts=account'),
    reports: () => import('./en.js?texts=reports'),
    reportForm: () => import('./en.js?texts=reportForm'),
    reportDesk: () => import('./en.js?texts=reportDesk'),
    budgeting: () => import('./en.js?texts=budgeting'),
    polls: () => import('./en.js?texts=polls'),
    initiatives: () => import('./en.js?texts=initiatives'),
    crowd: () => import('./en.js?texts=crowd'),
    verification: () => import('./en.js?texts=verification'),
    points: () => import('./en.js?texts=points'),
    admin: () => import('./en.js?texts=admin'),
    events: () => import('./en.js?texts=events'),
    week: () => import('./en.js?texts=week'),
    places: () => import('./en.js?texts=places'),
    search: () => import('./en.js?texts=search'),
    monitor: () => import('./en.js?texts=monitor'),
    groups: () => import('./en.js?texts=groups'),
    messages: () => import('./en.js?texts=messages'),
    services: () => import('./en.js?texts=services'),
  },
};

/** The groups this visit has asked for (in every language it switches to, they are fetched again). */
const wanted = new Set<TextGroup>(['base']);
const loaded = new Map<string, Promise<void>>();

function loadGroup(lang: Language, group: TextGroup): Promise<void> {
  const id = `${lang}/${group}`;
  let done = loaded.get(id);
  if (!done) {
    done = loaders[lang][group]().then(
      (m) => {
        // the module's catalogue is not used elsewhere: no copy needed
        i18next.addResourceBundle(lang, 'translation', m.default, true, true, { skipCopy: true });
        // each language's name is written in that language, the same in every catalogue: the switcher
        // names the other language before its texts are fetched
        if (group === 'base') {
          const names = Object.fromEntries(Object.entries(m.default).filter(([key]) => key.startsWith('language.')));
          for (const other of languages) if (other !== lang) i18next.addResourceBundle(other, 'translation', names, true, false);
        }
      },
      (err: unknown) => {
        // a failed download (offline, a deploy replaced the files) may be tried again by the next page
        loaded.delete(id);
        throw err;
      },
    );
    loaded.set(id, done);
  }
  return done;
}

/** Fetches text groups in the current language (once); the interface redraws when they arrive. */
export async function loadTexts(groups: readonly TextGroup[], lang: Language = currentLanguage()): Promise<void> {
  for (const g of groups) wanted.add(g);
  await Promise.all(groups.map((g) => loadGroup(lang, g)));
}

/** A page's module, resolved once its text groups have arrived too (for React's `lazy`). */
export async function withTexts<T>(groups: readonly TextGroup[], page: Promise<T>): Promise<T> {
  const [module] = await Promise.all([page, loadTexts(groups)]);
  return module;
}

/** Fetches the first page's texts in the remembered language and applies it; the app renders after. */
export async function initI18n(groups: readonly TextGroup[] = []): Promise<void> {
  // a first visit follows the browser; the city's own list narrows it once the site's settings arrive
  const lng = storedLanguage() ?? browserLanguage();
  await i18next.use(initReactI18next).init({
    resources: {},
    lng,
    fallbackLng: false,
    supportedLngs: ['ru', 'en'],
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
    // a group fetched later redraws the components that use it
    react: { bindI18nStore: 'added' },
    // a key whose group no page asked for yet: fetch the group (the page shows nothing in its place meanwhile)
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => {
      const group = textGroupOf(key);
      if (loaded.has(`${currentLanguage()}/${group}`)) return;
      // the page's texts should come with it (app.tsx's withTexts): say so, for whoever adds the page
      console.warn(`texts fetched late: ${group} for ${key}`);
      void loadTexts([group]).catch(() => {});
    },
    parseMissingKeyHandler: (key) => (loaded.has(`${currentLanguage()}/${textGroupOf(key)}`) ? key : ''),
  });
  await loadTexts(['base', ...groups], lng);
  document.documentElement.lang = lng;
}

/**
 * Switches the interface language and sets <html lang>, once the new language's texts for every group this
 * visit has used have arrived (no page shows keys meanwhile). `remember` stores the choice on this
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
  await loadTexts([...wanted], lang);
  document.documentElement.lang = lang;
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
}
