import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { actionInputs, type PersonAction } from '@server/modules/reports/domain/lifecycle.js';
import { answerLimits, noteLimits } from '@server/modules/reports/domain/report-rules.js';
import type { ApiError } from '../api/client.js';
import { useWorkingDepartments } from '../api/lists.js';
import { useApiQuery } from '../api/query.js';
import { useFormat } from '../format.js';
import { fieldMessage } from './errors.js';
import { SelectField, TextArea, TextField } from './fields.js';
import { Notice } from './notice.js';
import { PhotoUpload, type AttachedPhoto } from './photo-upload.js';
import type { ActionValues, ReportsKey } from './report-action-body.js';

/** The server's refusals that belong to one field of an action's form. */
export const actionCodeFields = {
  report_rejection_reason_unknown: 'rejectionReasonId',
  report_duplicate_target_invalid: 'of',
  report_department_unknown: 'departmentId',
  report_redirect_same: 'departmentId',
  report_note_required: 'note',
  report_note_long: 'note',
  report_answer_short: 'text',
  report_answer_long: 'text',
};

/** The ids of an action's fields, for its inputs and its error summary. */
export const actionFieldIds = (idPrefix: string) => ({
  note: `${idPrefix}-note`,
  text: `${idPrefix}-text`,
  photoIds: `${idPrefix}-photos`,
  rejectionReasonId: `${idPrefix}-choice`,
  of: `${idPrefix}-choice`,
  departmentId: `${idPrefix}-choice`,
  dueOn: `${idPrefix}-due`,
});

// how each action names its note and its text (the parts themselves come from the domain's actionInputs)
const noteWords: Partial<Record<PersonAction, { label: ReportsKey; hint?: ReportsKey }>> = {
  not_competent: { label: 'actions.not-competent.note', hint: 'actions.not-competent.hint' },
  return_answer: { label: 'actions.return-answer.note', hint: 'actions.return-answer.hint' },
  redirect: { label: 'actions.redirectNote', hint: 'actions.redirectHint' },
  reject: { label: 'actions.noteOptional', hint: 'actions.rejectNoteHint' },
};
// what an action with no choice to make does, said above its button
const explanations: Partial<Record<PersonAction, ReportsKey>> = {
  take: 'actions.take.text',
  approve: 'actions.approve.text',
  publish_answer: 'actions.publish-answer.text',
  confirm: 'actions.confirm.text',
};
const textWords: Partial<Record<PersonAction, { label: ReportsKey; hint: ReportsKey; photos: ReportsKey; photosHint: ReportsKey }>> = {
  answer: { label: 'actions.answerText', hint: 'actions.answerHint', photos: 'actions.afterPhotos', photosHint: 'actions.afterPhotosHint' },
  dispute: { label: 'actions.disputeText', hint: 'actions.disputeHint', photos: 'actions.disputePhotos', photosHint: 'actions.disputePhotosHint' },
};

export interface ActionFieldsProps {
  action: PersonAction;
  idPrefix: string;
  /** The department holding the report (a redirect goes elsewhere; answer templates are its own). */
  departmentId: string | null;
  values: ActionValues;
  set(field: keyof ActionValues, value: string): void;
  photos: AttachedPhoto[];
  setPhotos: Dispatch<SetStateAction<AttachedPhoto[]>>;
  error: ApiError | null;
}

/** The inputs of one action, as the domain says it carries them: a choice (reason, original, department), a text with photos, a note. */
export function ActionFields(props: ActionFieldsProps) {
  const { t } = useTranslation();
  const { action, idPrefix, values, set, error } = props;
  const input = actionInputs[action];
  const ids = actionFieldIds(idPrefix);
  const explained = explanations[action];
  const note = noteWords[action] ?? { label: 'actions.noteOptional' as const };
  const words = textWords[action];
  return (
    <>
      {explained ? <p className="report-action__text">{t(explained)}</p> : null}
      {input.rejectionReason ? <RejectionReasonField {...props} /> : null}
      {input.original ? (
        <TextField
          id={ids.of}
          label={t('actions.duplicateOf')}
          hint={t('actions.duplicateOfHint')}
          value={values.original}
          onChange={(v) => set('original', v)}
          width="short"
          error={fieldMessage(error, 'of', actionCodeFields)}
        />
      ) : null}
      {input.department ? <DepartmentField {...props} /> : null}
      {input.text && words ? (
        <>
          {action === 'answer' ? <TemplatePicker {...props} /> : null}
          <TextArea
            id={ids.text}
            label={t(words.label)}
            hint={t(words.hint)}
            value={values.text}
            onChange={(v) => set('text', v)}
            rows={action === 'answer' ? 6 : 4}
            maxLength={answerLimits.max}
            error={fieldMessage(error, 'text', actionCodeFields)}
          />
        </>
      ) : null}
      {input.photos && words ? (
        <PhotoUpload
          id={ids.photoIds}
          label={t(words.photos)}
          hint={t(words.photosHint)}
          photos={props.photos}
          onChange={props.setPhotos}
          error={fieldMessage(error, 'photoIds')}
        />
      ) : null}
      {input.dueOn ? (
        <TextField
          id={ids.dueOn}
          type="date"
          width="medium"
          label={t('actions.answerDueOn')}
          hint={t('actions.answerDueOnHint')}
          value={values.dueOn}
          onChange={(v) => set('dueOn', v)}
          error={fieldMessage(error, 'dueOn')}
        />
      ) : null}
      {input.note ? (
        <TextArea
          id={ids.note}
          label={t(note.label)}
          {...(note.hint ? { hint: t(note.hint) } : {})}
          value={values.note}
          onChange={(v) => set('note', v)}
          rows={input.note === 'required' ? 3 : 2}
          maxLength={noteLimits.max}
          error={fieldMessage(error, 'note', actionCodeFields)}
        />
      ) : null}
    </>
  );
}

/** A moderator's reason for rejecting, from the dictionary's active reasons. */
function RejectionReasonField({ idPrefix, values, set, error }: ActionFieldsProps) {
  const { t, i18n } = useTranslation();
  const reasons = useApiQuery('/api/admin/rejection-reasons', undefined, { select: (r) => r.items.filter((x) => x.active) });
  return (
    <>
      <SelectField
        id={actionFieldIds(idPrefix).rejectionReasonId}
        label={t('actions.rejectReason')}
        value={values.rejectionReasonId}
        onChange={(v) => set('rejectionReasonId', v)}
        error={fieldMessage(error, 'rejectionReasonId', actionCodeFields)}
        options={[
          { value: '', label: reasons.data ? t('actions.choose') : t('common.loading') },
          ...(reasons.data ?? []).map((r) => ({ value: String(r.id), label: i18n.language === 'en' ? r.textEn : r.textRu })),
        ]}
      />
      {reasons.error ? <Notice kind="error" title={reasons.error.message} /> : null}
    </>
  );
}

/** Where a report goes: required when redirecting (another department), optional when approving (instead of the routing's choice). */
function DepartmentField({ action, idPrefix, departmentId, values, set, error }: ActionFieldsProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const departments = useWorkingDepartments();
  const required = actionInputs[action].department === 'required';
  const others = [...(departments.data ?? [])].filter((d) => !required || d.id !== departmentId).sort((a, b) => f.collator.compare(f.name(a), f.name(b)));
  return (
    <SelectField
      id={actionFieldIds(idPrefix).departmentId}
      label={t(required ? 'actions.redirectTo' : 'actions.approveDepartment')}
      {...(required ? {} : { hint: t('actions.approveDepartmentHint') })}
      value={values.departmentId}
      onChange={(v) => set('departmentId', v)}
      error={fieldMessage(error, 'departmentId', actionCodeFields)}
      options={[
        { value: '', label: !departments.data ? t('common.loading') : required ? t('actions.choose') : t('actions.asRouted') },
        ...others.map((d) => ({ value: d.id, label: f.name(d) })),
      ]}
    />
  );
}

/** The department's answer templates: choosing one adds its text to the answer. */
function TemplatePicker({ idPrefix, departmentId, set, values }: ActionFieldsProps) {
  const { t } = useTranslation();
  const templates = useApiQuery('/api/answer-templates', { query: departmentId ? { departmentId } : {} }, { select: (r) => r.items });
  if (!templates.data?.length) return null;
  return (
    <SelectField
      id={`${idPrefix}-template`}
      label={t('actions.template')}
      hint={t('actions.templateHint')}
      value=""
      onChange={(v) => {
        const tpl = templates.data.find((x) => String(x.id) === v);
        if (tpl) set('text', values.text.trim() ? `${values.text.trimEnd()}\n\n${tpl.text}` : tpl.text);
      }}
      options={[{ value: '', label: t('actions.chooseTemplate') }, ...templates.data.map((x) => ({ value: String(x.id), label: x.title }))]}
    />
  );
}
