import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { withFieldPrefix } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { recordCommitment } from '../../commitments/index.js';
import { createPublishedPoll, type PollInput } from '../../polls/index.js';
import { mergedInto, shortlistOf, type IdeaRow, type ProjectRow } from '../db/queries.js';
import { crowdIdeas, crowdProjects } from '../db/schema.js';
import { minVoteOptions, reportProblem, voteMaxChoicesOf } from '../domain/idea-rules.js';
import { canPublishReport, canStartVote } from '../policy.js';
import { emitIdeaEvent, emitProjectEvent, requireProject, ruleError } from './common.js';
import { ideaAccepted, projectReported, projectVoteStarted } from '../events.js';

/**
 * The poll over a shortlist: the project's title, one multiple-choice question (the problem) over the ideas' titles in
 * number order — a title two ideas share gets the idea's number, as a poll's options must differ — for the project's
 * district when it has one; advisory (any signed-in resident), results after close, open from the voting date (or
 * now) until implementation starts.
 */
export function votePollInput(project: ProjectRow, shortlist: IdeaRow[], now: Date): PollInput {
  const key = (title: string) => title.trim().toLowerCase();
  const shared = new Set(shortlist.map((i) => key(i.title)).filter((k, i, all) => all.indexOf(k) !== i));
  return {
    title: project.title,
    description: project.problem,
    districtIds: project.districtId ? [project.districtId] : [],
    ageBands: [],
    verifiedOnly: false,
    binding: false,
    resultsVisibility: 'after_close',
    opensAt: new Date(Math.max(now.getTime(), project.votingFrom.getTime())),
    closesAt: project.implementationFrom,
    questions: [
      {
        kind: 'multiple',
        text: project.problem,
        description: '',
        required: true,
        minChoices: 1,
        maxChoices: voteMaxChoicesOf(project.voteMaxChoices, shortlist.length),
        scale: null,
        lat: null,
        lon: null,
        imageFileId: null,
        options: shortlist.map((i) => (shared.has(key(i.title)) ? `${i.title} (№ ${i.number})` : i.title)),
      },
    ],
    decision: null,
  };
}

/**
 * Starts the vote over the shortlist (administrators, audited), in one transaction: creates and publishes the poll,
 * stores it on the project and each shortlisted idea's option. Needs the selection or voting phase, no poll yet and
 * at least two shortlisted ideas (409 otherwise). The project's followers hear of it (`crowd_project.vote_started`).
 */
export async function startVote(ctx: ModuleContext, actor: Actor, number: number, now = new Date()): Promise<string> {
  const actorId = actor.kind === 'user' ? actor.userId : null;
  const pollId = await ctx.database.db.transaction(async (tx) => {
    const { project, phase } = await requireProject(tx, actor, number, { forUpdate: true, now });
    const shortlist = await shortlistOf(tx, project.id);
    authorize(actor, canStartVote(actor, { phase, hasPoll: !!project.pollId, shortlisted: shortlist.length }), {
      min: minVoteOptions,
      count: shortlist.length,
    });
    const poll = await createPublishedPoll(tx, actorId, votePollInput(project, shortlist, now), now);
    const optionIds = poll.questions[0]!.optionIds;
    for (const [i, idea] of shortlist.entries())
      await tx.update(crowdIdeas).set({ pollOptionId: optionIds[i]!, updatedAt: now }).where(eq(crowdIdeas.id, idea.id));
    await tx.update(crowdProjects).set({ pollId: poll.id, updatedAt: now }).where(eq(crowdProjects.id, project.id));
    await appendAudit(tx, {
      actorId,
      action: 'crowd_project.vote_started',
      subjectType: 'crowd_project',
      subjectId: String(number),
      data: { pollId: poll.id, ideas: shortlist.map((i) => i.number) },
    });
    await emitProjectEvent(tx, projectVoteStarted, actorId, project, { pollId: poll.id, pollPath: `/polls/${poll.id}` });
    return poll.id;
  });
  ctx.jobs.kick();
  return pollId;
}

export interface ReportInput {
  text: string;
  /** Each accepted idea becomes the city's commitment: the department that delivers it and its due day. */
  accepted: { ideaNumber: number; note: string; departmentId?: string | undefined; dueOn?: string | undefined }[];
}

/**
 * Publishes the implementation report (administrators, audited), once, during implementation: what was done, and the
 * accepted ideas — shortlisted ideas of the project — each with what the city did with it. The project is completed;
 * its followers hear of it (`crowd_project.reported`), and each accepted idea's author and the authors of ideas merged
 * into it are credited and notified (`idea.accepted`). Each accepted idea becomes the city's commitment in the same
 * transaction, with the department and due day the report names for it (400 naming `accepted.<i>.departmentId` or
 * `accepted.<i>.dueOn` when one is missing, unknown, past or a day off: nothing is saved).
 */
export async function publishReport(ctx: ModuleContext, actor: Actor, number: number, input: ReportInput, now = new Date()): Promise<void> {
  const actorId = actor.kind === 'user' ? actor.userId : null;
  await ctx.database.db.transaction(async (tx) => {
    const { project, phase } = await requireProject(tx, actor, number, { forUpdate: true, now });
    authorize(actor, canPublishReport(actor, phase));
    const shortlist = await shortlistOf(tx, project.id);
    const numbers = input.accepted.map((a) => a.ideaNumber);
    const problem = reportProblem({ accepted: numbers, shortlisted: new Set(shortlist.map((i) => i.number)) });
    if (problem) throw ruleError(problem);
    const accepted = shortlist.filter((i) => numbers.includes(i.number));
    for (const [k, a] of input.accepted.entries()) {
      await tx
        .update(crowdIdeas)
        .set({ accepted: true, acceptedNote: a.note, updatedAt: now })
        .where(and(eq(crowdIdeas.projectId, project.id), eq(crowdIdeas.number, a.ideaNumber)));
      const idea = accepted.find((i) => i.number === a.ideaNumber)!;
      await withFieldPrefix(`accepted.${k}.`, () =>
        recordCommitment(tx, {
          sourceType: 'idea',
          sourceId: String(idea.number),
          title: idea.title,
          promise: a.note || input.text,
          departmentId: a.departmentId,
          dueOn: a.dueOn,
          districtId: project.districtId,
          actorId,
          timeZone: ctx.config.cityTimezone,
          now,
        }),
      );
    }
    await tx.update(crowdProjects).set({ reportText: input.text, reportPublishedAt: now, updatedAt: now }).where(eq(crowdProjects.id, project.id));
    await appendAudit(tx, { actorId, action: 'crowd_project.reported', subjectType: 'crowd_project', subjectId: String(number), data: { accepted: numbers } });
    await emitProjectEvent(tx, projectReported, actorId, project, { accepted: numbers });
    const merged = await mergedInto(
      tx,
      accepted.map((i) => i.id),
    );
    for (const idea of accepted) {
      const authorIds = [idea.authorId, ...merged.filter((m) => m.mergedIntoId === idea.id).map((m) => m.authorId)];
      await emitIdeaEvent(tx, ideaAccepted, actorId, idea, { authorIds: [...new Set(authorIds)], projectNumber: project.number });
    }
  });
  ctx.jobs.kick();
}
