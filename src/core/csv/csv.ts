/**
 * CSV as spreadsheets write it (RFC 4180), through csv-parse and csv-stringify: read with the line each
 * record starts on, so that a problem names a line a person can find in the file, and written so that
 * no cell can start a spreadsheet formula. Pure: text in, values out (domain/ code may use it).
 */
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** A record and the line of the file it starts on (1-based; a quoted field may run over several lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Why the text is not CSV, at the line where the broken record starts: a quote opened and never
 * closed, or a quote in the wrong place (text after a closing quote, as in `"a"b`).
 */
export interface CsvSyntaxProblem {
  line: number;
  code: 'unclosed_quote' | 'misplaced_quote';
}

export type CsvReading = { ok: true; records: CsvRecord[] } | { ok: false; problem: CsvSyntaxProblem };

const countLineBreaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;

/** The first line from `from` on that is neither blank nor a comment: where the record not read starts. */
function firstRecordLine(text: string, from: number, comment: string | undefined): number {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let line = from;
  while (line < lines.length && (lines[line - 1]!.trim() === '' || (comment && lines[line - 1]!.trimStart().startsWith(comment)))) line++;
  return line;
}

/**
 * Reads CSV text: a byte-order mark is dropped; lines end in CRLF, LF or CR; fields are separated by
 * `delimiter` (`,` unless given) and may be quoted, a quoted field holding separators, line breaks and
 * `""` for one quote. Spaces around a field (outside its quotes) are dropped unless `trim` is false; a
 * quote inside an unquoted field is kept as text; records may differ in their number of fields (the
 * caller checks). Blank lines are left out, and so are lines starting with `comment` when given (their
 * text is not read as CSV, so a quote in a comment is harmless).
 */
export function readCsv(text: string, opts: { delimiter?: string; trim?: boolean; comment?: string } = {}): CsvReading {
  const records: CsvRecord[] = [];
  // Lines are counted here from each record's raw text: csv-parse's own count (info.lines) counts a CRLF
  // inside a quoted field twice, so every line number after such a field would be one too high. A
  // record's raw text starts with the comment lines before it, so its first line is found from its last.
  let next = 1; // the line where the text not read yet starts
  try {
    parse(text, {
      bom: true,
      delimiter: opts.delimiter ?? ',',
      record_delimiter: ['\r\n', '\n', '\r'],
      trim: opts.trim ?? true,
      relax_quotes: true,
      relax_column_count: true,
      ...(opts.comment ? { comment: opts.comment, comment_no_infix: true } : {}),
      raw: true,
      on_record: (read) => {
        const { record, raw } = read as unknown as { record: string[]; raw: string };
        next += countLineBreaks(raw);
        const last = /[\r\n]$/.test(raw) ? next - 1 : next;
        const inside = record.reduce((n, field) => n + countLineBreaks(field), 0);
        if (record.some((f) => f.trim() !== '')) records.push({ line: last - inside, fields: record });
        return null;
      },
    });
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    return {
      ok: false,
      problem: { line: firstRecordLine(text, next, opts.comment), code: e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'unclosed_quote' : 'misplaced_quote' },
    };
  }
  return { ok: true, records };
}

// A cell starting with = + - @ (or a tab or CR before one) runs as a formula when the file is opened
// in a spreadsheet (CSV injection): text that would is written with a leading apostrophe.
const formulaStart = /^[=+\-@\t\r]/;

/** Text safe to open in a spreadsheet: with a leading `'` when it would start a formula. */
export function spreadsheetSafe(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** A value of a CSV cell: text is made spreadsheet-safe, numbers and booleans are written as they are, null and undefined as an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * CSV lines (RFC 4180), each ended by CRLF: a field is quoted when it holds a comma, a quote or a line
 * break (and every text field when `quoteText`), a quote inside doubled; text goes through
 * spreadsheetSafe.
 */
export function writeCsv(rows: readonly (readonly CsvValue[])[], opts: { quoteText?: boolean } = {}): string {
  return stringify(rows as CsvValue[][], {
    record_delimiter: 'windows',
    // csv-stringify quotes only the whole record delimiter (CRLF): a lone LF or CR must be quoted too
    quoted_match: /[\r\n]/,
    quoted_string: opts.quoteText ?? false,
    cast: { string: (value) => spreadsheetSafe(value), boolean: (value) => String(value) },
  });
}
