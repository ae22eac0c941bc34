import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crowdLimits, reviewDecisions, type ReviewDecision } from '@server/modules/crowdsourcing/domain/idea-rules.js';
import { api } from '../../api/client.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, TextArea, TextField } from '../../components/fields.js';
import { useErrorTitle } from '../../components/page.js';
import { useSubmit } from '../../use-submit.js';
import { at, type IdeaView } from './crowd-bits.js';

const mergeCodes = {
  idea_merge_target_required: 'intoNumber',
  idea_merge_self: 'intoNumber',
  idea_merge_other_project: 'intoNumber',
  idea_merge_target_closed: 'intoNumber',
  idea_not_found: 'intoNumber',
};
const decisionLabel = { shortlisted: 'crowd.review.shortlist', rejected: 'crowd.review.reject', merged: 'crowd.review.merge' } as const;
const reviewTargets = { decision: 'f-decision-shortlisted', reason: 'f-reason', intoNumber: 'f-into' };

/** The experts' form: shortlist, reject or merge into another idea of the project, with a public reason. */
export function ReviewForm({ i, onDone }: { i: IdeaView; onDone(): void }) {
  const { t } = useTranslation();
  const initial: ReviewDecision = i.status === 'rejected' || i.status === 'merged' ? i.status : 'shortlisted';
  const [decision, setDecision] = useState<ReviewDecision>(initial);
  const [reason, setReason] = useState(i.reviewReason ?? '');
  const [into, setInto] = useState(i.mergedInto ? String(i.mergedInto.number) : '');
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const send = submit(() => {
    const n = Number(into.replace(/\D/g, ''));
    return api.POST('/api/crowdsourcing/ideas/{number}/review', {
      ...at(i),
      body: { decision, reason: reason.trim(), intoNumber: decision === 'merged' && n > 0 ? n : null },
    });
  }, onDone);
  return (
    <section className="cs-panel cs-review" aria-labelledby="review-title">
      <h2 id="review-title">{t('crowd.review.title')}</h2>
      <p className="muted">{t('crowd.review.lead')}</p>
      <ErrorSummary error={error} targets={reviewTargets} id="review-errors" codeFields={mergeCodes} />
      <form onSubmit={send} noValidate className="cs-form">
        <RadioGroup
          idPrefix="f-decision"
          legend={t('crowd.review.decision')}
          value={decision}
          onChange={(v) => setDecision(v as ReviewDecision)}
          error={fieldMessage(error, 'decision')}
          options={reviewDecisions.map((d) => ({ value: d, label: t(decisionLabel[d]) }))}
        />
        {decision === 'merged' ? (
          <TextField
            id="f-into"
            label={t('crowd.review.into')}
            hint={t('crowd.review.intoHint')}
            value={into}
            onChange={setInto}
            width="short"
            error={fieldMessage(error, 'intoNumber')}
          />
        ) : null}
        <TextArea
          id="f-reason"
          label={t('crowd.review.reason')}
          hint={t('crowd.review.reasonHint')}
          value={reason}
          onChange={setReason}
          rows={4}
          maxLength={crowdLimits.reviewReason.max}
          error={fieldMessage(error, 'reason')}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('crowd.review.save')}
        </button>
      </form>
    </section>
  );
}
