import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant } from '../../core/auth/actor.js';
import type { Decision, DenialKind } from '../../core/auth/decision.js';
import { canConfirmCommitmentDelivery, canDisputeCommitment, canPostCommitmentProgress, type CommitmentFacts } from './policy.js';

const user = (userId: string, roles: RoleGrant[] = []): Actor => ({
  kind: 'user',
  userId,
  displayName: userId,
  verification: 'email',
  roles,
  language: 'en',
  districtId: null,
});
const people = {
  visitor: { kind: 'anonymous' } as Actor,
  resident: user('resident'),
  official: user('clerk', [{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }]),
  otherOfficial: user('clerk2', [{ role: 'official', scopeType: 'department', scopeId: 'committee-roads' }]),
  administrator: user('admin', [{ role: 'administrator', scopeType: 'city', scopeId: null }]),
};
type Who = keyof typeof people;

const yes: Decision = { allowed: true };
const no = (reason: string, kind: DenialKind): Decision => ({ allowed: false, reason, kind });
const signIn = no('unauthenticated', 'unauthenticated');
const now = new Date('2026-11-25T12:00:00Z');
const c = (status: CommitmentFacts['status'], deliveredAt: Date | null = null, sourceType = 'initiative'): CommitmentFacts => ({
  departmentId: 'admin-nevsky',
  sourceType,
  status,
  deliveredAt,
});

describe('who posts progress and confirms delivery: the responsible department and administrators, until delivered', () => {
  const rows: [Who, CommitmentFacts['status'], Decision][] = [
    ['visitor', 'open', signIn],
    ['resident', 'open', no('commitment_not_responsible', 'forbidden')],
    ['otherOfficial', 'open', no('commitment_not_responsible', 'forbidden')],
    ['official', 'open', yes],
    ['official', 'disputed', yes],
    ['administrator', 'open', yes],
    ['official', 'delivered', no('commitment_already_delivered', 'conflict')],
  ];
  it.each(rows)('%s on a %s commitment', (who, status, expected) => {
    expect(canPostCommitmentProgress(people[who], c(status))).toEqual(expected);
    expect(canConfirmCommitmentDelivery(people[who], c(status))).toEqual(expected);
  });
  it('a budgeting winner’s commitment is reported on through its work, not here', () => {
    expect(canPostCommitmentProgress(people.official, c('open', null, 'proposal'))).toEqual(no('commitment_reported_on_work', 'conflict'));
    expect(canConfirmCommitmentDelivery(people.administrator, c('open', null, 'proposal'))).toEqual(no('commitment_reported_on_work', 'conflict'));
  });
});

describe('who disputes a delivery: a participant of the source, within 15 days of the confirmation', () => {
  const day = 86_400_000;
  const rows: [string, Who, CommitmentFacts, boolean, Decision][] = [
    ['a visitor', 'visitor', c('delivered', now), false, signIn],
    ['someone who did not take part', 'resident', c('delivered', now), false, no('commitment_not_participant', 'forbidden')],
    ['a participant, delivered yesterday', 'resident', c('delivered', new Date(now.getTime() - day)), true, yes],
    ['a participant, while still open', 'resident', c('open'), true, no('commitment_not_delivered', 'conflict')],
    ['a participant, 16 days later', 'resident', c('delivered', new Date(now.getTime() - 16 * day)), true, no('commitment_dispute_window_closed', 'conflict')],
  ];
  it.each(rows)('%s', (_name, who, facts, tookPart, expected) => {
    expect(canDisputeCommitment(people[who], facts, { tookPart, now })).toEqual(expected);
  });
});
