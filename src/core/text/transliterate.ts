const letters: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * A Russian name in Latin letters for the English side when a file has no English names, in the
 * spelling the demo city's districts use: «Колпинский район» → "Kolpinsky District" (adjective
 * endings -ий/-ый read "-y", the word «район» becomes "District"). Latin text passes unchanged.
 */
export function transliterate(ru: string): string {
  const words = ru
    .trim()
    .split(/\s+/)
    .map((word) => {
      if (/^район$/i.test(word)) return 'District';
      const stem = word.replace(/(ий|ый)$/i, (m) => (m[0] === m[0]!.toUpperCase() ? 'Y' : 'y'));
      let out = '';
      // a soft or hard sign before е or и is read as "y" (Ильинский → Ilyinsky, Щучье → Shchuchye)
      for (const ch of stem.replace(/[ьъ](?=[еи])/gi, (m) => (m === m.toUpperCase() ? 'Y' : 'y'))) {
        const lower = ch.toLowerCase();
        const latin = letters[lower];
        if (latin === undefined) out += ch;
        else out += ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
      }
      return out;
    });
  return words.join(' ');
}

/**
 * Lower-case Latin letters, digits and hyphens from any name (Russian transliterated, accents dropped), at most
 * `max` characters; '' when nothing is left. Ids in page addresses are made with it.
 */
export function slugify(name: string, max = 64): string {
  return transliterate(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
