import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary } from '../../components/errors.js';
import { PageHeading } from '../../components/page.js';
import { ReportListItem, useNamed } from '../../components/report-bits.js';
import { useSubmit } from '../../use-submit.js';
import type { StepProps } from './report-new-draft.js';

/** Others nearby: open reports of the same reason at the same place, each with "Me too" (joining instead of filing a duplicate). */
export function NearbyStep({ items, onContinue, onJoined }: StepProps & { items: Schema<'ReportSummary'>[]; onJoined(): void }) {
  const { t } = useTranslation();
  const named = useNamed();
  const { busy, error, run } = useSubmit();
  const [joined, setJoined] = useState<number | null>(null);

  if (joined !== null) {
    return (
      <div className="panel panel--success">
        <PageHeading focusOnMount>{t('newReport.joinedTitle', { number: joined })}</PageHeading>
        <div className="panel__body">
          <p>{t('newReport.joinedText')}</p>
        </div>
        <Link className="button" to={`/reports/${joined}`}>
          {t('newReport.openJoined', { number: joined })}
        </Link>
      </div>
    );
  }

  return (
    <>
      <ErrorSummary error={error} />
      <PageHeading>{t('newReport.step.nearby')}</PageHeading>
      <p className="lead">{t('newReport.nearbyLead', { count: items.length })}</p>
      <ul className="report-list">
        {items.map((r) => (
          <li key={r.number} className="nearby-item">
            <ul className="report-list report-list--inner">
              <ReportListItem r={r} />
            </ul>
            <button
              type="button"
              className="button"
              disabled={busy}
              aria-label={t('newReport.meTooLabel', { number: r.number, reason: named(r.reason) })}
              onClick={() =>
                void run(
                  () => api.POST('/api/reports/{number}/support', { params: { path: { number: r.number } } }),
                  () => {
                    void invalidate('/api/reports/{number}', '/api/me/reports');
                    onJoined();
                    setJoined(r.number);
                  },
                )
              }
            >
              {t('report.meToo')}
            </button>
          </li>
        ))}
      </ul>
      <h2>{t('newReport.notTheSame')}</h2>
      <button type="button" className="button button--secondary" onClick={onContinue}>
        {t('newReport.fileAnyway')}
      </button>
    </>
  );
}
