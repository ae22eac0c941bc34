// The points API as the web pages use it (server: src/modules/points/http).
import { api } from '../api.js';

export type PointAction = 'report.filed' | 'proposal.submitted' | 'discussion.started' | 'comment.posted' | 'ballot.cast' | 'poll.responded' | 'idea.rated';
export type LedgerAction = PointAction | 'reward.redeemed' | 'adjustment';
export const ledgerActions: readonly LedgerAction[] = [
  'report.filed',
  'proposal.submitted',
  'discussion.started',
  'comment.posted',
  'ballot.cast',
  'poll.responded',
  'idea.rated',
  'reward.redeemed',
  'adjustment',
];

export interface Level {
  threshold: number;
  nameRu: string;
  nameEn: string;
}
export interface LedgerEntry {
  id: number;
  delta: number;
  action: string;
  sourceType: string;
  sourceId: string;
  note: string | null;
  createdAt: string;
}
export interface MyPoints {
  balance: number;
  earned: number;
  level: Level | null;
  next: (Level & { missing: number }) | null;
  badges: { month: string; kind: 'active_month' | 'all_rounder'; count: number }[];
  history: { items: LedgerEntry[]; total: number; offset: number; limit: number };
}
export interface Rule {
  action: PointAction;
  points: number;
  defaultPoints: number;
  available: boolean;
}
export interface Reward {
  id: string;
  title: string;
  description: string;
  imageFileId: string | null;
  imageUrl: string | null;
  cost: number;
  stock: number;
  validUntil: string | null;
  active: boolean;
}
export interface Redemption {
  id: string;
  rewardId: string;
  rewardTitle: string;
  points: number;
  code: string;
  requestId: string;
  createdAt: string;
}
export interface RewardInput {
  title: string;
  description: string;
  imageFileId: string | null;
  cost: number;
  stock: number;
  validUntil: string | null;
  active: boolean;
}

export const historyPageSize = 20;
export const getMyPoints = (offset: number) => api<MyPoints>('GET', `/api/points/me?limit=${historyPageSize}&offset=${offset}`);
export const getRules = () => api<{ items: Rule[] }>('GET', '/api/points/rules').then((r) => r.items);
export const getLevels = () => api<{ items: Level[] }>('GET', '/api/points/levels').then((r) => r.items);
export const getRewards = () => api<{ items: Reward[] }>('GET', '/api/points/rewards').then((r) => r.items);
export const getMyRedemptions = () => api<{ items: Redemption[] }>('GET', '/api/points/me/redemptions').then((r) => r.items);
export const redeem = (rewardId: string, requestId: string) => api<Redemption>('POST', `/api/points/rewards/${rewardId}/redeem`, { requestId });

export const adminGetRewards = () => api<{ items: Reward[] }>('GET', '/api/admin/points/rewards').then((r) => r.items);
export const adminCreateReward = (input: RewardInput) => api<Reward>('POST', '/api/admin/points/rewards', input);
export const adminUpdateReward = (id: string, input: Partial<RewardInput>) => api<Reward>('PATCH', `/api/admin/points/rewards/${id}`, input);
export const adminSetRule = (action: PointAction, points: number) =>
  api<{ items: Rule[] }>('PUT', `/api/admin/points/rules/${action}`, { points }).then((r) => r.items);
export const adminSetLevels = (items: Level[]) => api<{ items: Level[] }>('PUT', '/api/admin/points/levels', { items }).then((r) => r.items);
export const adminGetRedemptions = (offset: number, limit: number) =>
  api<{ items: (Redemption & { userId: string; displayName: string })[]; total: number }>(
    'GET',
    `/api/admin/points/redemptions?limit=${limit}&offset=${offset}`,
  );
export const adminAdjust = (input: { userId: string; delta: number; reason: string }) =>
  api<{ userId: string; displayName: string; balance: number; earned: number }>('POST', '/api/admin/points/adjustments', input);
