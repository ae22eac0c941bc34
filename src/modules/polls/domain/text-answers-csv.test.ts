import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../core/csv/csv.js';
import { textAnswersCsv } from './text-answers-csv.js';

const questions = [
  { id: 'q1', position: 1, text: 'What should the park have?' },
  { id: 'q3', position: 3, text: 'Anything else, "briefly"?' },
];

describe('the free-text answers as CSV', () => {
  it('writes a header, then the question number, its text and the answer, texts quoted', () => {
    expect(textAnswersCsv(questions, [{ questionId: 'q1', text: 'benches' }])).toBe(
      'question,question_text,answer\r\n1,"What should the park have?","benches"\r\n',
    );
  });

  it('keeps separators, quotes and line breaks inside an answer, read back as written', () => {
    const answers = [
      { questionId: 'q3', text: 'trees, "lots"\nand a fountain' },
      { questionId: 'q1', text: 'a\r\nb' },
      { questionId: 'q1', text: null },
    ];
    const read = readCsv(textAnswersCsv(questions, answers), { trim: false });
    expect(read).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['question', 'question_text', 'answer'] },
        { line: 2, fields: ['3', 'Anything else, "briefly"?', 'trees, "lots"\nand a fountain'] },
        { line: 4, fields: ['1', 'What should the park have?', 'a\r\nb'] },
        { line: 6, fields: ['1', 'What should the park have?', ''] },
      ],
    });
  });

  it('puts an apostrophe before an answer a spreadsheet would run as a formula', () => {
    const csv = textAnswersCsv(questions, [
      { questionId: 'q1', text: '=HYPERLINK("http://evil","click")' },
      { questionId: 'q1', text: '+7 921' },
      { questionId: 'q1', text: '@SUM(A1)' },
      { questionId: 'q1', text: '-1' },
    ]);
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `1,"What should the park have?","'=HYPERLINK(""http://evil"",""click"")"`,
      `1,"What should the park have?","'+7 921"`,
      `1,"What should the park have?","'@SUM(A1)"`,
      `1,"What should the park have?","'-1"`,
    ]);
  });

  it('is the header alone without answers', () => {
    expect(textAnswersCsv(questions, [])).toBe('question,question_text,answer\r\n');
  });
});
