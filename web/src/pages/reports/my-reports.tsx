import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type ReportList, type ReportSummary } from '../../api.js';
import { Notice } from '../../components/notice.js';
import { LoadError, Loading, PageHeading, useTitle } from '../../components/page.js';
import { ReportListItem } from '../../components/report-bits.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';

/** The resident's own reports, newest first, with their statuses and deadlines; "show more" by cursor. */
export function MyReportsPage() {
  const { t } = useTranslation();
  useTitle(t('myReports.title'));
  const first = useLoad('my-reports', () => api<ReportList>('GET', '/api/me/reports?limit=20'));
  const [more, setMore] = useState<{ items: ReportSummary[]; nextCursor: string | null } | null>(null);
  const { busy, error, run } = useSubmit();
  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const cursor = more ? more.nextCursor : (first.data?.nextCursor ?? null);

  const loadMore = () =>
    cursor &&
    run(
      () => api<ReportList>('GET', `/api/me/reports?limit=20&before=${encodeURIComponent(cursor)}`),
      (page) => setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], nextCursor: page.nextCursor ?? null })),
    );

  return (
    <>
      <div className="page-top">
        <PageHeading>{t('myReports.title')}</PageHeading>
        <Link className="button page-top__action" to="/reports/new">
          {t('reports.new')}
        </Link>
      </div>
      <p className="lead">{t('myReports.lead')}</p>
      {first.error ? (
        <LoadError error={first.error} retry={first.reload} />
      ) : !first.data ? (
        <Loading />
      ) : items.length ? (
        <>
          <ul className="report-list">
            {items.map((r) => (
              <ReportListItem key={r.number} r={r} />
            ))}
          </ul>
          {error ? <Notice kind="error" title={error.message} /> : null}
          {cursor ? (
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void loadMore()}>
              {t('reports.more')}
            </button>
          ) : null}
        </>
      ) : (
        <p>{t('myReports.none')}</p>
      )}
    </>
  );
}
