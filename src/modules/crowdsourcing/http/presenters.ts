import type { ProjectRow } from '../db/queries.js';
import { ratingAverage, type Figures } from '../domain/idea-rules.js';
import type { CrowdPhase } from '../domain/phases.js';
import { excerptOf } from '../use-cases/common.js';
import type { getIdea, getProject, IdeaCard } from '../use-cases/read-projects.js';

/** A project for lists: dates, phase and public numbers. */
export function presentProjectSummary(p: { project: ProjectRow; phase: CrowdPhase; figures: Figures }) {
  const r = p.project;
  return {
    number: r.number,
    title: r.title,
    problem: r.problem,
    districtId: r.districtId,
    phase: p.phase,
    published: !!r.publishedAt,
    ideasFrom: r.ideasFrom.toISOString(),
    selectionFrom: r.selectionFrom.toISOString(),
    votingFrom: r.votingFrom.toISOString(),
    implementationFrom: r.implementationFrom.toISOString(),
    figures: p.figures,
  };
}

/** A project's page: the brief, experts, the vote, the report and what the reader may do. */
export function presentProjectView(v: Awaited<ReturnType<typeof getProject>>) {
  const r = v.project;
  return {
    ...presentProjectSummary(v),
    brief: r.brief,
    voteMaxChoices: r.voteMaxChoices,
    pollId: r.pollId,
    pollClosed: v.pollClosed,
    experts: v.experts,
    report: r.reportText && r.reportPublishedAt ? { text: r.reportText, publishedAt: r.reportPublishedAt.toISOString() } : null,
    me: v.me,
  };
}

/** An idea for lists. */
export function presentIdeaSummary(c: IdeaCard) {
  const i = c.idea;
  return {
    number: i.number,
    projectNumber: c.projectNumber,
    title: i.title,
    excerpt: excerptOf(i.text, 240),
    status: i.status,
    author: c.author,
    ratingCount: i.ratingCount,
    ratingAverage: ratingAverage(i.ratingCount, i.ratingSum),
    commentCount: i.commentCount,
    accepted: i.accepted,
    votes: c.votes,
    myRating: c.myRating,
    createdAt: i.createdAt.toISOString(),
  };
}

/** An idea's page. */
export function presentIdeaView(v: Awaited<ReturnType<typeof getIdea>>) {
  const i = v.idea;
  return {
    ...presentIdeaSummary(v),
    text: i.text,
    projectTitle: v.project.title,
    projectPhase: v.phase,
    reviewReason: i.reviewReason,
    reviewedAt: i.reviewedAt?.toISOString() ?? null,
    mergedInto: v.mergedInto,
    mergedFrom: v.mergedFrom,
    acceptedNote: i.acceptedNote,
    me: v.me,
  };
}
