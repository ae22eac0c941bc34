import { eq } from 'drizzle-orm';
import type { Executor } from '../../core/db/client.js';
import { findPoll } from './db/queries.js';
import { pollResponses } from './db/schema.js';
import type { PollResults } from './domain/results.js';

/** What other modules may use from polls. */
export { pollsModule } from './module.js';
export { bringPollForward, createPublishedPoll, type PollInput } from './use-cases/save-poll.js';
export { closeDuePolls, closePoll } from './use-cases/close-poll.js';
export { respond } from './use-cases/respond.js';
export { findPoll } from './db/queries.js';

/** Where a poll stands for a module that made it (e.g. a crowdsourcing vote): whether it is closed, and the frozen count per option once it is. */
export async function pollOutcome(db: Executor, pollId: string): Promise<{ closed: boolean; optionCounts: Map<string, number> } | null> {
  const found = await findPoll(db, pollId);
  if (!found) return null;
  const results = found.poll.closedAt ? (found.poll.results as PollResults | null) : null;
  const optionCounts = new Map<string, number>();
  for (const q of results?.questions ?? []) for (const o of q.options) optionCounts.set(o.optionId, o.count);
  return { closed: !!found.poll.closedAt, optionCounts };
}

/** The people who answered a poll (for another module's count of participants; never published as such). */
export async function pollRespondentIds(db: Executor, pollId: string): Promise<string[]> {
  const rows = await db.select({ id: pollResponses.respondentId }).from(pollResponses).where(eq(pollResponses.pollId, pollId));
  return rows.map((r) => r.id);
}
