import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reportActions, type PersonAction } from '@server/modules/reports/domain/lifecycle.js';
import { api, ApiError } from '../api/client.js';
import { invalidate, queryClient } from '../api/query.js';
import type { ApiBody, Schema } from '../api/types.js';
import { useSubmit } from '../use-submit.js';
import { ErrorSummary } from './errors.js';
import { useErrorTitle } from './page.js';
import { ActionFields, actionCodeFields, actionFieldIds } from './report-action-fields.js';
import { actionBody, emptyValues, segmentOf, type ActionSegment, type ActionValues } from './report-action-body.js';
import type { AttachedPhoto } from './photo-upload.js';

export type { ActionSegment } from './report-action-body.js';

type ReportCard = Schema<'ReportCard'>;

/** The actions a person takes, in the domain's order (a moderator's, an official's, the reporter's). */
const personActions = reportActions.filter((a): a is PersonAction => a !== 'auto_close');

/** What a report needs for its actions: the card, or a line of a staff list with its actions. */
export interface ActionTarget {
  number: number;
  departmentId: string | null;
  /** What the caller may do now, as URL segments (the card's `actions`, or the domain's actionSegmentsFor). */
  actions: readonly string[];
}

/**
 * The forms for what the caller may do with a report now (the server's `actions`): a moderator
 * approves, rejects with a reason from the dictionary, marks a duplicate, says "not our
 * competence", publishes or returns an answer; an official takes, answers (with templates and
 * "after" photos) or redirects; the reporter confirms or disputes. What each form asks for is the
 * domain's actionInputs; each keeps what was typed when the server refuses, and shows why.
 */
export function ReportActions({
  target,
  onDone,
  idPrefix = 'act',
  only,
}: {
  target: ActionTarget;
  onDone(card: ReportCard, action: ActionSegment): void;
  idPrefix?: string;
  only?: readonly ActionSegment[];
}) {
  const available = personActions.filter((a) => target.actions.includes(segmentOf(a)) && (!only || only.includes(segmentOf(a))));
  if (!available.length) return null;
  return (
    <div className="report-actions">
      {available.map((a) => (
        <ActionForm
          key={a}
          action={a}
          target={target}
          idPrefix={`${idPrefix}-${target.number}-${segmentOf(a)}`}
          onDone={(card) => onDone(card, segmentOf(a))}
        />
      ))}
    </div>
  );
}

type ActionPath = `/api/reports/{number}/${ActionSegment}`;
const warning: readonly PersonAction[] = ['reject', 'not_competent', 'dispute'];

function ActionForm({ action, target, idPrefix, onDone }: { action: PersonAction; target: ActionTarget; idPrefix: string; onDone(card: ReportCard): void }) {
  const { t } = useTranslation();
  const { busy, error, setError, run } = useSubmit();
  useErrorTitle(!!error);
  const [values, setValues] = useState<ActionValues>(emptyValues);
  const [photos, setPhotos] = useState<AttachedPhoto[]>([]);
  const segment = segmentOf(action);
  const set = (field: keyof ActionValues, value: string) => setValues((v) => ({ ...v, [field]: value }));

  function submit(e: FormEvent) {
    e.preventDefault();
    const check = actionBody(action, { ...values, photoIds: photos.map((p) => p.id) });
    if (!check.ok) {
      const message = t(check.message);
      return setError(new ApiError(400, 'validation_failed', message, { [check.field]: message }));
    }
    const path = `/api/reports/{number}/${segment}` as ActionPath;
    void run(
      () => api.POST(path, { params: { path: { number: target.number } }, body: check.body as ApiBody<ActionPath, 'post'> }),
      async (card) => {
        setValues(emptyValues);
        setPhotos([]);
        onDone(card);
        // this card, and the public lists and counts it sits in, change with its status
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ['/api/reports/{number}', { path: { number: target.number } }] }),
          invalidate('/api/reports', '/api/reports/map', '/api/reports/stats'),
        ]);
      },
    );
  }

  return (
    <form className={`report-action report-action--${segment}`} onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h3 className="report-action__title" id={`${idPrefix}-title`}>
        {t(`actions.${segment}.title`)}
      </h3>
      <ErrorSummary id={`${idPrefix}-errors`} error={error} targets={actionFieldIds(idPrefix)} codeFields={actionCodeFields} />
      <ActionFields
        action={action}
        idPrefix={idPrefix}
        departmentId={target.departmentId}
        values={values}
        set={set}
        photos={photos}
        setPhotos={setPhotos}
        error={error}
      />
      <button type="submit" className={`button${warning.includes(action) ? ' button--warning' : ''}`} disabled={busy}>
        {t(`actions.${segment}.button`)}
      </button>
    </form>
  );
}
