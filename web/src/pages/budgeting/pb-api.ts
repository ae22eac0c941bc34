import { api, type Moderation, type Person } from '../../api.js';

// What the cycle, heading, proposal and review endpoints answer (helper C's part of the API).

export type PbPhase = 'informing' | 'intake' | 'review' | 'voting' | 'tallying' | 'results' | 'implementation';
export type PbCyclePhase = PbPhase | 'draft';
export const pbPhases: readonly PbPhase[] = ['informing', 'intake', 'review', 'voting', 'tallying', 'results', 'implementation'];
export type PbBallotKind = 'approval-budget' | 'approval-count' | 'points';
export const pbBallotKinds: readonly PbBallotKind[] = ['approval-budget', 'approval-count', 'points'];
export type ProposalStatus = 'submitted' | 'withdrawn' | 'feasible' | 'unfeasible' | 'merged';
export type ProposalTopic = 'improvement' | 'ecology' | 'culture' | 'sport' | 'education' | 'social' | 'safety' | 'transport' | 'other';
export const proposalTopics: readonly ProposalTopic[] = ['improvement', 'ecology', 'culture', 'sport', 'education', 'social', 'safety', 'transport', 'other'];
export const phaseDateFields: Record<PbPhase, string> = {
  informing: 'informingFrom',
  intake: 'intakeFrom',
  review: 'reviewFrom',
  voting: 'votingFrom',
  tallying: 'tallyingFrom',
  results: 'resultsFrom',
  implementation: 'implementationFrom',
};

export interface PbHeading {
  id: string;
  cycleId: string;
  districtId: string | null;
  title: string;
  amount: string;
  maxWinners: number | null;
  ballotKind: PbBallotKind;
  minProjects: number | null;
  maxProjects: number | null;
  pointsTotal: number | null;
  pointsPerProject: number | null;
  residentsOnly: boolean;
  position: number;
  proposalCount: number;
  feasibleCount: number;
}

export interface PbCycleSummary {
  id: string;
  year: number;
  title: string;
  description: string;
  rule: 'greedy' | 'equal-shares';
  utility: 'cost' | 'approval';
  completion: 'none' | 'add1' | 'add1-full' | 'add1-greedy';
  minAge: number;
  excludeOfficials: boolean;
  importedFrom: string | null;
  /** ISO 4217 code of every amount in the cycle. */
  currency: string;
  phase: PbCyclePhase;
  phases: { phase: PbPhase; from: string }[];
  next: { phase: PbPhase; from: string } | null;
}

export interface PbCycle extends PbCycleSummary {
  headings: PbHeading[];
}

export interface ProposalPhoto {
  id: string;
  url: string;
  thumbUrl: string;
}

export interface ProposalSummary {
  id: string;
  number: number;
  cycleId: string;
  headingId: string;
  title: string;
  excerpt: string;
  topic: ProposalTopic;
  status: ProposalStatus;
  districtId: string | null;
  address: string | null;
  lat: number | null;
  lon: number | null;
  estimatedCost: string;
  finalCost: string | null;
  cost: string;
  implementationMonths: number | null;
  supportCount: number;
  commentCount: number;
  author: Person | null;
  photo: ProposalPhoto | null;
  createdAt: string;
}

export interface ProposalCard extends ProposalSummary {
  description: string;
  photos: ProposalPhoto[];
  coauthors: (Person & { viaMerge: boolean })[];
  review: { opinion: string; reviewedAt: string; reviewer: Person | null } | null;
  mergedInto: { number: number; title: string } | null;
  mergedFrom: { number: number; title: string }[];
  heading: { id: string; title: string; districtId: string | null };
  cycle: { id: string; title: string; year: number; currency: string };
  phase: PbCyclePhase;
  withdrawnAt: string | null;
  moderation: Moderation;
  moderationReason: string | null;
  supported: boolean;
  mine: boolean;
  can: { edit: boolean; withdraw: boolean; support: boolean; comment: boolean; review: boolean; manageCoauthors: boolean };
}

export interface HeadingPage {
  heading: PbHeading;
  cycle: PbCycleSummary;
  phase: PbCyclePhase;
  proposals: ProposalSummary[];
  otherCount: number;
}

export interface ReviewQueue {
  cycles: { id: string; title: string; year: number; currency: string; phase: PbCyclePhase }[];
  items: ProposalSummary[];
}

export interface ExpertAssignment {
  id: string;
  userId: string;
  displayName: string;
  headingId: string | null;
  topic: ProposalTopic | null;
}

export const getCycles = () => api<{ items: PbCycle[] }>('GET', '/api/budgeting/cycles').then((r) => r.items);
export const getCycle = (id: string) => api<PbCycle>('GET', `/api/budgeting/cycles/${encodeURIComponent(id)}`);
export const getHeadingPage = (id: string) => api<HeadingPage>('GET', `/api/budgeting/headings/${encodeURIComponent(id)}`);
export const getProposal = (number: string) => api<ProposalCard>('GET', `/api/budgeting/proposals/${encodeURIComponent(number)}`);
