import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { QueryView } from '../../components/query-view.js';
import { useDepartmentName } from '../../components/report-bits.js';
import { useFormat } from '../../format.js';
import { InboxFilters } from './inbox-filters.js';
import { inboxPageSize, useInboxParams } from './inbox-params.js';
import { InboxTable } from './inbox-table.js';

/**
 * The officials' inbox: their department's reports in a dense table, overdue first; filters kept
 * in the address; select reports to assign them to a colleague at once; take, answer (with
 * templates) or redirect a report without leaving the page. Keys: "/" filters, "x" selects the
 * row with focus, "t" takes it, "o" opens it.
 */
export function InboxPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const departmentName = useDepartmentName();
  const inbox = useInboxParams();
  const { mine, department, query } = inbox;
  const list = useApiQuery('/api/reports/inbox', department ? { query } : null);
  const [notice, setNotice] = useState<string | null>(null);
  useTitle(t('inbox.title'));
  // a new filter or page starts with nothing selected or opened
  const listKey = JSON.stringify(query);

  if (!mine.length) {
    return (
      <>
        <PageHeading>{t('inbox.title')}</PageHeading>
        <Notice kind="warning" title={t('inbox.notOfficial')} />
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('inbox.title')}</PageHeading>
      <p className="lead">{t('inbox.lead', { department: departmentName(department) })}</p>
      {mine.length > 1 ? (
        <nav className="tabs" aria-label={t('inbox.departments')}>
          <ul>
            {mine.map((d) => (
              <li key={d}>
                <Link to={inbox.home(d)} aria-current={d === department ? 'page' : undefined}>
                  {departmentName(d)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <InboxFilters key={listKey} filters={inbox.filters} onApply={inbox.apply} clearTo={inbox.filtered ? inbox.home(department) : null} />
      <details className="details">
        <summary>{t('inbox.keysTitle')}</summary>
        <ul>
          <li>{t('inbox.keySlash')}</li>
          <li>{t('inbox.keyX')}</li>
          <li>{t('inbox.keyT')}</li>
          <li>{t('inbox.keyO')}</li>
        </ul>
      </details>
      {notice ? <Notice kind="success" title={notice} /> : null}
      <QueryView query={list}>
        {({ items, total = items.length }) => (
          <>
            <p role="status" className="result-count">
              {items.length
                ? t('inbox.showing', {
                    from: f.number(inbox.offset + 1),
                    to: f.number(inbox.offset + items.length),
                    count: total,
                    total: f.number(total),
                  })
                : t('inbox.empty')}
            </p>
            {items.length ? (
              <>
                <InboxTable key={listKey} department={department} items={items} onNotice={setNotice} />
                <Pagination offset={inbox.offset} pageSize={inboxPageSize} total={total} href={(n) => inbox.link({ offset: n > 0 ? String(n) : null })} />
              </>
            ) : null}
          </>
        )}
      </QueryView>
    </>
  );
}
