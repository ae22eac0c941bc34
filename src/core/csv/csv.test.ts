import { describe, expect, it } from 'vitest';
import { readCsv, spreadsheetSafe, writeCsv } from './csv.js';

const records = (text: string, opts?: Parameters<typeof readCsv>[1]) => {
  const read = readCsv(text, opts);
  if (!read.ok) throw new Error(`not CSV: ${JSON.stringify(read.problem)}`);
  return read.records;
};

describe('reading CSV', () => {
  it('a quoted field holds the separator, doubled quotes and line breaks', () => {
    expect(records('a,"b, c","say ""hi""","two\nlines"\n')).toEqual([{ line: 1, fields: ['a', 'b, c', 'say "hi"', 'two\nlines'] }]);
    expect(records('"40 10; 123456";nevsky', { delimiter: ';' })).toEqual([{ line: 1, fields: ['40 10; 123456', 'nevsky'] }]);
  });

  it('drops a byte-order mark, so the first column is named as written', () => {
    expect(records('\ufeffdocument_number,district\r\n1,2\r\n')).toEqual([
      { line: 1, fields: ['document_number', 'district'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('numbers records by the line they start on, after quoted fields over several lines and blank lines', () => {
    const text = 'h1,h2\n"one\ntwo\nthree",x\n\nafter,y\n"a\r\nb",z\r\nlast,w';
    expect(records(text).map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'h1'],
      [2, 'one\ntwo\nthree'],
      [6, 'after'],
      [7, 'a\r\nb'],
      [9, 'last'],
    ]);
  });

  it('counts a CRLF inside quotes as one line (csv-parse counts it twice)', () => {
    expect(records('a\r\n"x\r\ny"\r\nb\r\nc').map((r) => r.line)).toEqual([1, 2, 4, 5]);
  });

  it('reads LF, CRLF and CR line ends in one file, and leaves out blank and whitespace-only lines', () => {
    expect(records('a\r\nb\nc\rd\n   \n,\ne').map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
      [7, 'e'],
    ]);
  });

  it('leaves out comment lines when asked, whatever quotes they hold, and counts their lines', () => {
    expect(records('# a "note, unclosed\r\na,#b\r\n  # indented\n"c\nd",e\n#\nf', { comment: '#' })).toEqual([
      { line: 2, fields: ['a', '#b'] },
      { line: 4, fields: ['c\nd', 'e'] },
      { line: 7, fields: ['f'] },
    ]);
  });

  it('drops spaces around fields and their quotes, unless told to keep them', () => {
    expect(records('1 , "a b" ,  c')[0]!.fields).toEqual(['1', 'a b', 'c']);
    expect(records('1, note, with commas', { trim: false })[0]!.fields).toEqual(['1', ' note', ' with commas']);
  });

  it('keeps a quote inside an unquoted field as text, and records of any length', () => {
    expect(records('5" pipe,a\nb')).toEqual([
      { line: 1, fields: ['5" pipe', 'a'] },
      { line: 2, fields: ['b'] },
    ]);
  });

  it('refuses a quote never closed, at the line its record starts', () => {
    expect(readCsv('a,b\n"x\ny",1\nc,"never\nclosed\n')).toEqual({ ok: false, problem: { line: 4, code: 'unclosed_quote' } });
  });

  it('refuses a quote never closed after comment and blank lines, at the line its record starts', () => {
    expect(readCsv('a\n# note\n\n"x\ny', { comment: '#' })).toEqual({ ok: false, problem: { line: 4, code: 'unclosed_quote' } });
  });

  it('refuses text after a closing quote, at its line', () => {
    expect(readCsv('a,b\n"one\ntwo",1\nc,"d"e\n')).toEqual({ ok: false, problem: { line: 4, code: 'misplaced_quote' } });
  });

  it('reads what it writes', () => {
    const rows = [
      ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rline', ''],
      ['Невский', ' spaced ', '"', ',', 'a\r\nb', 'x'],
    ];
    expect(records(writeCsv(rows), { trim: false }).map((r) => r.fields)).toEqual(rows);
  });
});

describe('writing CSV', () => {
  it('quotes a field only when it holds a comma, a quote or a line break, and ends lines with CRLF', () => {
    expect(writeCsv([['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'a;b']])).toBe('plain,"a,b","say ""hi""","two\nlines","cr\rhere",a;b\r\n');
  });

  it('writes numbers, booleans and empty values as they are', () => {
    expect(writeCsv([[-5.5, 0, false, true, null, undefined, '']])).toBe('-5.5,0,false,true,,,\r\n');
  });

  it('quotes every text field when asked, numbers still bare', () => {
    expect(writeCsv([[1, 'text', '']], { quoteText: true })).toBe('1,"text",""\r\n');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+7 921 000-00-00', "'+7 921 000-00-00"],
    ['-5 degrees', "'-5 degrees"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', `"'\r=cmd"`],
  ])('text %j that a spreadsheet would run as a formula is written %j', (value, written) => {
    expect(writeCsv([[value]])).toBe(`${written}\r\n`);
  });

  it.each(['a=b', ' =1', 'Невский, 5', "'quoted"])('text %j that starts no formula is written as it is', (value) => {
    expect(readCsv(writeCsv([[value]]), { trim: false })).toEqual({ ok: true, records: [{ line: 1, fields: [value] }] });
  });

  it('guards a formula inside a field that needs quotes too', () => {
    expect(writeCsv([['=HYPERLINK("http://evil")']])).toBe(`"'=HYPERLINK(""http://evil"")"\r\n`);
    expect(spreadsheetSafe('-')).toBe("'-");
  });
});
