// Shapes and calls of the initiatives API (src/modules/initiatives/http/schemas.ts).
import { api } from '../../api.js';

export const initiativeTypes = ['improvement', 'regulation', 'social'] as const;
export type InitiativeType = (typeof initiativeTypes)[number];
export const initiativeScopes = ['city', 'district'] as const;
export type InitiativeScope = (typeof initiativeScopes)[number];
export const initiativeStatuses = ['draft', 'screening', 'inadmissible', 'collecting', 'not_reached', 'awaiting_answer', 'answered', 'withdrawn'] as const;
export type InitiativeStatus = (typeof initiativeStatuses)[number];
/** The statuses the public list filters by ("overdue" is awaiting an answer past its due date). */
export const listStatuses = ['screening', 'collecting', 'awaiting_answer', 'overdue', 'answered', 'not_reached', 'inadmissible'] as const;
export type ListStatus = (typeof listStatuses)[number];
export const answerDecisions = ['accepted', 'partially', 'rejected'] as const;
export type AnswerDecision = (typeof answerDecisions)[number];

/** The thresholds of a type in a scope. */
export interface InitiativeRule {
  type: InitiativeType;
  scope: InitiativeScope;
  minCoinitiators: number;
  supportThreshold: number;
  supportDays: number;
  answerWorkingDays: number;
}

export interface InitiativeSummary {
  number: number;
  type: InitiativeType;
  scope: InitiativeScope;
  districtId: string | null;
  title: string;
  status: InitiativeStatus;
  overdue: boolean;
  coinitiatorCount: number;
  supportCount: number;
  supportThreshold: number | null;
  supportClosesAt: string | null;
  answerDueAt: string | null;
  submittedAt: string | null;
  createdAt: string;
}

export interface InitiativePerson {
  id: string;
  displayName: string;
}

export interface InitiativeView extends InitiativeSummary {
  text: string;
  ask: string;
  addressee: string;
  author: InitiativePerson;
  coinitiators: InitiativePerson[];
  /** The rule's figure while draft, the initiative's copy after submission. */
  minCoinitiators: number;
  departmentId: string | null;
  supportOpensAt: string | null;
  thresholdReachedAt: string | null;
  answerWorkingDays: number | null;
  screening: { decision: 'admissible' | 'inadmissible'; reason: string; at: string } | null;
  answer: { decision: AnswerDecision; text: string; at: string } | null;
  /** Oldest first. */
  history: { status: InitiativeStatus; note: string; at: string }[];
  commentCount: number;
  me: {
    isAuthor: boolean;
    isCoinitiator: boolean;
    supported: boolean;
    can: { edit: boolean; join: boolean; leave: boolean; submit: boolean; withdraw: boolean; screen: boolean; support: boolean; answer: boolean };
    /** Why the caller cannot support now, in their language (null when they can, or it is not collecting). */
    supportRefusal: string | null;
  };
}

/** What the author types: the body of POST and PUT /api/initiatives. */
export interface InitiativeInput {
  type: InitiativeType;
  scope: InitiativeScope;
  districtId: string | null;
  title: string;
  text: string;
  ask: string;
  addressee: string;
}

export interface InitiativeList {
  items: InitiativeSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export const getInitiatives = (query: URLSearchParams) => api<InitiativeList>('GET', `/api/initiatives${query.toString() ? `?${query.toString()}` : ''}`);
export const getInitiative = (number: string) => api<InitiativeView>('GET', `/api/initiatives/${encodeURIComponent(number)}`);
export const getRules = () => api<{ rules: InitiativeRule[] }>('GET', '/api/initiatives/rules').then((r) => r.rules);
export const saveRules = (rules: InitiativeRule[]) => api<{ rules: InitiativeRule[] }>('PUT', '/api/admin/initiatives/rules', { rules }).then((r) => r.rules);
export const createInitiative = (body: InitiativeInput) => api<{ number: number }>('POST', '/api/initiatives', body);
export const updateInitiative = (number: number, body: InitiativeInput) => api<void>('PUT', `/api/initiatives/${number}`, body);
export const joinInitiative = (number: number) => api<void>('POST', `/api/initiatives/${number}/coinitiators`);
export const leaveInitiative = (number: number) => api<void>('DELETE', `/api/initiatives/${number}/coinitiators/me`);
export const submitInitiative = (number: number) => api<void>('POST', `/api/initiatives/${number}/submit`);
export const withdrawInitiative = (number: number) => api<void>('POST', `/api/initiatives/${number}/withdraw`);
export const screenInitiative = (number: number, body: { decision: 'admissible' | 'inadmissible'; reason: string; departmentId?: string }) =>
  api<void>('POST', `/api/initiatives/${number}/screening`, body);
export const supportInitiative = (number: number) => api<{ supportCount: number; status: InitiativeStatus }>('POST', `/api/initiatives/${number}/supports`);
export const answerInitiative = (number: number, body: { decision: AnswerDecision; text: string }) =>
  api<void>('POST', `/api/initiatives/${number}/answer`, body);

/** The rule of a type in a scope, if the city has one. */
export const ruleOf = (rules: InitiativeRule[] | undefined, type: InitiativeType, scope: InitiativeScope) =>
  rules?.find((r) => r.type === type && r.scope === scope);
