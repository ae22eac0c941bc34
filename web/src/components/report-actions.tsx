import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, getDepartments, type AnswerTemplate, type RejectionReason, type ReportCard } from '../api.js';
import { useFormat } from '../format.js';
import { useLoad } from '../use-load.js';
import { useSubmit } from '../use-submit.js';
import { ErrorSummary, fieldMessage } from './errors.js';
import { SelectField, TextArea, TextField } from './fields.js';
import { Notice } from './notice.js';
import { useErrorTitle } from './page.js';
import { PhotoUpload, type AttachedPhoto } from './photo-upload.js';

/** The staff's and the reporter's actions, in the order they are usually needed. */
export const actionOrder = [
  'take',
  'answer',
  'redirect',
  'approve',
  'reject',
  'duplicate',
  'not-competent',
  'publish-answer',
  'return-answer',
  'confirm',
  'dispute',
] as const;
export type ActionSegment = (typeof actionOrder)[number];

const refuse = (field: string, message: string) => new ApiError(400, 'validation_failed', message, { [field]: message });

/** What a report needs for its actions: the card, or a line of a staff list with its actions. */
export interface ActionTarget {
  number: number;
  departmentId: string | null;
  actions: string[];
}

/**
 * The forms for what the caller may do with a report now (the server's `actions`): a moderator
 * approves, rejects with a reason from the dictionary, marks a duplicate, says "not our
 * competence", publishes or returns an answer; an official takes, answers (with templates and
 * "after" photos) or redirects; the reporter confirms or disputes. Each form keeps what was typed
 * when the server refuses, and shows why.
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
  const available = actionOrder.filter((a) => target.actions.includes(a) && (!only || only.includes(a)));
  if (!available.length) return null;
  return (
    <div className="report-actions">
      {available.map((a) => (
        <ActionForm key={a} action={a} target={target} idPrefix={`${idPrefix}-${target.number}-${a}`} onDone={(card) => onDone(card, a)} />
      ))}
    </div>
  );
}

function ActionForm({ action, target, idPrefix, onDone }: { action: ActionSegment; target: ActionTarget; idPrefix: string; onDone(card: ReportCard): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { busy, error, setError, run } = useSubmit();
  useErrorTitle(!!error);
  const [text, setText] = useState('');
  const [choice, setChoice] = useState('');
  const [photos, setPhotos] = useState<AttachedPhoto[]>([]);
  const needsReasons = action === 'reject';
  const needsTemplates = action === 'answer';
  const needsDepartments = action === 'redirect';
  const reasons = useLoad(needsReasons ? 'rejection-reasons' : null, () =>
    api<{ items: RejectionReason[] }>('GET', '/api/admin/rejection-reasons').then((r) => r.items.filter((x) => x.active)),
  );
  const templates = useLoad(needsTemplates ? `answer-templates-${target.departmentId ?? ''}` : null, () =>
    api<{ items: AnswerTemplate[] }>(
      'GET',
      `/api/answer-templates${target.departmentId ? `?departmentId=${encodeURIComponent(target.departmentId)}` : ''}`,
    ).then((r) => r.items),
  );
  const departments = useLoad(needsDepartments ? 'departments' : null, getDepartments);
  const lang = f.locale.startsWith('en') ? 'en' : 'ru';

  const post = (body: Record<string, unknown>) => api<ReportCard>('POST', `/api/reports/${target.number}/${action}`, body);
  const done = (card: ReportCard) => {
    setText('');
    setChoice('');
    setPhotos([]);
    onDone(card);
  };
  const ids = { text: `${idPrefix}-text`, choice: `${idPrefix}-choice`, photos: `${idPrefix}-photos` };

  function submit(e: FormEvent) {
    e.preventDefault();
    switch (action) {
      case 'take':
      case 'approve':
      case 'publish-answer':
      case 'confirm':
        return void run(() => post(text.trim() ? { note: text.trim() } : {}), done);
      case 'reject':
        if (!choice) return setError(refuse('rejectionReasonId', t('actions.rejectReasonRequired')));
        return void run(() => post({ rejectionReasonId: Number(choice), ...(text.trim() ? { note: text.trim() } : {}) }), done);
      case 'duplicate':
        if (!/^\d+$/.test(choice.trim())) return setError(refuse('of', t('actions.duplicateOfRequired')));
        return void run(() => post({ of: Number(choice.trim()), ...(text.trim() ? { note: text.trim() } : {}) }), done);
      case 'not-competent':
      case 'return-answer':
        if (text.trim().length < 3) return setError(refuse('note', t('actions.noteRequired')));
        return void run(() => post({ note: text.trim() }), done);
      case 'answer':
        if (!text.trim()) return setError(refuse('text', t('actions.answerRequired')));
        return void run(() => post({ text: text.trim(), ...(photos.length ? { photoIds: photos.map((p) => p.id) } : {}) }), done);
      case 'dispute':
        if (!text.trim()) return setError(refuse('text', t('actions.disputeRequired')));
        return void run(() => post({ text: text.trim(), ...(photos.length ? { photoIds: photos.map((p) => p.id) } : {}) }), done);
      case 'redirect':
        if (!choice) return setError(refuse('departmentId', t('actions.departmentRequired')));
        if (text.trim().length < 3) return setError(refuse('note', t('actions.noteRequired')));
        return void run(() => post({ departmentId: choice, note: text.trim() }), done);
    }
  }

  const targets = { rejectionReasonId: ids.choice, of: ids.choice, departmentId: ids.choice, note: ids.text, text: ids.text, photoIds: ids.photos };
  const codeFields = {
    report_rejection_reason_unknown: 'rejectionReasonId',
    report_duplicate_target_invalid: 'of',
    report_department_unknown: 'departmentId',
    report_redirect_same: 'departmentId',
    report_note_required: 'note',
    report_note_long: 'note',
    report_answer_short: 'text',
    report_answer_long: 'text',
  };
  const textError = fieldMessage(error, 'note', codeFields) ?? fieldMessage(error, 'text', codeFields);
  const choiceError =
    fieldMessage(error, 'rejectionReasonId', codeFields) ?? fieldMessage(error, 'of', codeFields) ?? fieldMessage(error, 'departmentId', codeFields);

  let body: ReactNode = null;
  switch (action) {
    case 'take':
    case 'approve':
    case 'publish-answer':
    case 'confirm':
      body = <p className="report-action__text">{t(`actions.${action}.text`)}</p>;
      break;
    case 'reject':
      body = (
        <>
          <SelectField
            id={ids.choice}
            label={t('actions.rejectReason')}
            value={choice}
            onChange={setChoice}
            error={choiceError}
            options={[
              { value: '', label: reasons.data ? t('actions.choose') : t('common.loading') },
              ...(reasons.data ?? []).map((r) => ({ value: String(r.id), label: lang === 'en' ? r.textEn : r.textRu })),
            ]}
          />
          {reasons.error ? <Notice kind="error" title={reasons.error.message} /> : null}
          <TextArea
            id={ids.text}
            label={t('actions.noteOptional')}
            hint={t('actions.rejectNoteHint')}
            value={text}
            onChange={setText}
            rows={2}
            maxLength={2000}
            error={textError}
          />
        </>
      );
      break;
    case 'duplicate':
      body = (
        <>
          <TextField
            id={ids.choice}
            label={t('actions.duplicateOf')}
            hint={t('actions.duplicateOfHint')}
            value={choice}
            onChange={setChoice}
            width="short"
            error={choiceError}
          />
          <TextArea id={ids.text} label={t('actions.noteOptional')} value={text} onChange={setText} rows={2} maxLength={2000} error={textError} />
        </>
      );
      break;
    case 'not-competent':
    case 'return-answer':
      body = (
        <TextArea
          id={ids.text}
          label={t(`actions.${action}.note`)}
          hint={t(`actions.${action}.hint`)}
          value={text}
          onChange={setText}
          rows={3}
          maxLength={2000}
          error={textError}
        />
      );
      break;
    case 'answer':
      body = (
        <>
          {templates.data?.length ? (
            <SelectField
              id={`${idPrefix}-template`}
              label={t('actions.template')}
              hint={t('actions.templateHint')}
              value=""
              onChange={(v) => {
                const tpl = templates.data?.find((x) => String(x.id) === v);
                if (tpl) setText((old) => (old.trim() ? `${old.trimEnd()}\n\n${tpl.text}` : tpl.text));
              }}
              options={[{ value: '', label: t('actions.chooseTemplate') }, ...templates.data.map((x) => ({ value: String(x.id), label: x.title }))]}
            />
          ) : null}
          <TextArea
            id={ids.text}
            label={t('actions.answerText')}
            hint={t('actions.answerHint')}
            value={text}
            onChange={setText}
            rows={6}
            maxLength={5000}
            error={textError}
          />
          <PhotoUpload
            id={ids.photos}
            label={t('actions.afterPhotos')}
            hint={t('actions.afterPhotosHint')}
            photos={photos}
            onChange={(u) => setPhotos(u)}
            error={fieldMessage(error, 'photoIds')}
          />
        </>
      );
      break;
    case 'dispute':
      body = (
        <>
          <TextArea
            id={ids.text}
            label={t('actions.disputeText')}
            hint={t('actions.disputeHint')}
            value={text}
            onChange={setText}
            rows={4}
            maxLength={2000}
            error={textError}
          />
          <PhotoUpload
            id={ids.photos}
            label={t('actions.disputePhotos')}
            hint={t('actions.disputePhotosHint')}
            photos={photos}
            onChange={(u) => setPhotos(u)}
            error={fieldMessage(error, 'photoIds')}
          />
        </>
      );
      break;
    case 'redirect':
      body = (
        <>
          <SelectField
            id={ids.choice}
            label={t('actions.redirectTo')}
            value={choice}
            onChange={setChoice}
            error={choiceError}
            options={[
              { value: '', label: departments.data ? t('actions.choose') : t('common.loading') },
              ...[...(departments.data ?? [])]
                .filter((d) => d.id !== target.departmentId)
                .sort((a, b) => f.collator.compare(f.name(a), f.name(b)))
                .map((d) => ({ value: d.id, label: f.name(d) })),
            ]}
          />
          <TextArea
            id={ids.text}
            label={t('actions.redirectNote')}
            hint={t('actions.redirectHint')}
            value={text}
            onChange={setText}
            rows={2}
            maxLength={2000}
            error={textError}
          />
        </>
      );
      break;
  }

  const danger = action === 'reject' || action === 'not-competent' || action === 'dispute';
  return (
    <form className={`report-action report-action--${action}`} onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h3 className="report-action__title" id={`${idPrefix}-title`}>
        {t(`actions.${action}.title`)}
      </h3>
      <ErrorSummary id={`${idPrefix}-errors`} error={error} targets={targets} codeFields={codeFields} />
      {body}
      <button type="submit" className={`button${danger ? ' button--warning' : ''}`} disabled={busy}>
        {t(`actions.${action}.button`)}
      </button>
    </form>
  );
}
