import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { proposalTopics } from '@server/modules/budgeting/domain/proposal-rules.js';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { useSubmit } from '../../use-submit.js';

const expertsChanged = () => invalidate('/api/admin/budgeting/cycles/{id}/experts');

/** A cycle's experts: who reviews which heading or topic (or the whole cycle); assign one from the people with the role, take one off. */
export function AdminCycleExperts({ cycle, onFailed }: { cycle: Schema<'BudgetingCycle'>; onFailed(failed: boolean): void }) {
  const { t } = useTranslation();
  const experts = useApiQuery('/api/admin/budgeting/cycles/{id}/experts', { path: { id: cycle.id } }, { select: (r) => r.items });
  const staff = useApiQuery('/api/people', { query: { role: 'expert' } }, { select: (r) => r.items });
  const [expert, setExpert] = useState({ userId: '', headingId: '', topic: '' });
  const e = useSubmit();
  const failed = !!e.error;
  useEffect(() => onFailed(failed), [failed, onFailed]);
  const assign = e.submit(
    () =>
      api.POST('/api/admin/budgeting/cycles/{id}/experts', {
        params: { path: { id: cycle.id } },
        body: { userId: expert.userId, headingId: expert.headingId || null, topic: (expert.topic || null) as (typeof proposalTopics)[number] | null },
      }),
    expertsChanged,
  );
  return (
    <section aria-labelledby="experts-title" className="narrow">
      <h2 id="experts-title">{t('pb.experts')}</h2>
      {experts.data?.length ? (
        <ul>
          {experts.data.map((x) => (
            <li key={x.id}>
              {x.displayName} —{' '}
              {x.headingId ? (cycle.headings.find((hh) => hh.id === x.headingId)?.title ?? '') : x.topic ? t(`proposal.topic.${x.topic}`) : t('pb.wholeCycle')}{' '}
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={e.busy}
                onClick={() => void e.run(() => api.DELETE('/api/admin/budgeting/experts/{id}', { params: { path: { id: x.id } } }), expertsChanged)}
              >
                {t('pb.removeExpert')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('pb.noExperts')}</p>
      )}
      {staff.data && !staff.data.length ? <Notice kind="info" title={t('pb.noExpertRole')} /> : null}
      <ErrorSummary error={e.error} id="expert-errors" targets={{ userId: 'e-user', headingId: 'e-heading' }} />
      <form onSubmit={assign} noValidate>
        <SelectField
          id="e-user"
          label={t('pb.expert')}
          value={expert.userId}
          onChange={(v) => setExpert((s) => ({ ...s, userId: v }))}
          error={fieldMessage(e.error, 'userId')}
          options={[{ value: '', label: t('pb.chooseExpert') }, ...(staff.data ?? []).map((p) => ({ value: p.id, label: p.displayName }))]}
        />
        <SelectField
          id="e-heading"
          label={t('pb.expertHeading')}
          value={expert.headingId}
          onChange={(v) => setExpert((s) => ({ ...s, headingId: v }))}
          error={fieldMessage(e.error, 'headingId')}
          options={[{ value: '', label: t('pb.anyHeading') }, ...cycle.headings.map((x) => ({ value: x.id, label: x.title }))]}
        />
        <SelectField
          id="e-topic"
          label={t('pb.expertTopic')}
          value={expert.topic}
          onChange={(v) => setExpert((s) => ({ ...s, topic: v }))}
          options={[{ value: '', label: t('pb.anyTopic') }, ...proposalTopics.map((k) => ({ value: k, label: t(`proposal.topic.${k}`) }))]}
        />
        <button type="submit" className="button" disabled={e.busy || !expert.userId}>
          {t('pb.assign')}
        </button>
      </form>
    </section>
  );
}
