/**
 * Reading the addresses people write in Russian («Невский пр., 28», «ул. Дыбенко, д. 25, кв. 3») so that a search
 * finds them however they were spelt: case and ё/е do not matter, and the street kinds' abbreviations (ул., пр., пр-т,
 * наб., пер., ш., пл., б-р) read as the whole word. Pure: the geocoder (core/geocode) and its tests use it.
 */

/** Every spelling of a street kind → the whole word. */
const streetKinds: Record<string, string> = {
  ул: 'улица',
  улица: 'улица',
  пр: 'проспект',
  'пр-т': 'проспект',
  'пр-кт': 'проспект',
  просп: 'проспект',
  проспект: 'проспект',
  наб: 'набережная',
  набережная: 'набережная',
  пер: 'переулок',
  переулок: 'переулок',
  ш: 'шоссе',
  шоссе: 'шоссе',
  пл: 'площадь',
  площадь: 'площадь',
  'б-р': 'бульвар',
  бул: 'бульвар',
  бульвар: 'бульвар',
  'пр-д': 'проезд',
  проезд: 'проезд',
  линия: 'линия',
  аллея: 'аллея',
  тупик: 'тупик',
};
const kindWords = new Set(Object.values(streetKinds));

/** Words that start the house part (д. 5, корп. 2) or a part that is no street (кв. 3, г. Санкт-Петербург). */
const houseWords = new Set(['д', 'дом']);
const buildingWords = new Set(['к', 'корп', 'корпус', 'стр', 'строение', 'лит', 'литера']);
const notStreetWords = new Set(['кв', 'квартира', 'под', 'подъезд', 'парадная', 'эт', 'этаж', 'г', 'город', 'россия', 'рф']);

/** A word that names rather than numbers: «2-я» (Советская), «1-й», a word with letters. */
const isName = (w: string) => /\p{L}/u.test(w) && !/^\d+[\p{L}]?$/u.test(w);
const isNumber = (w: string) => /^\d/.test(w) && !/^\d+-?(я|й|ая|ий|ой|го)$/.test(w);

/** Lower case, ё as е, NFC: how every compared text is folded. */
export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ё/g, 'е');
}

interface Token {
  /** As written (case kept), a kind abbreviation expanded. */
  text: string;
  /** Folded, a kind abbreviation expanded. */
  word: string;
  /** Folded as written. */
  folded: string;
  /** Written with a full stop after it (an abbreviation). */
  dotted: boolean;
}

function tokens(part: string): Token[] {
  const out: Token[] = [];
  for (const m of part.matchAll(/([\p{L}\d][\p{L}\d/–-]*)(\.?)/gu)) {
    const raw = m[1]!.replace(/[–-]+$/, '');
    const word = fold(raw);
    const kind = streetKinds[word];
    out.push({ text: kind ?? raw, word: kind ?? word, folded: word, dotted: m[2] === '.' });
  }
  return out;
}

/** A street as read from addresses: `key` groups spellings («Невский пр.», «проспект Невский»), `label` reads well. */
export interface Street {
  key: string;
  label: string;
  /** Folded words of the name and kind, for matching. */
  words: string[];
  /** Named with a street kind (улица, проспект, площадь…); false for a place such as «Невский лесопарк». */
  isStreet: boolean;
}

/** What an address names: its street and the house number (never a flat, entrance or floor). */
export interface ReadAddress {
  street: Street;
  /** «28», «5к2», «120–150»; null for a street alone. */
  house: string | null;
}

function streetOf(ts: Token[]): Street | null {
  const names = ts.filter((t) => !kindWords.has(t.word));
  if (!names.some((t) => isName(t.word))) return null;
  const kind = ts.find((t) => kindWords.has(t.word))?.word ?? '';
  return {
    key: `${names
      .map((t) => t.word)
      .sort()
      .join(' ')}|${kind}`,
    label: ts.map((t) => t.text).join(' '),
    words: ts.map((t) => t.word),
    isStreet: kind !== '',
  };
}

function houseOf(ts: Token[]): string | null {
  const i = ts.findIndex((t) => isNumber(t.word));
  if (i < 0) return null;
  let house = ts[i]!.word;
  const next = ts[i + 1];
  const after = ts[i + 2];
  // «5 корп. 2» → «5к2»
  if (next && buildingWords.has(next.word) && after && /^\d+$/.test(after.word)) house += `к${after.word}`;
  return house;
}

/**
 * Reads an address into its street and house number, or null when no street can be told: the part of the address
 * with a street kind (улица, проспект…) is the street; without one, the first part that names something and is no
 * flat, town or house. The house is the first number in the street's part or the next part.
 */
export function readAddress(address: string): ReadAddress | null {
  const parts = address
    .split(/[,;]/)
    .map(tokens)
    .filter((ts) => ts.length);
  const usable = (ts: Token[]) => !notStreetWords.has(ts[0]!.word) && !houseWords.has(ts[0]!.word) && !buildingWords.has(ts[0]!.word);
  // a part followed by a house («Садовая, 5», «Садовая, д. 5») or holding one («Садовая 5»)
  const housed = (i: number) => {
    const first = parts[i + 1]?.[0]?.word ?? '';
    return parts[i]!.some((t) => isNumber(t.word)) || isNumber(first) || houseWords.has(first);
  };
  let at = parts.findIndex((ts) => usable(ts) && ts.some((t) => kindWords.has(t.word)));
  if (at < 0) at = parts.findIndex((ts, i) => usable(ts) && isName(ts[0]!.word) && housed(i));
  if (at < 0 && parts.filter(usable).length === 1) at = parts.findIndex(usable);
  if (at < 0) return null;
  const part = parts[at]!;
  // the street's words run up to the first number («Садовая 5»); «2-я Советская» keeps its ordinal
  const firstNumber = part.findIndex((t, i) => i > 0 && isNumber(t.word));
  const streetTokens = firstNumber < 0 ? part : part.slice(0, firstNumber);
  const street = streetOf(streetTokens.filter((t) => !houseWords.has(t.word)));
  if (!street) return null;
  const next = parts[at + 1];
  const house = firstNumber >= 0 ? houseOf(part.slice(firstNumber)) : next && !notStreetWords.has(next[0]!.word) ? houseOf(next) : null;
  return { street, house };
}

/** A search as words: folded, abbreviations read as the whole word when written with a full stop or followed by more. */
export interface SearchWords {
  /** Words that must each begin a word of what is found (kinds expanded). */
  words: string[];
  /** Numbers typed (a house). */
  numbers: string[];
}

/** Reads what a person typed into the words a street must contain and the house numbers it asks for. */
export function searchWords(query: string): SearchWords {
  const ts = tokens(query);
  const words: string[] = [];
  const numbers: string[] = [];
  ts.forEach((t, i) => {
    if (isNumber(t.word)) numbers.push(t.word);
    else if (houseWords.has(t.word) || buildingWords.has(t.word) || notStreetWords.has(t.word)) return;
    // the last word may still be being typed: «пр» is «Пражская» as much as «проспект»
    else words.push(i === ts.length - 1 && !t.dotted ? t.folded : t.word);
  });
  return { words, numbers };
}

/** True when every search word begins one of the words (in any order). */
export function matchesWords(search: string[], words: string[]): boolean {
  return search.every((s) => words.some((w) => w.startsWith(s) || (w.includes('-') && w.split('-').some((p) => p.startsWith(s)))));
}

/** The longest search word that is no street kind: what the database is asked to contain (null: nothing to look for). */
export function keyWord(search: SearchWords): string | null {
  const names = search.words.filter((w) => !kindWords.has(w));
  return names.sort((a, b) => b.length - a.length)[0] ?? null;
}
