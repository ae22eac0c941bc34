import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { proposalOpinionLimits } from '@server/modules/budgeting/domain/proposal-rules.js';
import { api } from '../../api/client.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, TextArea, TextField } from '../../components/fields.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';

const reviewTargets = {
  decision: 'f-decision-feasible',
  opinion: 'f-opinion',
  finalCost: 'f-finalCost',
  implementationMonths: 'f-months',
  intoNumber: 'f-into',
  userId: 'f-coauthor',
};

/** Money as typed («1 200 000,50») as the server reads it ("1200000.50"). */
const moneyText = (s: string) => s.replace(/\s/g, '').replace(',', '.');

/** The expert's form: feasible (final cost, months) or not, with a public opinion; or merge into another proposal. */
export function ReviewForm({ p, onDone }: { p: Schema<'BudgetingProposal'>; onDone(): Promise<void> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [decision, setDecision] = useState<'feasible' | 'unfeasible'>(p.status === 'unfeasible' ? 'unfeasible' : 'feasible');
  const [opinion, setOpinion] = useState(p.review?.opinion ?? '');
  const [finalCost, setFinalCost] = useState(p.finalCost ?? p.estimatedCost);
  const [months, setMonths] = useState(p.implementationMonths ? String(p.implementationMonths) : '');
  const [into, setInto] = useState('');
  const { busy, error, submit } = useSubmit();
  const number = { params: { path: { number: p.number } } };
  const decide = submit(
    () =>
      api.POST('/api/budgeting/proposals/{number}/review', {
        ...number,
        body: {
          decision,
          opinion,
          finalCost: decision === 'feasible' ? moneyText(finalCost) : null,
          implementationMonths: decision === 'feasible' && months ? Number(months) : null,
        },
      }),
    onDone,
  );
  const merge = submit(
    () =>
      api.POST('/api/budgeting/proposals/{number}/merge', {
        ...number,
        body: { intoNumber: Number(into.replace(/\D/g, '')), ...(opinion ? { opinion } : {}) },
      }),
    onDone,
  );
  return (
    <section className="pb-review-form" aria-labelledby="review-title">
      <h2 id="review-title">{t('review.formTitle')}</h2>
      <ErrorSummary error={error} targets={reviewTargets} id="review-errors" />
      <form onSubmit={decide} noValidate>
        <RadioGroup
          idPrefix="f-decision"
          legend={t('review.decision')}
          value={decision}
          onChange={(v) => setDecision(v as 'feasible' | 'unfeasible')}
          options={[
            { value: 'feasible', label: t('review.feasible') },
            { value: 'unfeasible', label: t('review.unfeasible') },
          ]}
        />
        <TextArea
          id="f-opinion"
          label={t('review.opinion')}
          hint={t('review.opinionHint')}
          value={opinion}
          onChange={setOpinion}
          rows={6}
          maxLength={proposalOpinionLimits.max}
          error={fieldMessage(error, 'opinion')}
        />
        {decision === 'feasible' ? (
          <>
            <TextField
              id="f-finalCost"
              label={t('review.finalCost', { currency: f.currencySign(p.cycle.currency) })}
              value={finalCost}
              onChange={setFinalCost}
              width="short"
              error={fieldMessage(error, 'finalCost')}
            />
            <TextField
              id="f-months"
              label={t('review.months')}
              value={months}
              onChange={setMonths}
              width="short"
              type="number"
              min="1"
              error={fieldMessage(error, 'implementationMonths')}
            />
          </>
        ) : null}
        <button className="button" type="submit" disabled={busy}>
          {t('review.save')}
        </button>
      </form>
      <form onSubmit={merge} noValidate className="pb-merge-form">
        <TextField
          id="f-into"
          label={t('review.mergeInto')}
          hint={t('review.mergeHint')}
          value={into}
          onChange={setInto}
          width="short"
          error={fieldMessage(error, 'intoNumber')}
        />
        <button className="button button--secondary" type="submit" disabled={busy || !into}>
          {t('review.merge')}
        </button>
      </form>
    </section>
  );
}
