/**
 * The one rule for text people type, whatever the module: a name, a one-line title, a long text. Pure.
 *
 * Every kind loses what cannot be stored or shown honestly:
 * - NUL and the other control characters (C0 but tab and line breaks, DEL, C1): PostgreSQL refuses NUL in text,
 *   and the rest are invisible;
 * - lone surrogates (half of a UTF-16 pair): not a character at all; PostgreSQL's JSON refuses them;
 * - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): U+202E makes «Анна» display reversed
 *   after it, so a name or a title could read as something else;
 * - invisible characters that only hide differences: zero-width space (U+200B), word joiner (U+2060), the byte
 *   order mark (U+FEFF), the Mongolian vowel separator (U+180E);
 * and is put into Unicode NFC, so «й» typed as и + ◌̆ and as one character compare and search alike.
 *
 * Names and lines go further, because two people or two titles must not look alike while being different:
 * zero-width joiners and non-joiners (U+200C, U+200D), the left-to-right and right-to-left marks (U+200E, U+200F,
 * U+061C) and soft hyphens (U+00AD) are dropped, and all whitespace (line breaks included) becomes one space.
 * Long text keeps the joiners (emoji sequences, Persian) and the marks (mixed-direction text), and keeps its
 * paragraphs: line breaks are unified to \n, spaces before a line break dropped, and more than one blank line in
 * a row becomes one.
 */

// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;
const invisible = /[\u200b\u2060\ufeff\u180e]/g;
const joinersAndMarks = /[\u200c-\u200f\u061c\u00ad]/g;

/** What every kind of text loses (see the module comment), before its own whitespace rule. */
function common(s: string): string {
  return s.replace(loneSurrogates, '').replace(controls, '').replace(bidiControls, '').replace(invisible, '').normalize('NFC');
}

/** A one-line text (a title, an address, a subject): whitespace of any kind collapsed to one space, trimmed. */
export function cleanLine(s: string): string {
  return common(s).replace(joinersAndMarks, '').replace(/\s+/g, ' ').trim();
}

/**
 * A person's or a thing's name: a line that cannot hide a difference (see the module comment), and whose
 * combining marks stack at most two on a letter, so a name cannot spill over the lines around it.
 */
export function cleanName(s: string): string {
  return cleanLine(s).replace(/(\p{M}{2})\p{M}+/gu, '$1');
}

/**
 * A long text (a description, a comment, an answer): paragraphs kept, line breaks unified to \n, spaces and tabs
 * before a line break dropped, at most one blank line in a row, trimmed.
 */
export function cleanText(s: string): string {
  return common(s.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n'))
    .replace(/[^\S\n]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether a string holds something no text column can take (NUL, a lone surrogate): refused as input anywhere. */
export function hasUnstorable(s: string): boolean {
  return s.includes('\u0000') || /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

/** Length as people count it: code points, so an emoji is one and not two. */
export function textLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
