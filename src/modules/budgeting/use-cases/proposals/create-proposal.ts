import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { districtAt } from '../../../city/index.js';
import { openHeldCase, screenText } from '../../../moderation/index.js';
import { findHeading } from '../../db/cycle-queries.js';
import { proposalCreated } from '../../events.js';
import type { ProposalRow } from '../../db/proposal-queries.js';
import { pbProposals, type proposalTopics } from '../../db/schema.js';
import { normalMoney } from '../../domain/cycle-rules.js';
import { headingPlaceProblem, proposalCostProblem } from '../../domain/proposal-rules.js';
import { canCreateProposal } from '../../policy.js';
import { proposalType, ruleError } from '../cycles/common.js';
import { checkProposalPhotos, emitProposalEvent, setProposalPhotos } from './common.js';

/** A proposal as submitted; its texts come cleaned and within their limits (the route's schema: the one text rule). */
export interface NewProposal {
  headingId: string;
  title: string;
  description: string;
  topic?: (typeof proposalTopics)[number] | undefined;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
  address?: string | null | undefined;
  estimatedCost: string;
  photoIds?: string[] | undefined;
}

/** The place's district (null without a place); 400 when the point is outside the city. */
export async function placeDistrict(ctx: ModuleContext, lat: number | null | undefined, lon: number | null | undefined): Promise<string | null> {
  if (lat == null || lon == null) {
    if (lat != null || lon != null) throw ruleError({ field: 'lat', code: 'proposal_place_invalid' });
    return null;
  }
  const district = await districtAt(ctx.database.db, lon, lat);
  if (!district) throw ruleError({ field: 'lat', code: 'proposal_place_outside_city' });
  return district.id;
}

/**
 * Submits a proposal to a heading while the cycle takes ideas (signed-in residents with a confirmed
 * e-mail). The district comes from the place on the map; a district heading takes places in its district
 * only. Text with a forbidden word is saved held for a moderator. Emits `proposal.created`.
 */
export async function createProposal(ctx: ModuleContext, actor: Actor, input: NewProposal, now = new Date()): Promise<ProposalRow> {
  const db = ctx.database.db;
  const found = await findHeading(db, input.headingId, now);
  if (!found || found.phase === 'draft') throw ruleError({ field: 'headingId', code: 'cycle_heading_not_found' });
  authorize(actor, canCreateProposal(actor, found.phase));
  const { title, description } = input;
  const problem = proposalCostProblem(input.estimatedCost);
  if (problem) throw ruleError(problem);
  const districtId = await placeDistrict(ctx, input.lat, input.lon);
  const place = headingPlaceProblem(found.heading.districtId, districtId, input.lat != null);
  if (place) throw ruleError(place);
  const address = input.address || null;
  const words = await screenText(db, `${title}\n${description}`);
  const photoIds = input.photoIds ?? [];
  const row = await db.transaction(async (tx) => {
    await checkProposalPhotos(tx, actor.userId, photoIds, null, now);
    const [row] = await tx
      .insert(pbProposals)
      .values({
        cycleId: found.cycle.id,
        headingId: found.heading.id,
        authorId: actor.userId,
        title,
        description,
        topic: input.topic ?? 'improvement',
        lat: input.lat ?? null,
        lon: input.lon ?? null,
        districtId: districtId ?? found.heading.districtId,
        address,
        estimatedCost: normalMoney(input.estimatedCost),
        moderation: words.length ? 'held' : 'visible',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError(500, 'internal');
    await setProposalPhotos(tx, row.id, photoIds);
    if (words.length) await openHeldCase(tx, { entityType: proposalType, entityId: String(row.number), authorId: actor.userId, words });
    await emitProposalEvent(tx, proposalCreated, actor.userId, row);
    return row;
  });
  ctx.jobs.kick();
  return row;
}
