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
