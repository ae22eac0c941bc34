import { describe, expect, it } from 'vitest';
import { lineSchema, nameSchema, textSchema } from './schemas.js';
import { cleanLine, cleanName, cleanText, hasUnstorable, textLength } from './text.js';

const decomposedShort = 'и\u0306'; // и + combining breve: «й» typed in two code points
const emojiFamily = '👨\u200d👩\u200d👧';

describe('the one text rule', () => {
  it.each([
    ['NUL and other C0 controls are dropped', 'Ан\u0000на\u0007', 'Анна'],
    ['DEL and C1 controls are dropped', 'Ан\u007fна\u0085\u009b', 'Анна'],
    ['a lone high surrogate is dropped', 'Анна\ud800', 'Анна'],
    ['a lone low surrogate is dropped', '\udc00Анна', 'Анна'],
    ['a real surrogate pair (emoji) is kept', 'Анна 😀', 'Анна 😀'],
    ['a right-to-left override cannot reverse the rest', 'Анна\u202eанвеП', 'АннаанвеП'],
    ['bidi embeddings and isolates are dropped', '\u202aA\u202c \u2066B\u2069 \u2067C\u2069 \u2068D\u2069', 'A B C D'],
    ['zero-width space, word joiner, BOM and Mongolian vowel separator are dropped', '\ufeffАн\u200bна\u2060 Пе\u180eтрова', 'Анна Петрова'],
    ['zero-width joiners, marks and soft hyphens are dropped from names', 'Ан\u200dна\u200c \u200eПет\u00adрова\u200f\u061c', 'Анна Петрова'],
    ['decomposed letters are composed (NFC)', `Ма${decomposedShort}я`, 'Майя'],
    ['whitespace of any kind becomes one space', '  Анна \t\n  Петрова\u00a0\u2003 ', 'Анна Петрова'],
    ['line separators become spaces', 'Анна\u2028Петрова', 'Анна Петрова'],
    ['more than two combining marks on a letter are cut to two', 'q\u0301\u0302\u0303\u0304oe', 'q\u0301\u0302oe'],
    ['HTML stays literal text (escaped where shown)', '<b>Анна</b> & «Ко»', '<b>Анна</b> & «Ко»'],
  ])('name: %s', (_what, input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });

  it.each([
    ['a line keeps two combining marks and more (only names cut them)', 'q\u0301\u0302\u0303', 'q\u0301\u0302\u0303'],
    ['a line drops joiners like a name', `Семья ${emojiFamily}`, 'Семья 👨👩👧'],
    ['a line becomes one line', 'Яма\r\nна дороге\n', 'Яма на дороге'],
  ])('line: %s', (_what, input, expected) => {
    expect(cleanLine(input)).toBe(expected);
  });

  it.each([
    ['Windows and old Mac line endings become \\n', 'раз\r\nдва\rтри', 'раз\nдва\nтри'],
    ['Unicode line and paragraph separators and NEL become \\n', 'раз\u2028два\u2029три\u0085четыре', 'раз\nдва\nтри\nчетыре'],
    ['spaces and tabs before a line break are dropped', 'раз  \t\nдва', 'раз\nдва'],
    ['indentation at the start of a line is kept', 'список:\n  - раз', 'список:\n  - раз'],
    ['more than one blank line becomes one', 'раз\n\n\n\n\nдва', 'раз\n\nдва'],
    ['blank lines made of spaces count as blank', 'раз\n  \n \n\t\nдва', 'раз\n\nдва'],
    ['leading and trailing blank lines are trimmed', '\n\n  раз\n\n', 'раз'],
    ['tabs inside a line are kept', 'a\tb', 'a\tb'],
    ['NUL, controls, lone surrogates and bidi overrides are dropped', 'a\u0000b\u0008c\ud834d\u202ee', 'abcde'],
    ['emoji sequences keep their joiners', `семья ${emojiFamily}`, `семья ${emojiFamily}`],
    ['left-to-right and right-to-left marks are kept for mixed text', 'שלום\u200e 2026', 'שלום\u200e 2026'],
    ['zero-width spaces are dropped', 'до\u200bма', 'дома'],
    ['text is composed (NFC)', `Ма${decomposedShort}я`, 'Майя'],
  ])('text: %s', (_what, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('cleaning is idempotent on every kind', () => {
    const samples = ['\u202e Анна \u0000\n\n\n\nПетрова \ud800', `Ма${decomposedShort}я\r\n\r\n\r\nи ${emojiFamily}`, 'Z\u0301\u0302\u0303\u0304'];
    for (const s of samples) {
      for (const clean of [cleanLine, cleanName, cleanText]) expect(clean(clean(s))).toBe(clean(s));
    }
  });

  it('tells what no text column can store', () => {
    expect(hasUnstorable('a\u0000b')).toBe(true);
    expect(hasUnstorable('a\ud800')).toBe(true);
    expect(hasUnstorable('\udfffa')).toBe(true);
    expect(hasUnstorable('😀 \u202e ok')).toBe(false);
  });

  it('counts length in code points', () => {
    expect(textLength('😀й')).toBe(2);
  });
});

describe('text input schemas', () => {
  it('check the limits on the cleaned text', () => {
    const title = lineSchema(3, 5);
    expect(title.parse('  ab\u200bc  ')).toBe('abc');
    expect(title.safeParse(' a\u202e ').success).toBe(false);
    expect(title.safeParse('abcdef').success).toBe(false);
    // a limit counts what is stored: CRLF pairs count once
    expect(textSchema(1, 5).parse('a\r\nb\r\nc')).toBe('a\nb\nc');
    expect(nameSchema(1, 40).parse('Анна\u202eанвеП')).toBe('АннаанвеП');
  });
});
