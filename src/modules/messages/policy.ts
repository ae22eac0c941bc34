import { allow, deny, notNow, notVisible, signedIn, type Decision } from '../../core/auth/decision.js';
import { hasRole, hasVerification, type Actor } from '../../core/auth/actor.js';
import { mayStartWith, messageLimits, type ConversationKind, type WhoMayWrite } from './domain/rules.js';

/** What the rules need to know about a conversation and the caller's place in it. */
export interface ConversationFacts {
  kind: ConversationKind;
  departmentId: string | null;
  /** The caller is a participant who has not left. */
  isParticipant: boolean;
  /** People in it now (who have not left). */
  memberCount: number;
  /** The caller started it (a group chat's owner). */
  isOwner: boolean;
}

/** What the rules need to know about a person someone wants to write to. */
export interface RecipientFacts {
  whoMayWrite: WhoMayWrite;
  /** They share a group with the sender, or wrote to the sender first. */
  isContact: boolean;
  /** They blocked the sender. */
  hasBlockedSender: boolean;
  /** They hold an official role: answering residents is their job, whatever their setting. */
  isOfficial: boolean;
  /** They have a verified public figure's page, which invites anyone's message: `contacts` counts as `anyone` for them. */
  isPublicFigure: boolean;
}

/** Who may use messages at all: signed-in people (starting a conversation also needs a confirmed e-mail, see canStart). */
export const canUseMessages = signedIn(function canUseMessages() {
  return allow;
});

/** True for an official of the department a request went to. */
const answersFor = (actor: Actor, c: Pick<ConversationFacts, 'departmentId'>) =>
  c.departmentId !== null && hasRole(actor, 'official', { type: 'department', id: c.departmentId });

/**
 * Who may read a conversation: its participants, and for a request to a department that department's officials.
 * Everyone else — administrators and moderators too — is told there is no such conversation (404, never 403).
 */
export const canReadConversation = signedIn(function canReadConversation(actor, c: ConversationFacts) {
  return c.isParticipant || answersFor(actor, c) ? allow : notVisible('conversation_not_found');
});

/**
 * Who may start a conversation with a person: a signed-in person with a confirmed e-mail whom the recipient has not
 * blocked and whose setting lets them (officials accept everyone; a verified public figure everyone unless they chose
 * `nobody`). 403 with the reason otherwise; the message names whom the person accepts messages from.
 */
export const canStartWith = signedIn(function canStartWith(actor, r: RecipientFacts) {
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  if (r.hasBlockedSender) return deny('message_blocked');
  if (r.isOfficial || mayStartWith(r.whoMayWrite, r.isContact || r.isPublicFigure)) return allow;
  return deny(r.whoMayWrite === 'nobody' ? 'recipient_accepts_nobody' : 'recipient_accepts_contacts_only');
});

/** Who may send a request to a department: a signed-in person with a confirmed e-mail. */
export const canAskDepartment = signedIn(function canAskDepartment(actor) {
  return hasVerification(actor, 'email') ? allow : deny('email_not_confirmed');
});

/**
 * Who may write in a conversation they can read: a participant, or an official answering their department's request;
 * never when the other person of a direct conversation blocked them (403).
 */
export const canSend = signedIn(function canSend(actor, c: ConversationFacts & { blockedByOther: boolean }) {
  const read = canReadConversation(actor, c);
  if (!read.allowed) return read;
  return c.blockedByOther ? deny('message_blocked') : allow;
});

/**
 * Who may add people to a group chat: the member who started it (403 for other members, 404 for non-members), while it
 * has room (409 when full). Direct conversations and requests take nobody (409).
 */
export const canAddMembers = signedIn(function canAddMembers(actor, c: ConversationFacts, adding: number): Decision {
  const read = canReadConversation(actor, c);
  if (!read.allowed) return read;
  if (c.kind !== 'group') return notNow('not_group_chat');
  if (!c.isOwner || !c.isParticipant) return deny('not_chat_owner');
  return c.memberCount + adding > messageLimits.groupMembers ? notNow('group_chat_full') : allow;
});

/** Who may leave a conversation: its members (a department's official who never answered is not in it: 404). */
export const canLeaveConversation = signedIn(function canLeaveConversation(actor, c: ConversationFacts) {
  return c.isParticipant ? allow : notVisible('conversation_not_found');
});
