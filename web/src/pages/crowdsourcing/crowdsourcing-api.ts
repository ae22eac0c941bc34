// Shapes of the crowdsourcing API (src/modules/crowdsourcing/http/schemas.ts) and the calls the pages make.
import { api } from '../../api.js';

export const crowdPhases = ['announced', 'ideas', 'selection', 'voting', 'implementation', 'completed'] as const;
export type CrowdPhase = (typeof crowdPhases)[number];
export const ideaStatuses = ['submitted', 'shortlisted', 'rejected', 'merged', 'withdrawn'] as const;
export type IdeaStatus = (typeof ideaStatuses)[number];
export type IdeaSort = 'rating' | 'newest' | 'votes';
export type ReviewDecision = 'shortlisted' | 'rejected' | 'merged';

/** Public numbers of a project. `acceptedShare` is 0..1 (accepted or merged-into-accepted ideas / ideas not withdrawn). */
export interface Figures {
  participants: number;
  ideas: number;
  shortlisted: number;
  accepted: number;
  acceptedShare: number;
}

export interface ProjectSummary {
  number: number;
  title: string;
  problem: string;
  districtId: string | null;
  phase: CrowdPhase;
  published: boolean;
  ideasFrom: string;
  selectionFrom: string;
  votingFrom: string;
  implementationFrom: string;
  figures: Figures;
}

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface ProjectView extends ProjectSummary {
  brief: string;
  voteMaxChoices: number;
  pollId: string | null;
  pollClosed: boolean;
  experts: PersonRef[];
  report: { text: string; publishedAt: string } | null;
  me: { canSubmitIdea: boolean; isExpert: boolean; canManage: boolean };
}

export interface IdeaSummary {
  number: number;
  projectNumber: number;
  title: string;
  excerpt: string;
  status: IdeaStatus;
  author: PersonRef;
  ratingCount: number;
  /** Two decimals; null before the first rating. */
  ratingAverage: number | null;
  commentCount: number;
  accepted: boolean;
  /** Votes in the poll, once it has closed. */
  votes: number | null;
  createdAt: string;
  /** The caller's own rating (null when signed out or not rated). */
  myRating: number | null;
}

export interface IdeaView extends IdeaSummary {
  text: string;
  projectTitle: string;
  projectPhase: CrowdPhase;
  reviewReason: string | null;
  reviewedAt: string | null;
  mergedInto: { number: number; title: string } | null;
  mergedFrom: { number: number; title: string; author: PersonRef }[];
  acceptedNote: string | null;
  me: { isAuthor: boolean; can: { rate: boolean; review: boolean; withdraw: boolean; comment: boolean } };
}

export interface IdeaPage {
  items: IdeaSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ProjectInput {
  title: string;
  problem: string;
  brief: string;
  districtId: string | null;
  ideasFrom: string;
  selectionFrom: string;
  votingFrom: string;
  implementationFrom: string;
  voteMaxChoices: number;
  expertIds: string[];
}

export interface RatingResult {
  ratingCount: number;
  ratingAverage: number | null;
  myRating: number | null;
}

/** The date fields of a project in phase order, with the phase each starts. */
export const phaseDates = [
  ['ideas', 'ideasFrom'],
  ['selection', 'selectionFrom'],
  ['voting', 'votingFrom'],
  ['implementation', 'implementationFrom'],
] as const;
export type PhaseDateField = (typeof phaseDates)[number][1];

/** The phase that follows (what "advance" starts), or null when there is none to start by a date. */
export function nextPhase(phase: CrowdPhase): 'ideas' | 'selection' | 'voting' | 'implementation' | null {
  const next = { announced: 'ideas', ideas: 'selection', selection: 'voting', voting: 'implementation', implementation: null, completed: null } as const;
  return next[phase];
}

/** Ratings and comments are open during these phases. */
export const isDiscussionPhase = (phase: CrowdPhase) => phase === 'ideas' || phase === 'selection';

const base = '/api/crowdsourcing';

export const getProjects = () => api<{ projects: ProjectSummary[] }>('GET', `${base}/projects`).then((r) => r.projects);
export const getProject = (n: string | number) => api<ProjectView>('GET', `${base}/projects/${encodeURIComponent(n)}`);
export const getIdeas = (n: string | number, q: { status?: string; sort?: IdeaSort; page?: number }) => {
  const params = new URLSearchParams();
  if (q.status) params.set('status', q.status);
  if (q.sort) params.set('sort', q.sort);
  if (q.page && q.page > 1) params.set('page', String(q.page));
  const qs = params.toString();
  return api<IdeaPage>('GET', `${base}/projects/${encodeURIComponent(n)}/ideas${qs ? `?${qs}` : ''}`);
};
export const submitIdea = (n: string | number, body: { title: string; text: string }) =>
  api<{ number: number }>('POST', `${base}/projects/${encodeURIComponent(n)}/ideas`, body);
export const getIdea = (n: string | number) => api<IdeaView>('GET', `${base}/ideas/${encodeURIComponent(n)}`);
export const rateIdea = (n: number, value: number) => api<RatingResult>('PUT', `${base}/ideas/${n}/rating`, { value });
export const withdrawIdea = (n: number) => api<void>('POST', `${base}/ideas/${n}/withdraw`);
export const reviewIdea = (n: number, body: { decision: ReviewDecision; reason: string; intoNumber: number | null }) =>
  api<void>('POST', `${base}/ideas/${n}/review`, body);

const admin = '/api/admin/crowdsourcing/projects';
export const getAdminProjects = () => api<{ projects: ProjectSummary[] }>('GET', admin).then((r) => r.projects);
export const createProject = (body: ProjectInput) => api<{ number: number }>('POST', admin, body);
export const updateProject = (n: number, body: ProjectInput) => api<void>('PUT', `${admin}/${n}`, body);
export const publishProject = (n: number) => api<void>('POST', `${admin}/${n}/publish`);
export const advanceProject = (n: number) => api<void>('POST', `${admin}/${n}/advance`);
export const startVote = (n: number) => api<{ pollId: string }>('POST', `${admin}/${n}/vote`);
export const publishReport = (n: number, body: { text: string; accepted: { ideaNumber: number; note: string }[] }) =>
  api<void>('POST', `${admin}/${n}/report`, body);
