/**
 * Short person codes staff read aloud, type or scan at a desk instead of an account's 36-character id:
 * six random symbols of Crockford's base32 (no I, L, O, U) and a check symbol, shown as `K7F-29QX`.
 *
 * The check symbol makes the code a word of a linear code over GF(32) (the field of 32 elements, polynomial
 * x⁵ + x² + 1): the symbols s₁…s₇ satisfy Σ αⁱ·sᵢ = 0 with seven distinct non-zero weights αⁱ. So
 * - a single substituted symbol e at position i leaves the sum αⁱ·e ≠ 0: always detected;
 * - two transposed symbols a ≠ b at positions i, j leave (αⁱ + αʲ)(a + b) ≠ 0: always detected (adjacent or not);
 * and a code typed with one wrong character is never another valid code, so it never finds another person.
 * For a code that fails the check, the seven valid codes one substitution away (one per position) are the
 * suggestions: the use case shows those that belong to someone ("did you mean …?").
 */

/** Crockford's base32 alphabet: digits and letters without I, L, O and U. */
export const personCodeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Random symbols in a code; one check symbol follows. */
export const personCodeDataLength = 6;
/** Symbols in a whole code, the check symbol included. */
export const personCodeLength = personCodeDataLength + 1;

/** Why typed text is not a code. */
export type PersonCodeProblem = 'person_code_wrong_length' | 'person_code_bad_character' | 'person_code_check_failed';

export type ParsedPersonCode =
  | { ok: true; code: string }
  /** `suggestions`: the valid codes (canonical) one substitution away, when the length and symbols were right. */
  | { ok: false; reason: PersonCodeProblem; suggestions: string[] };

// GF(32) arithmetic: exp/log tables for the primitive polynomial x⁵ + x² + 1 (α = x generates all 31 non-zero elements)
const exp: number[] = [];
const log: number[] = new Array<number>(32).fill(0);
for (let i = 0, x = 1; i < 31; i++) {
  exp[i] = x;
  log[x] = i;
  x <<= 1;
  if (x & 32) x ^= 0b100101;
}
const mul = (a: number, b: number) => (a === 0 || b === 0 ? 0 : exp[(log[a]! + log[b]!) % 31]!);
const div = (a: number, b: number) => (a === 0 ? 0 : exp[(log[a]! - log[b]! + 31) % 31]!);
/** The weight of position i (0-based; the check symbol is the last, weight α⁰ = 1). */
const weight = (i: number) => exp[personCodeLength - 1 - i]!;

const valueOf = new Map([...personCodeAlphabet].map((c, i) => [c, i]));

/** The weighted sum of a code's symbol values; zero for a valid code. */
function syndrome(values: readonly number[]): number {
  return values.reduce((sum, v, i) => sum ^ mul(weight(i), v), 0);
}

/** The check symbol for six data values (0–31 each). */
function checkValue(data: readonly number[]): number {
  // with weight 1 on the check symbol, it equals the sum of the weighted data (addition is XOR in GF(32))
  return syndrome([...data, 0]);
}

/**
 * A code from six random numbers (any integers; each is taken modulo 32), e.g. from crypto.randomInt(32):
 * the canonical form, seven symbols without the dash.
 */
export function personCodeFromRandom(random: readonly number[]): string {
  if (random.length !== personCodeDataLength) throw new Error(`personCodeFromRandom needs ${personCodeDataLength} numbers`);
  const data = random.map((n) => ((n % 32) + 32) % 32);
  return [...data, checkValue(data)].map((v) => personCodeAlphabet[v]).join('');
}

/** How a code is shown and printed: `K7F-29QX` (a canonical or formatted code in). */
export function formatPersonCode(code: string): string {
  const c = code.replace(/-/g, '');
  return `${c.slice(0, 3)}-${c.slice(3)}`;
}

// Letters people (and phones) type instead of the code's: Crockford's decoding (O→0, I and L→1) and Cyrillic
// letters that look like Latin ones (a Russian keyboard: «К7Е-29ОХ» read off a screen).
const lookalike: Record<string, string> = {
  O: '0',
  I: '1',
  L: '1',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: '0',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  З: '3',
};
// A USB or phone scanner types key presses: with the Russian layout on, the key for K types «Л».
const russianLayout: Record<string, string> = Object.fromEntries([...'ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ'].map((c, i) => [c, 'QWERTYUIOPASDFGHJKLZXCVBNM'[i]!]));

function normalise(text: string, map: Record<string, string>): string {
  return [...text.toUpperCase().replace(/[\s\-‐‑‒–—_.]/g, '')].map((c) => map[c] ?? lookalike[c] ?? c).join('');
}

function parseNormalised(compact: string): ParsedPersonCode {
  if (compact.length !== personCodeLength) return { ok: false, reason: 'person_code_wrong_length', suggestions: [] };
  const values = [...compact].map((c) => valueOf.get(c));
  if (values.some((v) => v === undefined)) return { ok: false, reason: 'person_code_bad_character', suggestions: [] };
  const vs = values as number[];
  const s = syndrome(vs);
  if (s === 0) return { ok: true, code: compact };
  // one substitution at position i fixes the code only with the value vᵢ + s/wᵢ: seven suggestions at most
  const suggestions = vs.map((v, i) => vs.map((w, j) => personCodeAlphabet[j === i ? v ^ div(s, weight(i)) : w]).join(''));
  return { ok: false, reason: 'person_code_check_failed', suggestions };
}

/**
 * Reads a code as typed or scanned: case, spaces and dashes do not matter, O is 0, I and L are 1, Cyrillic
 * look-alikes are their Latin letters, and a scanner typing on the Russian layout is read as the keys it pressed.
 * A code that fails the check is refused with the valid codes one substitution away.
 */
export function parsePersonCode(text: string): ParsedPersonCode {
  const typed = parseNormalised(normalise(text, {}));
  if (typed.ok || !/[А-ЯЁ]/i.test(text)) return typed;
  const scanned = parseNormalised(normalise(text, russianLayout));
  return scanned.ok ? scanned : typed;
}

/**
 * Whether typed text is meant as a code rather than a name: seven symbols (give or take one) of the alphabet
 * and its look-alikes, with a digit or a dash in it — names have neither.
 */
export function looksLikePersonCode(text: string): boolean {
  const compact = normalise(text, {});
  if (!/^[0-9A-Z]+$/.test(compact) || Math.abs(compact.length - personCodeLength) > 1) return false;
  return /\d/.test(text) || /-/.test(text) || parsePersonCode(text).ok;
}

/** The desk page a person's QR code opens: the verification desk, which looks the person up by `?code=`. */
export const deskPagePath = '/verify';

/** The link a person's QR code carries: the desk page with their code (`https://…/verify?code=K7F-29QX`); nothing personal. */
export function personCodeLink(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${deskPagePath}?code=${formatPersonCode(code)}`;
}

/**
 * The code in a desk link as a scanner types it into the search field (the whole link, not the code alone),
 * also on the Russian layout, where `code=` comes out as `сщву=` (the code itself is then read as the keys
 * pressed by parsePersonCode). Null for text that is not such a link.
 */
export function codeInDeskLink(text: string): string | null {
  const m = /(?:code|сщву)=([^&#?,\s]+)/i.exec(text);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}
