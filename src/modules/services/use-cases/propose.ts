import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import crypto from 'node:crypto';
import type { ModuleContext } from '../../../core/module/module.js';
import { openHeldCase } from '../../moderation/index.js';
import { canProposeToCatalogue } from '../policy.js';
import { lifeRoleType, serviceType } from './catalogue.js';
import { saveRole, saveService } from './save-catalogue.js';

/** A fresh key for a proposal (an administrator may give it a better one when editing; imports never reach it). */
const proposalKey = (prefix: string) => `${prefix}-${crypto.randomBytes(5).toString('hex')}`;

/** What a resident proposes as a role: its name (the English one may be left to administrators) and why. */
export interface RoleProposal {
  nameRu: string;
  nameEn: string | null;
  description: string;
}

/** What a resident proposes as a service: what it is, how to get it, who provides it and which roles it is for. */
export interface ServiceProposal {
  title: string;
  description: string;
  roles: string[];
  onlineLink: string | null;
  inPerson: string | null;
  phone: string | null;
  providerName: string | null;
}

/**
 * A resident proposes a life role. It waits, held, in the moderators' queue: approved, it joins the catalogue with
 * the proposer credited; hidden, the proposer is told the moderator's reason (both through moderation's notices).
 */
export async function proposeRole(ctx: ModuleContext, actor: Actor, input: RoleProposal, now = new Date()) {
  authorize(actor, canProposeToCatalogue(actor));
  const row = await ctx.database.db.transaction(async (tx) => {
    const { row } = await saveRole(
      tx,
      {
        key: proposalKey('role'),
        nameRu: input.nameRu,
        nameEn: input.nameEn ?? input.nameRu,
        icon: '💡',
        descriptionRu: input.description,
        descriptionEn: '',
        position: 1000,
        sourceUrl: null,
      },
      { proposedBy: actor.userId, held: true, now },
    );
    await openHeldCase(tx, { entityType: lifeRoleType, entityId: row.id, authorId: actor.userId, words: [] });
    return row;
  });
  return row;
}

/**
 * A resident proposes a service for one or more public roles (400 naming the field when it says no way to get it or a
 * role that is not there). Held for moderation as a role proposal is; the proposer is credited on its page.
 */
export async function proposeService(ctx: ModuleContext, actor: Actor, input: ServiceProposal, now = new Date()) {
  authorize(actor, canProposeToCatalogue(actor));
  return ctx.database.db.transaction(async (tx) => {
    const { row } = await saveService(
      tx,
      {
        key: proposalKey('service'),
        title: input.title,
        titleEn: null,
        description: input.description,
        demoText: false,
        providerDepartmentId: null,
        providerName: input.providerName,
        onlineLink: input.onlineLink,
        inPerson: input.inPerson,
        phone: input.phone,
        documents: [],
        price: null,
        timeLimit: null,
        whoMayApply: null,
        sourceUrl: null,
        roles: input.roles,
      },
      { proposedBy: actor.userId, held: true, now },
    );
    await openHeldCase(tx, { entityType: serviceType, entityId: row.id, authorId: actor.userId, words: [] });
    return row;
  });
}
