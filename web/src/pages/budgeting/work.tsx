import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { spentPercent } from '@server/modules/budgeting/domain/work-rules.js';
import { useDistrictName } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import { CityMap } from '../../components/city-map.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { NotFoundPage } from '../not-found.js';
import { spentText, WorkProgress, WorkStatusTag, type Work } from './work-bits.js';
import { ReportForm } from './work-report.js';

/** /budgeting/works/:id: one work — progress, money, milestones, the public history; the responsible officials report here. */
export function WorkPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const work = useApiQuery('/api/budgeting/works/{id}', { path: { id } });
  useTitle(work.data ? work.data.proposal.title : t('work.title'));
  if (work.error?.status === 404 || work.error?.status === 400) return <NotFoundPage />;
  return <QueryView query={work}>{(w) => <WorkView key={w.id} w={w} />}</QueryView>;
}

function WorkView({ w }: { w: Work }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const share = spentPercent(w.spent, w.proposal.cost);
  const place = w.proposal.lat !== null && w.proposal.lon !== null ? { lat: w.proposal.lat, lon: w.proposal.lon } : null;
  return (
    <>
      <p>
        <Link className="back-link" to="/budgeting/works">
          {t('work.back')}
        </Link>
      </p>
      <PageHeading>{w.proposal.title}</PageHeading>
      <p className="wk-item__meta">
        <WorkStatusTag status={w.status} /> <span>{t('works.number', { number: w.proposal.number })}</span> ·{' '}
        <span>{t('work.heading', { title: w.heading.title, year: w.cycle.year })}</span>
      </p>
      <div className="wk-figures">
        <WorkProgress value={w.progress} label={t('works.progressLabel')} text={t('works.progress', { progress: w.progress })} />
        <WorkProgress value={share ?? 0} label={spentText(t, f, w)} text={spentText(t, f, w)} />
        <p className="muted">
          {w.department ? t('works.department', { name: f.name(w.department) }) : t('works.noDepartment')}
          {w.startedOn
            ? ` · ${w.finishedOn ? t('work.datesDone', { start: f.date(w.startedOn), end: f.date(w.finishedOn) }) : t('work.dates', { start: f.date(w.startedOn) })}`
            : ''}
        </p>
        <p>
          <Link to={`/budgeting/proposals/${w.proposal.number}`}>{t('work.proposalLink')}</Link>
        </p>
      </div>

      {w.description.trim() || place || w.proposal.address || w.proposal.districtId ? (
        <section className="section" aria-labelledby="work-about">
          <h2 id="work-about">{t('work.about')}</h2>
          {w.description.trim() ? <PlainText text={w.description} /> : null}
          {place || w.proposal.address || w.proposal.districtId ? (
            <>
              <h3>{t('work.where')}</h3>
              <p>{[w.proposal.address, districtName(w.proposal.districtId)].filter(Boolean).join(' · ')}</p>
              {place ? <CityMap label={t('work.mapLabel')} size="small" center={place} zoom={15} point={place} quiet /> : null}
            </>
          ) : null}
        </section>
      ) : null}

      <section className="section" aria-labelledby="work-milestones">
        <h2 id="work-milestones">{t('work.milestones')}</h2>
        {w.milestones.length ? (
          <ol className="wk-milestones">
            {w.milestones.map((m) => (
              <li key={m.id} className={m.doneOn ? 'wk-milestones__item wk-milestones__item--done' : 'wk-milestones__item'}>
                <span className="wk-milestones__title">
                  <span aria-hidden="true">{m.doneOn ? '✓ ' : '○ '}</span>
                  {m.title}
                </span>{' '}
                <span className="muted">
                  {[m.dueOn ? t('work.due', { date: f.date(m.dueOn) }) : '', m.doneOn ? t('work.doneOn', { date: f.date(m.doneOn) }) : t('work.notDone')]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('work.noMilestones')}</p>
        )}
      </section>

      {w.canUpdate ? <ReportForm work={w} /> : null}

      <section className="section" aria-labelledby="work-history">
        <h2 id="work-history">{t('work.history')}</h2>
        {w.updates.length ? (
          <ol className="wk-history">
            {w.updates.map((u) => (
              <li key={u.id} className="wk-history__item">
                <h3 className="wk-history__date">{f.dateTime(u.at)}</h3>
                <p className="wk-history__figures">
                  {t('work.updateFigures', { status: t(`workStatus.${u.status}`), progress: u.progress, spent: f.money(u.spent, w.cycle.currency) })}
                </p>
                {u.note ? <PlainText text={u.note} /> : null}
                {u.photos.length ? (
                  <ul className="wk-photos">
                    {u.photos.map((p, i) => (
                      <li key={p.id}>
                        <a href={p.url}>
                          <img src={p.thumbUrl} alt={t('work.photoAlt', { n: i + 1, date: f.date(u.at) })} width={160} height={120} loading="lazy" />
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('work.noHistory')}</p>
        )}
      </section>
    </>
  );
}
