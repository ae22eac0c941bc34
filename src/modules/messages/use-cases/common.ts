import type { Actor, UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Executor } from '../../../core/db/client.js';
import { unattachableImage } from '../../../core/files/files.js';
import { fieldError } from '../../../core/http/errors.js';
import { enqueueJob } from '../../../core/jobs/jobs.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { shareAGroup, verifiedPublicFigures } from '../../groups/index.js';
import { publicPeople } from '../../accounts/index.js';
import { blockersOf, findConversation, hasWrittenTo, participantsOf, settingsOf, type ConversationRow, type ParticipantRow } from '../db/queries.js';
import { unreadNoticeDelayMinutes } from '../domain/rules.js';
import { canReadConversation, canStartWith, type ConversationFacts, type RecipientFacts } from '../policy.js';

/** The entity type of one message (the moderation queue holds reported ones) and of a conversation (notices). */
export const messageType = 'message';
export const conversationType = 'conversation';
/** The job that tells a person of unread messages by e-mail after a delay. */
export const unreadNoticeJob = 'messages.unread-notice';

/** The site path of a conversation's page. */
export const conversationPath = (id: string) => `/messages/${id}`;

/** A conversation the caller may read, with everyone ever in it and the facts the rules need. */
export interface LoadedConversation {
  row: ConversationRow;
  participants: ParticipantRow[];
  /** Who is in it now. */
  members: ParticipantRow[];
  facts: ConversationFacts;
}

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** Loads a conversation for the actor: 404 `conversation_not_found` when there is none or they may not read it (never 403). */
export async function loadConversation(db: Executor, actor: Actor, id: string): Promise<LoadedConversation & { actor: UserActor }> {
  const row = isUuid(id) ? await findConversation(db, id) : undefined;
  const participants = row ? await participantsOf(db, row.id) : [];
  const members = participants.filter((p) => !p.leftAt);
  const facts: ConversationFacts = {
    kind: row?.kind ?? 'direct',
    departmentId: row?.departmentId ?? null,
    isParticipant: actor.kind === 'user' && members.some((p) => p.userId === actor.userId),
    memberCount: members.length,
    isOwner: actor.kind === 'user' && !!row && row.createdBy === actor.userId,
  };
  if (!row) authorize(actor, canReadConversation(actor, { ...facts, isParticipant: false, departmentId: null }));
  authorize(actor, canReadConversation(actor, facts));
  return { row: row!, participants, members, facts, actor };
}

/** Whether `recipient` counts `sender` as a contact: they share a group, or the recipient wrote to the sender first. */
export async function isContact(db: Executor, sender: string, recipient: string): Promise<boolean> {
  return (await shareAGroup(db, sender, recipient)) || (await hasWrittenTo(db, recipient, sender));
}

/**
 * Checks that each person accepts messages from the caller (their setting, their blocks; officials accept everyone,
 * a verified public figure anyone unless they chose nobody):
 * 403 naming the first who does not, 400 naming `field` for an unknown person.
 */
export async function assertMayWriteTo(db: Executor, actor: UserActor, userIds: string[], field: string): Promise<void> {
  const people = await publicPeople(db, userIds);
  if (people.size !== userIds.length) throw fieldError(field, 'messages.recipient_unknown');
  const settings = await settingsOf(db, userIds);
  const blockers = await blockersOf(db, actor.userId, userIds);
  const figures = await verifiedPublicFigures(db, userIds);
  for (const id of userIds) {
    const person = people.get(id)!;
    const facts: RecipientFacts = {
      whoMayWrite: settings.get(id)!.whoMayWrite,
      isContact: await isContact(db, actor.userId, id),
      hasBlockedSender: blockers.has(id),
      isOfficial: person.roles.some((g) => g.role === 'official'),
      isPublicFigure: figures.has(id),
    };
    authorize(actor, canStartWith(actor, facts), { name: person.displayName });
  }
}

/** 400 naming `photoFileIds` unless every photo is the sender's own recent upload (core/files' shared photo upload). */
export async function checkPhotos(tx: Executor, uploaderId: string, fileIds: string[]): Promise<void> {
  const bad = await unattachableImage(
    tx,
    uploaderId,
    fileIds.map((fileId) => ({ field: 'photoFileIds', fileId })),
    new Set(),
  );
  if (bad) throw fieldError(bad, 'messages.photo_unknown');
}

/** Queues the e-mail notice of each recipient's unread messages, one pending per person and conversation (a digest, not a mail per message). */
export async function queueUnreadNotices(tx: Executor, conversationId: string, userIds: string[], now = new Date()): Promise<void> {
  const runAt = new Date(now.getTime() + unreadNoticeDelayMinutes * 60_000);
  for (const userId of userIds) {
    await enqueueJob(tx, { kind: unreadNoticeJob, key: `${unreadNoticeJob}:${conversationId}:${userId}`, runAt, payload: { conversationId, userId } });
  }
}

/** What live delivery carries: which conversation has which new message (the page fetches it; no text travels). */
export interface MessageLiveEvent {
  type: 'message';
  data: { conversationId: string; messageId: string };
}

/** Tells the people's open pages of a new message, after the commit. */
export async function publishLive(ctx: ModuleContext, userIds: string[], event: MessageLiveEvent): Promise<void> {
  if (!userIds.length) return;
  try {
    await ctx.live.publish(userIds, event);
  } catch (err) {
    // the message is stored; a page that missed it finds it on its next load
    ctx.log.warn({ err }, 'live delivery of a message failed');
  }
}
