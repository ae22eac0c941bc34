// Shapes of the polls API (src/modules/polls/http/schemas.ts).

export type QuestionKind = 'single' | 'multiple' | 'rating' | 'ranking' | 'text';
export type PollState = 'draft' | 'upcoming' | 'open' | 'closing' | 'closed';

export interface PollSummary {
  id: string;
  kind: 'poll' | 'priorities';
  title: string;
  description: string;
  districtIds: string[];
  ageBands: string[];
  verifiedOnly: boolean;
  binding: boolean;
  resultsVisibility: 'live' | 'after_close';
  opensAt: string;
  closesAt: string;
  publishedAt: string | null;
  closedAt: string | null;
  state: PollState;
  responses?: number;
}

export interface PollQuestion {
  id: string;
  position: number;
  kind: QuestionKind;
  text: string;
  description: string;
  required: boolean;
  minChoices: number | null;
  maxChoices: number | null;
  scale: number | null;
  lat: number | null;
  lon: number | null;
  imageFileId: string | null;
  /** Served by the poll (`/api/polls/:id/images/:fileId`; `/thumb` for a 320 px preview). */
  imageUrl: string | null;
  options: { id: string; text: string }[];
}

export interface PollView extends PollSummary {
  imageFileId: string | null;
  imageUrl: string | null;
  questions: PollQuestion[];
  rule: {
    questionId: string;
    optionId: string;
    minTurnoutCount: number | null;
    minTurnoutPermille: number | null;
    numerator: number;
    denominator: number;
    strict: boolean;
    required: string;
  } | null;
  eligibility: { eligible: boolean; reason: string | null; message: string | null };
}

export interface QuestionResult {
  questionId: string;
  kind: QuestionKind;
  answered: number;
  options: { optionId: string; count: number; borda?: number; firstPlaces?: number }[];
  distribution?: number[];
  mean?: { fraction: string; decimal: string } | null;
}

export interface PollResultsView {
  poll: Omit<PollView, 'eligibility'>;
  final: boolean;
  results: {
    computedAt: string;
    responses: number;
    eligible: number | null;
    turnoutPermille: number | null;
    districts: { districtId: string | null; responses: number }[];
    ageBands: { ageBand: string | null; responses: number }[];
    questions: QuestionResult[];
    decision: { passed: boolean; reason: string; sentence: string; inFavourPercent: string; required: string } | null;
  };
}

export interface AnonymisedResponse {
  receiptHash: string;
  districtId: string | null;
  ageBand: string | null;
  answers: { questionId: string; optionId: string | null; value: number | null }[];
}

export interface ReceiptView {
  poll: PollSummary;
  response: AnonymisedResponse;
  questions: PollQuestion[];
}

/** A question's answer as the page keeps it before sending. */
export interface Draft {
  optionIds: string[];
  value: number | null;
  ranking: string[];
  text: string;
}
