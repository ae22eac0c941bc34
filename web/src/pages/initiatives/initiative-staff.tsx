import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { initiativeLimits } from '@server/modules/initiatives/domain/initiative-input.js';
import { answerDecisions, type AnswerDecision } from '@server/modules/initiatives/domain/lifecycle.js';
import { api } from '../../api/client.js';
import { useWorkingDepartments } from '../../api/lists.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/fields.js';
import { useErrorTitle } from '../../components/page.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { at, type InitiativeView } from './initiative-bits.js';

const screenTargets = { decision: 'f-decision-admissible', departmentId: 'f-department', reason: 'f-reason' };
const screenCodes = { initiative_department_required: 'departmentId', initiative_department_unknown: 'departmentId', initiative_reason_short: 'reason' };

/** The expert's screening: admissible (with the responsible department) or not, with a public reason. */
export function ScreeningForm({ i, onDone }: { i: InitiativeView; onDone(message: string): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const departments = useWorkingDepartments();
  const [decision, setDecision] = useState<'admissible' | 'inadmissible'>('admissible');
  const [departmentId, setDepartmentId] = useState('');
  const [reason, setReason] = useState('');
  const { busy, error, submit } = useSubmit();
  const send = submit(
    () =>
      api.POST('/api/initiatives/{number}/screening', {
        ...at(i),
        body: decision === 'admissible' ? { decision, reason, departmentId } : { decision, reason },
      }),
    () => onDone(t(decision === 'admissible' ? 'initiatives.done.admitted' : 'initiatives.done.inadmissible')),
  );
  // the district's own bodies first, then the city's
  const options = [...(departments.data ?? [])]
    .sort(
      (a, b) =>
        Number(b.districtId === i.districtId && !!i.districtId) - Number(a.districtId === i.districtId && !!i.districtId) ||
        f.collator.compare(f.name(a), f.name(b)),
    )
    .map((d) => ({ value: d.id, label: f.name(d) }));
  return (
    <section aria-labelledby="screening-form-title" className="in-section in-staff">
      <h2 id="screening-form-title">{t('initiatives.screen.title')}</h2>
      <p>{t('initiatives.screen.lead')}</p>
      <ErrorSummary error={error} targets={screenTargets} codeFields={screenCodes} id="screening-errors" />
      <form onSubmit={send} noValidate>
        <RadioGroup
          idPrefix="f-decision"
          legend={t('initiatives.screen.decision')}
          value={decision}
          onChange={(v) => setDecision(v as 'admissible' | 'inadmissible')}
          error={fieldMessage(error, 'decision')}
          options={[
            { value: 'admissible', label: t('initiatives.screen.admissible') },
            { value: 'inadmissible', label: t('initiatives.screen.inadmissible') },
          ]}
        />
        {decision === 'admissible' ? (
          <SelectField
            id="f-department"
            label={t('initiatives.screen.department')}
            hint={t('initiatives.screen.departmentHint')}
            value={departmentId}
            onChange={setDepartmentId}
            error={fieldMessage(error, 'departmentId', screenCodes)}
            options={[{ value: '', label: t('initiatives.screen.chooseDepartment') }, ...options]}
          />
        ) : null}
        <TextArea
          id="f-reason"
          label={t('initiatives.screen.reason')}
          hint={t('initiatives.screen.reasonHint')}
          value={reason}
          onChange={setReason}
          rows={5}
          maxLength={initiativeLimits.screeningReason.max}
          error={fieldMessage(error, 'reason', screenCodes)}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('initiatives.screen.send')}
        </button>
      </form>
    </section>
  );
}

const answerTargets = { decision: 'f-answer-accepted', text: 'f-answer-text', departmentId: 'f-answer-department', dueOn: 'f-answer-due' };
const answerCodes = { initiative_answer_short: 'text' };

/** The department's answer: accepted, partially or rejected, with the text residents will read. */
export function AnswerForm({ i, onDone }: { i: InitiativeView; onDone(message: string): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const departments = useWorkingDepartments();
  const [decision, setDecision] = useState<AnswerDecision>('accepted');
  const [text, setText] = useState('');
  // accepted, fully or in part, it becomes the city's commitment: who delivers it (the answering department unless changed) and by when
  const [departmentId, setDepartmentId] = useState(i.departmentId ?? '');
  const [dueOn, setDueOn] = useState('');
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const promises = decision !== 'rejected';
  const send = submit(
    () =>
      api.POST('/api/initiatives/{number}/answer', {
        ...at(i),
        body: promises ? { decision, text, ...(departmentId ? { departmentId } : {}), ...(dueOn ? { dueOn } : {}) } : { decision, text },
      }),
    () => onDone(t('initiatives.done.answered')),
  );
  return (
    <section aria-labelledby="answer-form-title" className="in-section in-staff">
      <h2 id="answer-form-title">{t('initiatives.answerForm.title')}</h2>
      <p>{t('initiatives.answerForm.lead')}</p>
      <ErrorSummary error={error} targets={answerTargets} codeFields={answerCodes} id="answer-errors" />
      <form onSubmit={send} noValidate>
        <RadioGroup
          idPrefix="f-answer"
          legend={t('initiatives.answerForm.decision')}
          value={decision}
          onChange={(v) => setDecision(v as AnswerDecision)}
          error={fieldMessage(error, 'decision')}
          options={answerDecisions.map((d) => ({ value: d, label: t(`initiatives.decision.${d}`) }))}
        />
        <TextArea
          id="f-answer-text"
          label={t('initiatives.answerForm.text')}
          hint={t('initiatives.answerForm.textHint')}
          value={text}
          onChange={setText}
          rows={8}
          maxLength={initiativeLimits.answerText.max}
          error={fieldMessage(error, 'text', answerCodes)}
        />
        {promises ? (
          <>
            <SelectField
              id="f-answer-department"
              label={t('commitments.answer.department')}
              hint={t('commitments.answer.departmentHint')}
              value={departmentId}
              onChange={setDepartmentId}
              error={fieldMessage(error, 'departmentId')}
              options={[
                { value: '', label: t('commitments.answer.chooseDepartment') },
                ...(departments.data ?? []).map((d) => ({ value: d.id, label: f.name(d) })).sort((a, b) => f.collator.compare(a.label, b.label)),
              ]}
            />
            <TextField
              id="f-answer-due"
              type="date"
              width="medium"
              label={t('commitments.answer.dueOn')}
              value={dueOn}
              onChange={setDueOn}
              error={fieldMessage(error, 'dueOn')}
            />
          </>
        ) : null}
        <button type="submit" className="button" disabled={busy}>
          {t('initiatives.answerForm.send')}
        </button>
      </form>
    </section>
  );
}
