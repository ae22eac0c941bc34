import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgeBand } from '@server/modules/verification/domain/age.js';
import { useDistrictName } from '../../api/lists.js';
import { api } from '../../api/client.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextField } from '../../components/fields.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { useSubmit } from '../../use-submit.js';

const targets = { code: 'f-code' };
const codeFields = { poll_receipt_not_found: 'code', poll_responses_not_published: 'code', validation_failed: 'code' };

/** /polls/receipt — a respondent finds their published response by the receipt code. */
export function PollReceiptPage() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [found, setFound] = useState<Schema<'PollReceiptLookup'> | null>(null);
  const { busy, error, submit } = useSubmit();
  const districtName = useDistrictName();
  useTitle(t('polls.receipt.findTitle'), !!error);
  // a lookup on demand, not data the page loads: the form's error summary shows a code not found
  const find = submit(() => api.GET('/api/polls/receipts/{code}', { params: { path: { code: code.trim() || '-' } } }), setFound);
  const answerText = (qid: string) => {
    const q = found!.questions.find((x) => x.id === qid)!;
    const mine = found!.response.answers.filter((a) => a.questionId === qid);
    if (mine.length === 0) return t('polls.review.none');
    if (q.kind === 'rating') return `${mine[0]!.value} / ${q.scale}`;
    if (q.kind === 'ranking')
      return [...mine]
        .sort((a, b) => (a.value ?? 0) - (b.value ?? 0))
        .map((a) => `${a.value}. ${q.options.find((o) => o.id === a.optionId)?.text}`)
        .join('; ');
    return mine.map((a) => q.options.find((o) => o.id === a.optionId)?.text).join('; ');
  };
  return (
    <div className="narrow pl">
      <ErrorSummary error={error} targets={targets} codeFields={codeFields} />
      <PageHeading>{t('polls.receipt.findTitle')}</PageHeading>
      <p className="lead">{t('polls.receipt.lead')}</p>
      <form onSubmit={find} noValidate>
        <TextField
          id="f-code"
          label={t('polls.receipt.code')}
          value={code}
          onChange={setCode}
          autoComplete="off"
          spellCheck={false}
          maxLength={64}
          width="medium"
          error={fieldMessage(error, 'code', codeFields)}
        />
        <button className="button" type="submit" disabled={busy}>
          {t('polls.receipt.find')}
        </button>
      </form>
      {found ? (
        <section className="pl-found" aria-labelledby="pl-found-title" data-testid="poll-receipt-found">
          <h2 id="pl-found-title">{t('polls.receipt.found', { poll: found.poll.title })}</h2>
          <dl className="pl-review">
            {found.questions
              .filter((q) => q.kind !== 'text')
              .map((q) => (
                <div key={q.id}>
                  <dt>
                    {q.position}. {q.text}
                  </dt>
                  <dd>{answerText(q.id)}</dd>
                </div>
              ))}
          </dl>
          <h3>{t('polls.receipt.groupsTitle')}</h3>
          <dl className="pl-review" data-testid="poll-receipt-groups">
            <div>
              <dt>{t('polls.receipt.district')}</dt>
              <dd>{found.response.districtId ? districtName(found.response.districtId) : t('polls.receipt.notPublished')}</dd>
            </div>
            <div>
              <dt>{t('polls.receipt.ageBand')}</dt>
              <dd>{found.response.ageBand ? t(`verification.ageBand.${found.response.ageBand as AgeBand}`) : t('polls.receipt.notPublished')}</dd>
            </div>
          </dl>
          <p className="hint">{t('polls.receipt.groupsNote')}</p>
          <p>
            {t('polls.receipt.hash')} <code className="pl-hash">{found.response.receiptHash}</code>
          </p>
          <p>
            <Link to={`/polls/${found.poll.id}/results`}>{t('polls.resultsLink')}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
