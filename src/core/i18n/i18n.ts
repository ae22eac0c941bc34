/** The languages the server answers in. */
export const languages = ['ru', 'en'] as const;
export type Language = (typeof languages)[number];

// the city's first language (its identity sets it; Russian until then): what a request asking for none is answered in
let cityLanguage: Language = languages[0];

/** Makes a language the one a request that names none (or only unknown ones) is answered in. */
export function setDefaultLanguage(lang: Language): void {
  cityLanguage = lang;
}

/** The city's first language: the answer to a request that names none, the fallback for a stored value that is none. */
export function defaultLanguage(): Language {
  return cityLanguage;
}

export type Catalogue = Record<string, string>;
// without a prototype, so that a key such as `field.name.__proto__` (from a request) is simply absent
const catalogues: Record<Language, Catalogue> = { ru: Object.create(null) as Catalogue, en: Object.create(null) as Catalogue };

/** Adds messages (module errors, mail texts) to the server catalogue; later keys must not clash. */
export function addMessages(messages: Record<Language, Catalogue>): void {
  for (const lang of languages) {
    for (const [key, text] of Object.entries(messages[lang])) {
      if (key in catalogues[lang] && catalogues[lang][key] !== text) throw new Error(`i18n key ${key} (${lang}) defined twice`);
      catalogues[lang][key] = text;
    }
  }
}

// messages set while the server runs (the city's name in e-mails, which its administrator changes): consulted first
const overrides: Record<Language, Catalogue> = { ru: Object.create(null) as Catalogue, en: Object.create(null) as Catalogue };

/**
 * Replaces one message in a language while the server runs, over what the catalogue says (the city's name, which
 * its administrator sets); null goes back to the catalogue's.
 */
export function overrideMessage(lang: Language, key: string, text: string | null): void {
  if (text === null) delete overrides[lang][key];
  else overrides[lang][key] = text;
}

/** True when the key has a message in every language. */
export function hasMessage(key: string): boolean {
  return languages.every((l) => key in catalogues[l]);
}

/**
 * Looks up a message and fills `{name}` placeholders. A `{n, plural, one|few|many|other}` style is
 * avoided on purpose: plural forms are keys `key#one`, `key#few`, `key#many`, `key#other` chosen
 * with Intl.PluralRules from the `count` parameter, which is what Russian needs.
 */
export function t(lang: Language, key: string, params: Record<string, string | number> = {}): string {
  let text: string | undefined;
  if (typeof params.count === 'number') {
    const form = new Intl.PluralRules(lang).select(params.count);
    text = catalogues[lang][`${key}#${form}`] ?? catalogues[lang][`${key}#other`];
  }
  text ??= overrides[lang][key] ?? catalogues[lang][key] ?? catalogues.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
}

/** Picks the best language from an Accept-Language header; the city's default when none matches. */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return cityLanguage;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { base: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((r) => r.base && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranked) if (isLanguage(r.base)) return r.base;
  return cityLanguage;
}

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (languages as readonly string[]).includes(v);
}
