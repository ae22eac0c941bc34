// The administrators' poll form as the page holds it (strings as typed), and how it turns into the API's draft and back.
import { type QuestionKind } from '@server/modules/polls/domain/answers.js';
import { ageBands, type AgeBand } from '@server/modules/verification/domain/age.js';
import type { Schema } from '../../api/types.js';
import { cityMinute, cityMinuteOf } from '../../city-time.js';
import type { AttachedPhoto } from '../../components/photo-upload.js';

export type PollSummary = Schema<'PollSummary'>;
export type PollView = Schema<'PollView'>;
export type PollDraft = Schema<'PollDraftInput'>;

export interface QuestionForm {
  kind: QuestionKind;
  text: string;
  required: boolean;
  options: string;
  minChoices: string;
  maxChoices: string;
  scale: string;
  image: AttachedPhoto[];
  lat: string;
  lon: string;
}
export interface PollForm {
  /** Kept from the poll being edited (a «Родной район» poll names its due day too). */
  kind: 'poll' | 'priorities';
  title: string;
  description: string;
  image: AttachedPhoto[];
  binding: boolean;
  verifiedOnly: boolean;
  resultsVisibility: 'live' | 'after_close';
  districtIds: string[];
  ageBands: AgeBand[];
  opensAt: string;
  closesAt: string;
  questions: QuestionForm[];
  decide: boolean;
  decisionQuestion: string;
  decisionOption: string;
  numerator: string;
  denominator: string;
  strict: boolean;
  minTurnoutCount: string;
  /** Percent of eligible residents (the API takes per mille). */
  minTurnoutPercent: string;
  /** What passes becomes the commitment of this department, due on this working day (binding and priorities polls). */
  departmentId: string;
  dueOn: string;
  /** Kept from a priorities poll being edited. */
  priorityCount: number | null;
}

const majorities = {
  'gt-1-2': { numerator: 1, denominator: 2, strict: true },
  'ge-2-3': { numerator: 2, denominator: 3, strict: false },
  'gt-7-10': { numerator: 7, denominator: 10, strict: true },
} as const;
export type MajorityKey = keyof typeof majorities;
export const majorityKeys = Object.keys(majorities) as MajorityKey[];
/** The quick choice a fraction matches, or 'custom'. */
export const presetOf = (f: { numerator: string; denominator: string; strict: boolean }): MajorityKey | 'custom' =>
  majorityKeys.find(
    (k) =>
      String(majorities[k].numerator) === f.numerator.trim() && String(majorities[k].denominator) === f.denominator.trim() && majorities[k].strict === f.strict,
  ) ?? 'custom';
export const majorityOf = (k: MajorityKey) => ({
  numerator: String(majorities[k].numerator),
  denominator: String(majorities[k].denominator),
  strict: majorities[k].strict,
});
/** An instant as the date-and-time fields show it, on the city's clock. */
export const local = (iso: string) => cityMinuteOf(iso);
/** The instant a date-and-time field names on the city's clock ('' when the field is empty or incomplete: the server names the field). */
export const instant = (value: string) => cityMinute(value) ?? '';
export const newQuestion = (): QuestionForm => ({
  kind: 'single',
  text: '',
  required: true,
  options: '',
  minChoices: '',
  maxChoices: '',
  scale: '5',
  image: [],
  lat: '',
  lon: '',
});
const imageOf = (fileId: string | null, url: string | null): AttachedPhoto[] => (fileId && url ? [{ id: fileId, thumbUrl: `${url}/thumb` }] : []);
export const blank = (): PollForm => ({
  kind: 'poll',
  title: '',
  description: '',
  image: [],
  binding: false,
  verifiedOnly: false,
  resultsVisibility: 'after_close',
  districtIds: [],
  ageBands: [],
  opensAt: local(new Date().toISOString()),
  closesAt: local(new Date(Date.now() + 7 * 86_400_000).toISOString()),
  questions: [newQuestion()],
  decide: false,
  decisionQuestion: '0',
  decisionOption: '0',
  ...majorityOf('gt-1-2'),
  minTurnoutCount: '',
  minTurnoutPercent: '',
  departmentId: '',
  dueOn: '',
  priorityCount: null,
});

/** The form of an existing draft. */
export function formOf(p: PollView): PollForm {
  const qi = p.rule ? p.questions.findIndex((q) => q.id === p.rule!.questionId) : -1;
  const q = qi >= 0 ? p.questions[qi]! : null;
  return {
    kind: p.kind,
    title: p.title,
    description: p.description,
    image: imageOf(p.imageFileId, p.imageUrl),
    binding: p.binding,
    verifiedOnly: p.verifiedOnly,
    resultsVisibility: p.resultsVisibility,
    districtIds: p.districtIds,
    ageBands: ageBands.filter((b) => p.ageBands.includes(b)),
    opensAt: local(p.opensAt),
    closesAt: local(p.closesAt),
    questions: p.questions.map((x) => ({
      kind: x.kind,
      text: x.text,
      required: x.required,
      options: x.options.map((o) => o.text).join('\n'),
      minChoices: x.minChoices?.toString() ?? '',
      maxChoices: x.maxChoices?.toString() ?? '',
      scale: String(x.scale ?? 5),
      image: imageOf(x.imageFileId, x.imageUrl),
      lat: x.lat?.toString() ?? '',
      lon: x.lon?.toString() ?? '',
    })),
    decide: !!p.rule,
    decisionQuestion: String(Math.max(qi, 0)),
    decisionOption: String(
      q
        ? Math.max(
            0,
            q.options.findIndex((o) => o.id === p.rule!.optionId),
          )
        : 0,
    ),
    ...(p.rule ? { numerator: String(p.rule.numerator), denominator: String(p.rule.denominator), strict: p.rule.strict } : majorityOf('gt-1-2')),
    minTurnoutCount: p.rule?.minTurnoutCount?.toString() ?? '',
    minTurnoutPercent: p.rule?.minTurnoutPermille ? String(p.rule.minTurnoutPermille / 10) : '',
    departmentId: p.departmentId ?? '',
    dueOn: p.dueOn ?? '',
    priorityCount: p.priorityCount,
  };
}

const num = (s: string) => (s.trim() === '' ? null : Number(s.trim().replace(',', '.')));
/** 12.5 (%) → 125 (per mille). */
const permille = (s: string) => {
  const n = num(s);
  return n === null ? null : Math.round(n * 10);
};

export function bodyOf(f: PollForm): PollDraft {
  return {
    title: f.title,
    description: f.description,
    imageFileId: f.image[0]?.id ?? null,
    binding: f.binding,
    verifiedOnly: f.verifiedOnly,
    resultsVisibility: f.resultsVisibility,
    districtIds: f.districtIds,
    ageBands: f.ageBands,
    opensAt: instant(f.opensAt),
    closesAt: instant(f.closesAt),
    questions: f.questions.map((q) => ({
      kind: q.kind,
      text: q.text,
      required: q.required,
      options:
        q.kind === 'single' || q.kind === 'multiple' || q.kind === 'ranking'
          ? q.options
              .split('\n')
              .map((o) => o.trim())
              .filter(Boolean)
          : [],
      minChoices: q.kind === 'multiple' ? num(q.minChoices) : null,
      maxChoices: q.kind === 'multiple' ? num(q.maxChoices) : null,
      scale: q.kind === 'rating' ? (Number(q.scale) as 5 | 10) : null,
      imageFileId: q.image[0]?.id ?? null,
      lat: num(q.lat),
      lon: num(q.lon),
    })),
    decision: f.decide
      ? {
          questionIndex: Number(f.decisionQuestion),
          optionIndex: Number(f.decisionOption),
          minTurnoutCount: num(f.minTurnoutCount),
          minTurnoutPermille: permille(f.minTurnoutPercent),
          numerator: Number(f.numerator),
          denominator: Number(f.denominator),
          strict: f.strict,
        }
      : null,
    departmentId: f.departmentId || null,
    dueOn: f.dueOn || null,
    priorityCount: f.priorityCount,
  };
}
