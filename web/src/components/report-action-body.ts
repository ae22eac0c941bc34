// What a staff or reporter form sends for an action on a report, built from the reports domain's
// actionInputs (the same table the server's transitionReport reads), so the form asks for exactly
// what the action carries and refuses before sending what the server would refuse.
import { textLength } from '@server/core/text/text.js';
import { actionInputs, actionSegment, type PersonAction } from '@server/modules/reports/domain/lifecycle.js';
import { noteLimits } from '@server/modules/reports/domain/report-rules.js';
import type { ruReports } from '../i18n/ru-reports.js';

/** A text of the reports' dictionary (what to do, a field's label). */
export type ReportsKey = keyof typeof ruReports;

/** An action's name in URLs and in the i18n keys (`not-competent`). */
type Segment<A extends string> = A extends `${infer H}_${infer T}` ? `${H}-${Segment<T>}` : A;
export type ActionSegment = Segment<PersonAction>;
export const segmentOf = (a: PersonAction) => actionSegment(a) as ActionSegment;

/** What a person typed or chose in an action's form. */
export interface ActionValues {
  note: string;
  text: string;
  photoIds: string[];
  rejectionReasonId: string;
  original: string;
  departmentId: string;
  dueOn: string;
}
export const emptyValues: ActionValues = { note: '', text: '', photoIds: [], rejectionReasonId: '', original: '', departmentId: '', dueOn: '' };

export interface ActionBody {
  note?: string;
  text?: string;
  photoIds?: string[];
  rejectionReasonId?: number;
  of?: number;
  departmentId?: string;
  dueOn?: string;
}

/** The body to send, or the first field the person must fix (with the i18n key of what to do). */
export type BodyCheck = { ok: true; body: ActionBody } | { ok: false; field: keyof ActionBody; message: ReportsKey };

const missingText: Partial<Record<PersonAction, ReportsKey>> = { answer: 'actions.answerRequired', dispute: 'actions.disputeRequired' };

/** Checks `values` against what `action` carries (required parts present, a required note long enough) and builds its body. */
export function actionBody(action: PersonAction, values: ActionValues): BodyCheck {
  const input = actionInputs[action];
  const body: ActionBody = {};
  if (input.rejectionReason) {
    if (!values.rejectionReasonId) return { ok: false, field: 'rejectionReasonId', message: 'actions.rejectReasonRequired' };
    body.rejectionReasonId = Number(values.rejectionReasonId);
  }
  if (input.original) {
    if (!/^\d{1,15}$/.test(values.original.trim())) return { ok: false, field: 'of', message: 'actions.duplicateOfRequired' };
    body.of = Number(values.original.trim());
  }
  if (input.department === 'required' && !values.departmentId) return { ok: false, field: 'departmentId', message: 'actions.departmentRequired' };
  if (input.department && values.departmentId) body.departmentId = values.departmentId;
  if (input.text) {
    const text = values.text.trim();
    if (!text) return { ok: false, field: 'text', message: missingText[action] ?? 'actions.answerRequired' };
    body.text = text;
    if (input.photos && values.photoIds.length) body.photoIds = values.photoIds;
  }
  if (input.dueOn && values.dueOn) body.dueOn = values.dueOn;
  if (input.note) {
    const note = values.note.trim();
    if (input.note === 'required' && textLength(note) < noteLimits.min) return { ok: false, field: 'note', message: 'actions.noteRequired' };
    if (note) body.note = note;
  }
  return { ok: true, body };
}
