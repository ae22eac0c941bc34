import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isCityAdministrator } from '../roles.js';
import { useDistricts, useDistrictShapes } from '../api/lists.js';
import { useApiQuery } from '../api/query.js';
import type { District } from '../api/types.js';
import { DistrictMap } from '../components/district-map.js';
import { LoadError, Loading, PageHeading, useTitle } from '../components/page.js';
import { QueryView } from '../components/query-view.js';
import { useFormat } from '../format.js';
import { useSession } from '../session.js';
import { useCity, useCityName } from '../city.js';
import { withTexts } from '../i18n/i18n.js';
import { DiscussionCard } from './discussion-card.js';
import { OpenNow, useHomeDistrict } from './home/open-now.js';
import { ThisWeek } from './home/this-week.js';
import { HomeServices } from './services/home-services.js';

/** Where residents decide with the city: each card says what it is and links to it. */
const decideCards = [
  { key: 'budgeting', to: '/budgeting' },
  { key: 'polls', to: '/polls' },
  { key: 'initiatives', to: '/initiatives' },
  { key: 'crowdsourcing', to: '/crowdsourcing' },
  { key: 'cityBudget', to: '/city-budget' },
] as const;

// the quarterly survey: its code and words come only for a signed-in resident, never in the first load
const SurveyCard = lazy(() => withTexts(['monitor'], import('./monitor/survey-card.js')).then((m) => ({ default: m.SurveyCard })));

const figureKeys = ['residents', 'residentsWithDistrict', 'verifiedResidents', 'districts', 'departments'] as const;

/** The home page: what is open now (and near me), what happens this week near me, what a person can do here, the city at a glance, and its districts. */
export function HomePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  useTitle(t('home.title'));
  const city = useApiQuery('/api/city');
  const identity = useCity();
  const cityName = useCityName();
  const shapes = useDistrictShapes();
  const plain = useDistricts();
  const [active, setActive] = useState<string | null>(null);
  const recent = useApiQuery('/api/discussions', { query: { sort: 'activity', limit: 3 } });
  const homeDistrict = useHomeDistrict();

  const districts: District[] | undefined = shapes.data ?? plain.data;
  const sorted = districts ? [...districts].sort((a, b) => f.collator.compare(f.name(a), f.name(b))) : undefined;
  const totalArea = sorted?.reduce((s, d) => s + d.areaKm2, 0) ?? 0;
  const largest = sorted?.reduce((m, d) => Math.max(m, d.areaKm2), 0) ?? 0;
  const myDistrict = me?.districtId ? districts?.find((d) => d.id === me.districtId) : undefined;

  return (
    <>
      <PageHeading>{identity && !identity.setupNeeded ? t('home.heading', { city: cityName }) : t('app.name')}</PageHeading>

      {/* what is open now comes first: on a phone it is the first thing under the heading */}
      <OpenNow district={homeDistrict} />

      <ThisWeek districtId={homeDistrict.districtId} />

      <section aria-labelledby="now-title" className="section">
        <h2 id="now-title">{t('home.nowTitle')}</h2>
        <p className="lead">{t('home.lead')}</p>
        <ul className="cards">
          <li className="card card--primary">
            <h3 className="card__title">{t('home.reportTitle')}</h3>
            <p>{t('home.reportText')}</p>
            <Link className="button" to={me === null ? `/login?next=${encodeURIComponent('/reports/new')}` : '/reports/new'}>
              {t('home.reportAction')}
            </Link>
          </li>
          {me ? (
            <li className="card">
              <h3 className="card__title">{t('home.greeting', { name: me.displayName })}</h3>
              <p>{myDistrict ? t('home.yourDistrict', { name: f.name(myDistrict) }) : t('home.chooseDistrict')}</p>
              <Link className="button" to="/profile">
                {t('home.openProfile')}
              </Link>
            </li>
          ) : (
            <>
              <li className="card">
                <h3 className="card__title">{t('home.registerTitle')}</h3>
                <p>{t('home.registerText')}</p>
                <Link className="button" to="/register">
                  {t('home.registerAction')}
                </Link>
              </li>
              <li className="card">
                <h3 className="card__title">{t('home.signInTitle')}</h3>
                <p>{t('home.signInText')}</p>
                <Link className="button button--secondary" to="/login">
                  {t('home.signInAction')}
                </Link>
              </li>
            </>
          )}
          {isCityAdministrator(me) ? (
            <li className="card">
              <h3 className="card__title">{t('home.adminTitle')}</h3>
              <p>{t('home.adminText')}</p>
              <p className="card__actions">
                <Link className="button button--secondary" to="/admin/users">
                  {t('admin.usersTitle')}
                </Link>
                <Link className="button button--secondary" to="/admin/outbox">
                  {t('admin.outboxTitle')}
                </Link>
              </p>
            </li>
          ) : null}
          <li className="card">
            <h3 className="card__title">{t('home.trustTitle')}</h3>
            <p>{t('home.trustText')}</p>
            <Link className="button button--secondary" to="/audit">
              {t('home.trustAction')}
            </Link>
          </li>
        </ul>
      </section>

      {me ? <HomeServices /> : null}

      {me ? (
        <Suspense fallback={null}>
          <SurveyCard />
        </Suspense>
      ) : null}

      <section aria-labelledby="decide-title" className="section">
        <h2 id="decide-title">{t('home.decideTitle')}</h2>
        <p>{t('home.decideText')}</p>
        <ul className="cards">
          {decideCards.map((c) => (
            <li className="card" key={c.to}>
              <h3 className="card__title">{t(`home.decide.${c.key}.title`)}</h3>
              <p>{t(`home.decide.${c.key}.text`)}</p>
              <Link className="button button--secondary" to={c.to}>
                {t(`home.decide.${c.key}.action`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="discussions-title" className="section">
        <h2 id="discussions-title">{t('home.discussionsTitle')}</h2>
        <p>{t('home.discussionsText')}</p>
        <QueryView query={recent}>
          {({ items }) =>
            items.length ? (
              <ul className="discussion-list">
                {items.map((d) => (
                  <DiscussionCard key={d.id} d={d} headingLevel={3} />
                ))}
              </ul>
            ) : (
              <p className="muted">{t('discussions.none')}</p>
            )
          }
        </QueryView>
        <p className="card__actions">
          <Link className="button button--secondary" to="/discussions">
            {t('home.allDiscussions')}
          </Link>
          {me ? (
            <Link className="button button--secondary" to="/discussions/new">
              {t('discussions.start')}
            </Link>
          ) : null}
        </p>
      </section>

      <section aria-labelledby="glance-title" className="section">
        <h2 id="glance-title">{t('home.glanceTitle')}</h2>
        <QueryView query={city}>
          {({ figures }) => (
            <ul className="figures">
              {figureKeys.map((k) => {
                const n = figures[k] ?? 0;
                return (
                  <li className="figure" key={k}>
                    <span className="figure__number">{f.number(n)}</span> <span className="figure__label">{t(`figures.${k}`, { count: n })}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </QueryView>
      </section>

      <section aria-labelledby="districts-title" className="section">
        <h2 id="districts-title">{t('home.districtsTitle')}</h2>
        {sorted ? (
          <p>
            {t('home.districtsLead', {
              city: cityName,
              count: sorted.length,
              area: f.number(totalArea, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
            })}
          </p>
        ) : null}
        {shapes.data ? (
          <DistrictMap districts={shapes.data} active={active} onActive={setActive} />
        ) : shapes.error ? null : (
          <Loading label={t('home.mapLoading')} />
        )}
        {plain.error && !shapes.data ? <LoadError error={plain.error} retry={() => (void plain.refetch(), void shapes.refetch())} /> : null}
        {sorted ? (
          <div className="table-wrap" role="region" aria-labelledby="districts-caption" tabIndex={0}>
            <table className="table districts-table">
              <caption id="districts-caption">{t('home.districtsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('home.colDistrict')}</th>
                  <th scope="col" className="numeric">
                    {t('home.colArea')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((d) => (
                  <tr
                    key={d.id}
                    id={`district-${d.id}`}
                    className={active === d.id ? 'is-active' : undefined}
                    onMouseEnter={() => setActive(d.id)}
                    onMouseLeave={() => setActive(null)}
                  >
                    <th scope="row">{f.name(d)}</th>
                    <td className="numeric">
                      <span className="bar" aria-hidden="true">
                        <span className="bar__fill" style={{ width: `${largest ? (100 * d.areaKm2) / largest : 0}%` }} />
                      </span>
                      <span className="bar-value">{f.number(d.areaKm2, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('home.total')}</th>
                  <td className="numeric">{f.number(totalArea, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}
