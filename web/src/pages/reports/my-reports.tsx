import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { ReportListItem } from '../../components/report-bits.js';
import { useSubmit } from '../../use-submit.js';

const pageSize = 20;

/** The resident's own reports, newest first, with their statuses and deadlines; "show more" by cursor. */
export function MyReportsPage() {
  const { t } = useTranslation();
  useTitle(t('myReports.title'));
  const first = useApiQuery('/api/me/reports', { query: { limit: pageSize } });

  return (
    <>
      <div className="page-top">
        <PageHeading>{t('myReports.title')}</PageHeading>
        <Link className="button page-top__action" to="/reports/new">
          {t('reports.new')}
        </Link>
      </div>
      <p className="lead">{t('myReports.lead')}</p>
      <QueryView query={first}>{(page) => <MyReports first={page} />}</QueryView>
    </>
  );
}

function MyReports({ first }: { first: Schema<'ReportList'> }) {
  const { t } = useTranslation();
  const [more, setMore] = useState<{ items: Schema<'ReportSummary'>[]; nextCursor: string | null } | null>(null);
  const { busy, error, run } = useSubmit();
  const items = [...first.items, ...(more?.items ?? [])];
  const cursor = more ? more.nextCursor : (first.nextCursor ?? null);

  const loadMore = (before: string) =>
    run(
      () => api.GET('/api/me/reports', { params: { query: { limit: pageSize, before: Number(before) } } }),
      (page) => setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], nextCursor: page.nextCursor ?? null })),
    );

  if (!items.length) return <p>{t('myReports.none')}</p>;
  return (
    <>
      <ul className="report-list">
        {items.map((r) => (
          <ReportListItem key={r.number} r={r} />
        ))}
      </ul>
      {error ? <Notice kind="error" title={error.message} /> : null}
      {cursor ? (
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void loadMore(cursor)}>
          {t('reports.more')}
        </button>
      ) : null}
    </>
  );
}
