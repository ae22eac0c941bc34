import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useDraft } from '../../use-draft.js';
import { useSubmit } from '../../use-submit.js';
import { CheckStep } from './report-new-check.js';
import { DetailsStep, PhotosStep } from './report-new-details.js';
import { emptyDraft, filingOf, isStep, stepOfError, stepPath, stepProgress, steps, type Draft, type Step } from './report-new-draft.js';
import { NearbyStep } from './report-new-nearby.js';
import { WhatStep } from './report-new-what.js';
import { WhereStep } from './report-new-where.js';

/**
 * Report a problem, one question per step: where, what, (others nearby), details, photos, check,
 * send. Everything typed is kept in this browser (localStorage) until it is sent — photos by their
 * ids — so a reload, a lost connection or going back loses nothing. The step is in the address, so
 * the browser's Back works too.
 */
export function NewReportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const stepParam = params.get('step');
  const step: Step = isStep(stepParam) ? stepParam : 'where';
  const [draft, setDraft, clearDraft] = useDraft<Draft>('gorod.draft.report', emptyDraft, 'local');
  const { busy, error, setError, run } = useSubmit();
  const reason = useApiQuery('/api/classifier/reasons/{id}', draft.reasonId ? { path: { id: draft.reasonId } } : null);
  const { lat, lon, reasonId } = draft;
  const nearby = useApiQuery('/api/reports/nearby', reasonId && lat !== null && lon !== null ? { query: { lat, lon, reasonId } } : null);
  // set when the draft is cleared on the way out (sent, or joined another report): the step guard
  // below must not send the person back to the first step then
  const leaving = useRef(false);
  useTitle(`${t(`newReport.step.${step}`)} — ${t('newReport.title')}`, !!error);

  const go = (next: Step) => {
    setError(null);
    setParams(next === 'where' ? {} : { step: next });
  };

  // the step after "what": the nearby reports only when there are some
  const hasNearby = (nearby.data?.items.length ?? 0) > 0;
  const { order, index } = stepProgress(step, hasNearby);
  const previous = index > 0 ? order[index - 1] : undefined;
  const next = order[index + 1];

  const send = () => {
    const body = filingOf(draft, reason.data);
    if (!body) return;
    void run(
      () => api.POST('/api/reports', { body }),
      (card) => {
        leaving.current = true;
        void invalidate('/api/me/reports');
        void navigate(`/reports/${card.number}`, { state: { filed: true } });
        clearDraft();
      },
      { leaving: true },
    );
  };

  // a step reached by its address before the earlier answers exist goes back to the first missing one
  const missing: Step | null = leaving.current ? null : draft.lat === null ? 'where' : !draft.reasonId ? 'what' : null;
  if (missing && steps.indexOf(step) > steps.indexOf(missing)) return <Navigate to={stepPath(missing)} replace />;
  // a refusal of the server is shown on the step it is about
  const refusedAt = error && step === 'check' ? stepOfError(error) : 'check';
  if (refusedAt !== 'check') return <Navigate to={stepPath(refusedAt)} />;

  const common = { draft, setDraft, error, setError, busy, onContinue: () => next && go(next) };
  return (
    <div className="narrow wizard">
      <p>
        {previous ? (
          <Link className="back-link" to={stepPath(previous)} onClick={() => setError(null)}>
            {t('newReport.back')}
          </Link>
        ) : (
          <Link className="back-link" to="/reports">
            {t('newReport.backToReports')}
          </Link>
        )}
      </p>
      <p className="wizard__progress">
        <span className="wizard__caption">{t('newReport.title')}</span> · {t('newReport.progress', { n: index + 1, total: order.length })}
      </p>
      {step === 'where' ? <WhereStep {...common} /> : null}
      {step === 'what' ? <WhatStep {...common} reason={reason.data} /> : null}
      {step === 'nearby' ? (
        <NearbyStep
          {...common}
          items={nearby.data?.items ?? []}
          onJoined={() => {
            leaving.current = true;
            clearDraft();
          }}
        />
      ) : null}
      {step === 'details' ? <DetailsStep {...common} reason={reason.data} /> : null}
      {step === 'photos' ? <PhotosStep {...common} reason={reason.data} /> : null}
      {step === 'check' ? <QueryView query={reason}>{(r) => <CheckStep {...common} reason={r} onSend={send} />}</QueryView> : null}
    </div>
  );
}
