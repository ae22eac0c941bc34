import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextField } from '../../components/fields.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';

const targets = { code: 'f-code' };
const codeFields = { receipt_not_found: 'code', receipt_not_published: 'code', validation_failed: 'code' };

/** /budgeting/receipt — a voter finds their published ballot by the receipt code and sees its name in the ballot file. */
export function ReceiptPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [found, setFound] = useState<Schema<'BudgetingReceipt'> | null>(null);
  const { busy, error, submit } = useSubmit();
  useTitle(t('receipt.title'), !!error);

  const find = submit(
    () => api.GET('/api/budgeting/receipts/{code}', { params: { path: { code: code.trim() || '-' } } }),
    (r) => {
      setFound(r);
      setParams({}, { replace: true });
    },
  );

  return (
    <div className="narrow pbk">
      <ErrorSummary error={error} targets={targets} codeFields={codeFields} />
      <PageHeading>{t('receipt.title')}</PageHeading>
      <p className="lead">{t('receipt.lead')}</p>
      <form onSubmit={find} noValidate>
        <TextField
          id="f-code"
          label={t('receipt.code')}
          hint={t('receipt.codeHint')}
          value={code}
          onChange={setCode}
          autoComplete="off"
          spellCheck={false}
          maxLength={64}
          width="medium"
          error={fieldMessage(error, 'code', codeFields)}
        />
        <button className="button" type="submit" disabled={busy}>
          {t('receipt.find')}
        </button>
      </form>
      {found ? (
        <section className="pbk-found" aria-labelledby="pbk-found-title" data-testid="receipt-found">
          <h2 id="pbk-found-title">{t('receipt.found', { heading: found.heading.title })}</h2>
          <p className="muted">{found.cycle.title}</p>
          <h3>{t('receipt.choices')}</h3>
          <ul className="pbk-choices">
            {found.choices.map((c) => (
              <li key={c.number}>
                {t('common.number', { number: c.number })} {c.title}
                {found.heading.ballotKind === 'points' ? ` — ${c.points}` : ''}
              </li>
            ))}
          </ul>
          <p>
            {t('receipt.voterId')} <code className="pbr-hash">{found.voterId}</code>
          </p>
          <p>
            {t('results.sha')} <code className="pbr-hash">{found.ballotsSha256}</code>
          </p>
          <p className="muted">{t('receipt.castAt', { date: f.dateTime(found.castAt), updated: f.dateTime(found.updatedAt) })}</p>
          <p>
            <Link to={`/budgeting/headings/${found.heading.id}/results`}>{t('receipt.results')}</Link> ·{' '}
            <a href={`/api/budgeting/headings/${found.heading.id}/ballots.pb`} download>
              {t('results.download')}
            </a>
          </p>
        </section>
      ) : null}
    </div>
  );
}
