import { describe, expect, it } from 'vitest';
import {
  codeInDeskLink,
  formatPersonCode,
  looksLikePersonCode,
  parsePersonCode,
  personCodeAlphabet,
  personCodeFromRandom,
  personCodeLength,
  personCodeLink,
} from './person-code.js';

/** A deterministic sample of codes (a linear congruential generator), so a failure names its code. */
function sampleCodes(count: number): string[] {
  let x = 12345;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) >>> 16;
  return Array.from({ length: count }, () => personCodeFromRandom(Array.from({ length: 6 }, next)));
}

const sample = sampleCodes(400);

describe('person codes', () => {
  it('are seven symbols of the alphabet, shown as XXX-XXXX, and read back as themselves', () => {
    for (const code of sample) {
      expect(code).toMatch(new RegExp(`^[${personCodeAlphabet}]{${personCodeLength}}$`));
      expect(formatPersonCode(code)).toBe(`${code.slice(0, 3)}-${code.slice(3)}`);
      expect(parsePersonCode(formatPersonCode(code))).toEqual({ ok: true, code });
    }
  });

  it('use no I, L, O or U', () => {
    expect(personCodeAlphabet).toHaveLength(32);
    expect(personCodeAlphabet).not.toMatch(/[ILOU]/);
  });

  it('detect every single substituted symbol, at every position, with every other symbol (exhaustive over the sample)', () => {
    let tried = 0;
    const missed: string[] = [];
    for (const code of sample)
      for (let i = 0; i < personCodeLength; i++)
        for (const c of personCodeAlphabet) {
          if (c === code[i]) continue;
          const typo = code.slice(0, i) + c + code.slice(i + 1);
          const parsed = parsePersonCode(typo);
          // refused, and the code meant is always among the suggestions
          if (parsed.ok || !parsed.suggestions.includes(code)) missed.push(`${code} → ${typo}`);
          tried++;
        }
    expect(missed).toEqual([]);
    expect(tried).toBe(sample.length * personCodeLength * 31);
  });

  it('detect every transposition of two different symbols, adjacent or not (exhaustive over the sample)', () => {
    const missed: string[] = [];
    for (const code of sample)
      for (let i = 0; i < personCodeLength; i++)
        for (let j = i + 1; j < personCodeLength; j++) {
          if (code[i] === code[j]) continue;
          const swapped = [...code];
          [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
          if (parsePersonCode(swapped.join('')).ok) missed.push(`${code} swap ${i},${j}`);
        }
    expect(missed).toEqual([]);
  });

  it('suggest only valid codes, one per position, each one substitution from what was typed', () => {
    const typo = `X${sample[0]!.slice(1)}`;
    const parsed = parsePersonCode(typo === sample[0] ? `Y${sample[0]!.slice(1)}` : typo);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason).toBe('person_code_check_failed');
    expect(parsed.suggestions).toHaveLength(personCodeLength);
    for (const s of parsed.suggestions) expect(parsePersonCode(s).ok).toBe(true);
  });

  it('read case, spaces, dashes and the usual confusions as the code', () => {
    const code = personCodeFromRandom([0, 1, 20, 2, 9, 21]); // 01M29N + check
    const variants = [code.toLowerCase(), ` ${code.slice(0, 3)} - ${code.slice(3)} `, `O${code.slice(1)}`, `o${code.slice(1).toLowerCase()}`];
    for (const v of variants) expect(parsePersonCode(v), v).toEqual({ ok: true, code });
    expect(parsePersonCode(`0I${code.slice(2)}`)).toEqual({ ok: true, code });
    expect(parsePersonCode(`0L${code.slice(2)}`)).toEqual({ ok: true, code });
  });

  it('read Cyrillic look-alikes and a scanner typing on the Russian layout', () => {
    const code = personCodeFromRandom([20, 17, 13, 14, 27, 29]); // M H D E V X + check
    const cyrillic = code.replace('M', 'М').replace('H', 'Н').replace('E', 'Е').replace('X', 'Х');
    expect(parsePersonCode(cyrillic)).toEqual({ ok: true, code });
    const layout = [...code].map((c) => ({ M: 'Ь', H: 'Р', D: 'В', E: 'У', V: 'М', X: 'Ч' })[c] ?? c).join('');
    expect(parsePersonCode(layout)).toEqual({ ok: true, code });
  });

  it('refuse a wrong length or a symbol outside the alphabet, without suggestions', () => {
    expect(parsePersonCode('K7F-29')).toEqual({ ok: false, reason: 'person_code_wrong_length', suggestions: [] });
    expect(parsePersonCode('K7F-29QXY')).toEqual({ ok: false, reason: 'person_code_wrong_length', suggestions: [] });
    expect(parsePersonCode('K7F-29U!')).toEqual({ ok: false, reason: 'person_code_bad_character', suggestions: [] });
    expect(parsePersonCode('')).toMatchObject({ ok: false, reason: 'person_code_wrong_length' });
  });

  it('tell a code from a name or an e-mail', () => {
    expect(looksLikePersonCode(formatPersonCode(sample[1]!))).toBe(true);
    expect(looksLikePersonCode('k7f 29qx')).toBe(true);
    expect(looksLikePersonCode('K7F-29Q')).toBe(true);
    expect(looksLikePersonCode('Анна')).toBe(false);
    expect(looksLikePersonCode('Иванова')).toBe(false);
    expect(looksLikePersonCode('Natalia')).toBe(false);
    expect(looksLikePersonCode('anna@example.org')).toBe(false);
  });

  it('travel in a desk link that the QR code carries, read back however a scanner types it', () => {
    const code = sample[1]!;
    const link = personCodeLink('https://gorod.example.org/', code);
    expect(link).toBe(`https://gorod.example.org/verify?code=${formatPersonCode(code)}`);
    expect(parsePersonCode(codeInDeskLink(link)!)).toEqual({ ok: true, code });
    // a scanner on the Russian layout types the keys: «code=» is «сщву=», the code is read as the keys pressed
    const russianKeys = (text: string) =>
      [...text].map((c) => 'йцукенгшщзфывапролдячсмить'['qwertyuiopasdfghjklzxcvbnm'.indexOf(c.toLowerCase())] ?? c).join('');
    expect(parsePersonCode(codeInDeskLink(`https://gorod.example.org/verify?${russianKeys('code')}=${russianKeys(formatPersonCode(code))}`)!)).toEqual({
      ok: true,
      code,
    });
    expect(codeInDeskLink('Анна Петрова')).toBeNull();
    expect(codeInDeskLink('anna@example.org')).toBeNull();
  });

  it('refuse six numbers of the wrong count', () => {
    expect(() => personCodeFromRandom([1, 2, 3])).toThrow();
  });
});
