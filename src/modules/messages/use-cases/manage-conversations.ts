import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { addParticipants, leave, saveSettings, setBlock, setMuted, settingsOf, type MessageSettings } from '../db/queries.js';
import { canAddMembers, canLeaveConversation, canUseMessages } from '../policy.js';
import { assertMayWriteTo, loadConversation } from './common.js';

/** The caller leaves a conversation: it leaves their list and they get no more of it. 404 when they are not in it. */
export async function leaveConversation(ctx: ModuleContext, actor: Actor, id: string): Promise<void> {
  const c = await loadConversation(ctx.database.db, actor, id);
  authorize(actor, canLeaveConversation(actor, c.facts));
  await leave(ctx.database.db, c.row.id, c.actor.userId);
}

/**
 * The caller mutes or unmutes a conversation: a muted one still counts its unread messages in their list but sends no
 * e-mail notice and is left out of the header's badge. An official muting their department's request joins it. 404
 * when they may not read it.
 */
export async function muteConversation(ctx: ModuleContext, actor: Actor, id: string, muted: boolean): Promise<void> {
  const db = ctx.database.db;
  const c = await loadConversation(db, actor, id);
  if (!c.facts.isParticipant) await addParticipants(db, c.row.id, [c.actor.userId]);
  await setMuted(db, c.row.id, c.actor.userId, muted);
}

/**
 * The member who started a group chat adds people to it (403 `not_chat_owner` for other members, 404 for others); each
 * must accept the caller as a direct message would need (403 naming them), and the chat holds at most 100 (409
 * `group_chat_full`). 400 naming `userIds` for an unknown person. The added see its earlier messages.
 */
export async function addMembers(ctx: ModuleContext, actor: Actor, id: string, userIds: string[]): Promise<void> {
  const db = ctx.database.db;
  const c = await loadConversation(db, actor, id);
  const adding = [...new Set(userIds)].filter((u) => !c.members.some((m) => m.userId === u));
  authorize(actor, canAddMembers(actor, c.facts, adding.length));
  await assertMayWriteTo(db, c.actor, adding, 'userIds');
  await addParticipants(db, c.row.id, adding);
}

/** The caller blocks or unblocks a person: a blocked person can neither start a conversation with them nor write in their direct one. */
export async function blockPerson(ctx: ModuleContext, actor: Actor, userId: string, blocked: boolean): Promise<void> {
  authorize(actor, canUseMessages(actor));
  if (userId === actor.userId) throw new AppError(400, 'cannot_block_self');
  const people = await publicPeople(ctx.database.db, [userId]);
  if (!people.size) throw new AppError(404, 'user_not_found');
  await setBlock(ctx.database.db, actor.userId, userId, blocked);
}

/** The caller's messaging settings. */
export async function getMessageSettings(ctx: ModuleContext, actor: Actor): Promise<MessageSettings> {
  authorize(actor, canUseMessages(actor));
  return (await settingsOf(ctx.database.db, [actor.userId])).get(actor.userId)!;
}

/** Changes the caller's messaging settings (what is not given stays). */
export async function updateMessageSettings(ctx: ModuleContext, actor: Actor, input: Partial<MessageSettings>): Promise<MessageSettings> {
  const current = await getMessageSettings(ctx, actor);
  authorize(actor, canUseMessages(actor));
  const next = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as MessageSettings;
  await saveSettings(ctx.database.db, actor.userId, next);
  return next;
}
