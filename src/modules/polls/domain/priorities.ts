/** What a closed «Родной район» priorities poll commits the city to: its top directions. Pure. */
import type { QuestionResult } from './results.js';

/** How many of the top directions become commitments when the poll names no number. */
export const defaultPriorityCount = 3;
export const maxPriorityCount = 20;

/**
 * The options ranked highest by the residents, best first, at most `count`: by Borda points, then first places, then
 * the option's order on the poll (a tie never depends on the database's order). None when nobody ranked them.
 */
export function topPriorities(question: Pick<QuestionResult, 'answered' | 'options'>, count: number): string[] {
  if (question.answered === 0) return [];
  return question.options
    .map((o, position) => ({ ...o, position }))
    .sort((a, b) => (b.borda ?? 0) - (a.borda ?? 0) || (b.firstPlaces ?? 0) - (a.firstPlaces ?? 0) || a.position - b.position)
    .slice(0, count)
    .map((o) => o.optionId);
}
