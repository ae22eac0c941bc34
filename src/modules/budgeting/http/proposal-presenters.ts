import type { z } from 'zod';
import { proposalCost } from '../db/cycle-queries.js';
import type { ProposalCard, ProposalSummary } from '../use-cases/proposals/read-proposals.js';
import type { proposalCardSchema, proposalSummarySchema } from './proposal-schemas.js';

const excerptOf = (text: string) => (text.length > 240 ? `${text.slice(0, 239)}…` : text);
const photoOf = (number: number, fileId: string) => ({
  id: fileId,
  url: `/api/budgeting/proposals/${number}/photos/${fileId}`,
  thumbUrl: `/api/budgeting/proposals/${number}/photos/${fileId}/thumb`,
});

/** What anyone sees of a proposal in a list (no personal data beyond the author's public name). */
export function presentProposalSummary(s: ProposalSummary): z.infer<typeof proposalSummarySchema> {
  const r = s.row;
  return {
    id: r.id,
    number: r.number,
    cycleId: r.cycleId,
    headingId: r.headingId,
    title: r.title,
    excerpt: excerptOf(r.description),
    topic: r.topic,
    status: r.status,
    districtId: r.districtId,
    address: r.address,
    lat: r.lat,
    lon: r.lon,
    estimatedCost: r.estimatedCost,
    finalCost: r.finalCost,
    cost: proposalCost(r),
    implementationMonths: r.implementationMonths,
    supportCount: r.supportCount,
    commentCount: r.commentCount,
    author: s.author,
    photo: s.thumbFileId ? photoOf(r.number, s.thumbFileId) : null,
    createdAt: r.createdAt.toISOString(),
  };
}

/** A proposal's page: the summary, the whole text, photos, authors, the expert's opinion and what the caller may do. */
export function presentProposalCard(c: ProposalCard): z.infer<typeof proposalCardSchema> {
  const r = c.row;
  return {
    ...presentProposalSummary(c),
    description: r.description,
    photos: c.photoIds.map((id) => photoOf(r.number, id)),
    coauthors: c.coauthors,
    review: r.reviewOpinion && r.reviewedAt ? { opinion: r.reviewOpinion, reviewedAt: r.reviewedAt.toISOString(), reviewer: c.reviewer } : null,
    mergedInto: c.mergedInto,
    mergedFrom: c.mergedFrom,
    heading: { id: c.heading.id, title: c.heading.title, districtId: c.heading.districtId },
    cycle: { id: c.cycle.id, title: c.cycle.title, year: c.cycle.year, currency: c.cycle.currency },
    phase: c.phase,
    withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
    moderation: r.moderation,
    moderationReason: c.showModeration ? r.moderationReason : null,
    supported: c.supported,
    mine: c.mine,
    can: c.can,
  };
}
