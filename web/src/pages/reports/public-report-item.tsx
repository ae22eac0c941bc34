import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schema } from '../../api/types.js';
import { QueryView, type QueryState } from '../../components/query-view.js';
import { useDistrictName } from '../../components/person.js';
import { DueText, OverdueTag, StatusTag, useNamed } from '../../components/report-bits.js';
import { useFormat } from '../../format.js';

type PublicReportSummary = Schema<'PublicReportSummary'>;

/** One public report in a list. */
export function PublicReportItem({ r, headingLevel = 2 }: { r: PublicReportSummary; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const f = useFormat();
  const named = useNamed();
  const districtName = useDistrictName();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className="report-item">
      {r.thumbUrl ? <img className="report-item__thumb" src={r.thumbUrl} alt="" width={96} height={72} loading="lazy" /> : null}
      <div className="report-item__body">
        <H className="report-item__title">
          <Link to={`/reports/${r.number}`}>
            <span className="report-item__number">{t('report.numberShort', { number: r.number })}</span>{' '}
            {named({ nameRu: r.reasonNameRu, nameEn: r.reasonNameEn })}
          </Link>
        </H>
        <p className="report-item__meta">
          <StatusTag status={r.status} />
          {r.overdue ? (
            <>
              {' '}
              <OverdueTag />
            </>
          ) : null}{' '}
          {r.status !== 'closed' && r.status !== 'duplicate' && r.status !== 'not_competent' ? <DueText dueAt={r.resolutionDueAt} overdue={r.overdue} /> : null}
        </p>
        <p className="report-item__where">
          {[r.address, districtName(r.districtId), r.departmentNameRu ? named({ nameRu: r.departmentNameRu, nameEn: r.departmentNameEn }) : null]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {r.excerpt ? <p className="report-item__excerpt">{r.excerpt}</p> : null}
        <p className="report-item__stats">
          <span>{t('report.filedOn', { date: f.date(r.createdAt) })}</span>
          {r.supportCount ? <span>{t('report.supporters', { count: r.supportCount })}</span> : null}
        </p>
      </div>
    </li>
  );
}

/** A loaded list of public reports (cards with third-level headings), with loading, error and `empty` text. */
export function PublicReportList({ list, empty }: { list: QueryState<{ items: PublicReportSummary[] }>; empty: string }) {
  return <QueryView query={list}>{({ items }) => <PublicReports items={items} empty={empty} />}</QueryView>;
}

function PublicReports({ items, empty }: { items: PublicReportSummary[]; empty: string }) {
  if (!items.length) return <p className="muted">{empty}</p>;
  return (
    <ul className="report-list">
      {items.map((r) => (
        <PublicReportItem key={r.number} r={r} headingLevel={3} />
      ))}
    </ul>
  );
}
