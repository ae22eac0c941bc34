import { writeCsv } from '../../../core/csv/csv.js';

/**
 * The free-text answers of a poll as CSV for administrators: the question's number and text, then the
 * answer, one answer a line (no respondent). Texts are quoted, and a resident's text that would start
 * a spreadsheet formula (= + - @) gets a leading apostrophe (the core writer). Pure.
 */
export function textAnswersCsv(
  questions: readonly { id: string; position: number; text: string }[],
  answers: readonly { questionId: string; text: string | null }[],
): string {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const rows = answers.flatMap((a) => {
    const q = byId.get(a.questionId);
    return q ? [[q.position, q.text, a.text ?? '']] : [];
  });
  return writeCsv([['question', 'question_text', 'answer']]) + writeCsv(rows, { quoteText: true });
}
