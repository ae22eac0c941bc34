import { describe, expect, it } from 'vitest';
import type { UserActor } from '../../core/auth/actor.js';
import { anonymous } from '../../core/auth/actor.js';
import { canAddMembers, canReadConversation, canSend, canStartWith, type ConversationFacts, type RecipientFacts } from './policy.js';

const resident: UserActor = { kind: 'user', userId: 'u1', displayName: 'A', verification: 'email', roles: [], language: 'en', districtId: null };
const unconfirmed: UserActor = { ...resident, verification: 'none' };
const administrator: UserActor = { ...resident, roles: [{ role: 'administrator', scopeType: 'city', scopeId: null }] };
const official: UserActor = { ...resident, roles: [{ role: 'official', scopeType: 'department', scopeId: 'roads' }] };

const stranger: RecipientFacts = { whoMayWrite: 'contacts', isContact: false, hasBlockedSender: false, isOfficial: false, isPublicFigure: false };
const direct: ConversationFacts = { kind: 'direct', departmentId: null, isParticipant: true, memberCount: 2, isOwner: true };
const request: ConversationFacts = { kind: 'request', departmentId: 'roads', isParticipant: false, memberCount: 1, isOwner: false };

describe('starting a conversation', () => {
  it.each([
    ['a stranger, by default', resident, stranger, 'recipient_accepts_contacts_only'],
    ['a contact', resident, { ...stranger, isContact: true }, null],
    ['anyone allowed', resident, { ...stranger, whoMayWrite: 'anyone' }, null],
    ['nobody allowed, even a contact', resident, { ...stranger, whoMayWrite: 'nobody', isContact: true }, 'recipient_accepts_nobody'],
    ['an official, whatever the setting', resident, { ...stranger, isOfficial: true }, null],
    ['a verified public figure, though their setting says contacts', resident, { ...stranger, isPublicFigure: true }, null],
    ['a public figure who chose nobody', resident, { ...stranger, isPublicFigure: true, whoMayWrite: 'nobody' }, 'recipient_accepts_nobody'],
    ['blocked, even by an official', resident, { ...stranger, isOfficial: true, hasBlockedSender: true }, 'message_blocked'],
    ['without a confirmed e-mail', unconfirmed, { ...stranger, whoMayWrite: 'anyone' }, 'email_not_confirmed'],
    ['a visitor', anonymous, stranger, 'unauthenticated'],
  ] as const)('%s', (_case, actor, facts, reason) => {
    const d = canStartWith(actor, facts as RecipientFacts);
    expect(d.allowed ? null : d.reason).toBe(reason);
  });
});

describe('reading and writing', () => {
  it('a non-participant, an administrator included, learns nothing (404)', () => {
    const outside = { ...direct, isParticipant: false };
    expect(canReadConversation(resident, outside)).toMatchObject({ allowed: false, kind: 'hidden' });
    expect(canReadConversation(administrator, outside)).toMatchObject({ allowed: false, kind: 'hidden' });
  });

  it("a department's officials read and answer its requests; other officials do not", () => {
    expect(canReadConversation(official, request).allowed).toBe(true);
    expect(canReadConversation(official, { ...request, departmentId: 'parks' }).allowed).toBe(false);
    expect(canSend(official, { ...request, blockedByOther: false }).allowed).toBe(true);
  });

  it('someone blocked by the other person cannot write', () => {
    expect(canSend(resident, { ...direct, blockedByOther: true })).toMatchObject({ allowed: false, reason: 'message_blocked', kind: 'forbidden' });
  });

  it('the owner of a group chat adds members up to 100; other members may not (403), outsiders learn nothing (404); a direct conversation takes none', () => {
    const group = { ...direct, kind: 'group' as const, memberCount: 99 };
    expect(canAddMembers(resident, group, 1).allowed).toBe(true);
    expect(canAddMembers(resident, group, 2)).toMatchObject({ allowed: false, reason: 'group_chat_full', kind: 'conflict' });
    expect(canAddMembers(resident, { ...group, isOwner: false }, 1)).toMatchObject({ allowed: false, reason: 'not_chat_owner', kind: 'forbidden' });
    expect(canAddMembers(resident, { ...group, isOwner: false, isParticipant: false }, 1)).toMatchObject({ allowed: false, kind: 'hidden' });
    expect(canAddMembers(resident, direct, 1)).toMatchObject({ allowed: false, reason: 'not_group_chat' });
  });
});
