/** Pure rules of groups (communities): kinds, membership, roles, limits. */

/** A building or yard, a neighbourhood, an interest group, a registered organisation, a public figure's page. */
export const groupKinds = ['building', 'neighbourhood', 'interest', 'organisation', 'public_figure'] as const;
export type GroupKind = (typeof groupKinds)[number];

/** How people join: at once, by a request the admins approve, or only with an invitation link. */
export const membershipModes = ['open', 'request', 'invitation'] as const;
export type MembershipMode = (typeof membershipModes)[number];

/** Who sees the member list: everyone, members, or the group's admins only. */
export const memberListVisibilities = ['public', 'members', 'admins'] as const;
export type MemberListVisibility = (typeof memberListVisibilities)[number];

/** Roles inside a group. */
export const groupRoles = ['owner', 'admin', 'member'] as const;
export type GroupRole = (typeof groupRoles)[number];

/** A membership row: a current member, a request waiting for the admins, an invitation not yet accepted. */
export const memberStates = ['member', 'requested', 'invited'] as const;
export type MemberState = (typeof memberStates)[number];

/** A group's standing: organisations and public figures wait for an administrator's verification. */
export const groupStatuses = ['active', 'pending', 'rejected'] as const;
export type GroupStatus = (typeof groupStatuses)[number];

/** Kinds an administrator verifies before they are public. */
export const verifiedKinds: readonly GroupKind[] = ['organisation', 'public_figure'];

export const nameLimits = { min: 3, max: 120 } as const;
export const descriptionLimits = { min: 10, max: 5000 } as const;
export const rulesLimits = { max: 5000 } as const;
export const postLimits = { min: 1, max: 5000, photos: 4 } as const;
export const reasonLimits = { min: 3, max: 500 } as const;
export const capLimits = { min: 2, max: 100_000 } as const;
/** A post's poll: its question, 2–10 options of one line each. */
export const pollLimits = { question: { min: 3, max: 300 }, option: { min: 1, max: 200 }, options: { min: 2, max: 10 } } as const;

/** The reactions a member may leave on a post, one of each (the web shows them as 👍 ❤️ 😂 😮 😢). */
export const reactionKinds = ['like', 'love', 'laugh', 'wow', 'sad'] as const;
export type ReactionKind = (typeof reactionKinds)[number];

/** How long an invitation link works by default, and at most. */
export const invitationDays = { default: 7, max: 90 } as const;

/** The status a new group starts in: organisations and public figures wait for verification. */
export function initialStatus(kind: GroupKind): GroupStatus {
  return verifiedKinds.includes(kind) ? 'pending' : 'active';
}

/** Whether one more member fits under the cap. */
export function hasRoom(memberCount: number, cap: number | null): boolean {
  return cap === null || memberCount < cap;
}

/**
 * What joining does: `member` at once, or `requested` for the admins. An open building group takes a verified
 * resident of its district at once; anyone else asks. Invitation groups need a link (`invitation_required`).
 */
export function joinOutcome(
  group: { kind: GroupKind; membership: MembershipMode; districtId: string | null },
  person: { verifiedResidentOf: string | null; hasInvitation: boolean },
): { ok: true; state: 'member' | 'requested' } | { ok: false; reason: 'invitation_required' } {
  if (person.hasInvitation) return { ok: true, state: 'member' };
  if (group.membership === 'invitation') return { ok: false, reason: 'invitation_required' };
  if (group.membership === 'request') return { ok: true, state: 'requested' };
  if (group.kind === 'building' && (group.districtId === null || person.verifiedResidentOf !== group.districtId)) return { ok: true, state: 'requested' };
  return { ok: true, state: 'member' };
}

/** A short plain excerpt of a text. */
export function excerptOf(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Whether a poll takes votes at `now`: not closed by hand and before its closing time. */
export function isPollOpen(poll: { closesAt: Date | null; closedAt: Date | null }, now: Date): boolean {
  return poll.closedAt === null && (poll.closesAt === null || poll.closesAt.getTime() > now.getTime());
}

/**
 * A poll's results: each option's votes and share in whole per cent (largest remainder, so the shares add up to 100
 * when anyone voted), and the total.
 */
export function pollResults(optionCount: number, votes: ReadonlyMap<number, number>): { votes: number[]; shares: number[]; total: number } {
  const counts = Array.from({ length: optionCount }, (_, i) => votes.get(i) ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return { votes: counts, shares: counts.map(() => 0), total };
  const exact = counts.map((c) => (c * 100) / total);
  const shares = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0, left = 100 - shares.reduce((a, b) => a + b, 0); k < left; k++) shares[order[k]!.i]! += 1;
  return { votes: counts, shares, total };
}
