/**
 * Pure rules of the points ledger: what each action earns by default, levels by lifetime points, monthly badges, and
 * redemption codes (which event earns what is the module's listeners: use-cases/earn-from-event.ts). No I/O.
 */

/** The actions that earn points, with the defaults of Moscow's «Активный гражданин» where it has one. */
export const pointActions = [
  'report.filed',
  'proposal.submitted',
  'discussion.started',
  'comment.posted',
  'ballot.cast',
  'poll.responded',
  'idea.rated',
  'volunteer.hours',
  'event.attended',
] as const;
export type PointAction = (typeof pointActions)[number];

/** What a line of the ledger records: an action that earned, a reward taken, or an administrator's adjustment. */
export const ledgerActions = [...pointActions, 'reward.redeemed', 'adjustment', 'event.attendance_withdrawn'] as const;
export type LedgerAction = (typeof ledgerActions)[number];

/** Points per action when an administrator has not set them (a missing `point_rules` row). */
export const defaultPoints: Record<PointAction, number> = {
  'report.filed': 10,
  'proposal.submitted': 15,
  'discussion.started': 5,
  'comment.posted': 2,
  'ballot.cast': 20,
  'poll.responded': 20,
  'idea.rated': 3,
  /** Per hour of volunteering the organiser confirmed (a part of an hour earns its share, rounded down). */
  'volunteer.hours': 10,
  /** Once per event a person is marked present at (taken back if the organisers unmark them). */
  'event.attended': 25,
};

/** Actions no enabled module earns yet: listed, not offered as a way to earn (none today; a new action starts here until its module emits it). */
export const comingActions: ReadonlySet<PointAction> = new Set<PointAction>();

/** Comments earn at most this many times a day (city time), so a thread cannot be farmed. */
export const dailyCommentCap = 10;

/** The most points one action may be worth, and one manual adjustment may move. */
export const maxRulePoints = 1000;
export const maxAdjustment = 100_000;

/** What one event earns: who, for which action, and the source that makes it once only. */
export interface Earning {
  userId: string;
  action: PointAction;
  sourceType: string;
  sourceId: string;
}

export interface Level {
  threshold: number;
  nameRu: string;
  nameEn: string;
}

/** Levels when administrators have not set any. */
export const defaultLevels: Level[] = [
  { threshold: 0, nameRu: 'Новичок', nameEn: 'Newcomer' },
  { threshold: 300, nameRu: 'Участник', nameEn: 'Participant' },
  { threshold: 1000, nameRu: 'Активный гражданин', nameEn: 'Active citizen' },
  { threshold: 3000, nameRu: 'Почётный горожанин', nameEn: 'Honoured citizen' },
];

/** The level reached with `earned` lifetime points and the next one (with the points still missing). */
export function levelOf(levels: Level[], earned: number): { level: Level | null; next: (Level & { missing: number }) | null } {
  const sorted = [...levels].sort((a, b) => a.threshold - b.threshold);
  let level: Level | null = null;
  let next: (Level & { missing: number }) | null = null;
  for (const l of sorted) {
    if (l.threshold <= earned) level = l;
    else {
      next = { ...l, missing: l.threshold - earned };
      break;
    }
  }
  return { level, next };
}

/** A list of levels administrators may save: a first level at 0, thresholds distinct. Returns the problem or null. */
export function levelsProblem(levels: Level[]): 'levels_need_zero' | 'levels_duplicate' | null {
  if (!levels.some((l) => l.threshold === 0)) return 'levels_need_zero';
  if (new Set(levels.map((l) => l.threshold)).size !== levels.length) return 'levels_duplicate';
  return null;
}

export const badgeKinds = ['active_month', 'all_rounder'] as const;
export type BadgeKind = (typeof badgeKinds)[number];

/** A month's contributions needed for «active month», and the kinds needed for «all-rounder». */
export const activeMonthContributions = 5;
export const allRounderKinds = 3;

/** One month's earning entries of a person, counted per action (`month` is YYYY-MM in city time). */
export interface MonthActivity {
  month: string;
  action: string;
  count: number;
}

/** Monthly badges from a person's earning entries, newest month first. */
export function monthlyBadges(rows: MonthActivity[]): { month: string; kind: BadgeKind; count: number }[] {
  const months = new Map<string, { total: number; kinds: number }>();
  for (const r of rows) {
    if (!(pointActions as readonly string[]).includes(r.action)) continue;
    const m = months.get(r.month) ?? { total: 0, kinds: 0 };
    m.total += r.count;
    m.kinds += 1;
    months.set(r.month, m);
  }
  const out: { month: string; kind: BadgeKind; count: number }[] = [];
  for (const [month, m] of [...months].sort((a, b) => b[0].localeCompare(a[0]))) {
    if (m.total >= activeMonthContributions) out.push({ month, kind: 'active_month', count: m.total });
    if (m.kinds >= allRounderKinds) out.push({ month, kind: 'all_rounder', count: m.kinds });
  }
  return out;
}

/** Letters and digits people do not confuse (no 0/O, 1/I/L). */
const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A redemption code such as `GRD-7KQ4-M2XP` from random bytes (at least 8). */
export function redemptionCode(bytes: Uint8Array): string {
  const chars = Array.from(bytes.slice(0, 8), (b) => codeAlphabet[b % codeAlphabet.length]).join('');
  return `GRD-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

/** A reward is a thing to use (`item`, with a code) or a donation of its points to a cause (`donation`: its redemption records a pledge). */
export const rewardKinds = ['item', 'donation'] as const;
export type RewardKind = (typeof rewardKinds)[number];
