import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDistrictName } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { CauseProgress, CauseStateTag } from './cause-bits.js';
import './charity.css';

/** /charity: the causes the city approved, open ones first, each with its progress, organisation and district. */
export function CausesPage() {
  const { t } = useTranslation();
  useTitle(t('charity.title'));
  const causes = useApiQuery('/api/charity/causes');
  const districtName = useDistrictName();
  return (
    <div className="charity">
      <PageHeading>{t('charity.title')}</PageHeading>
      <p>{t('charity.intro')}</p>
      <QueryView query={causes}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('charity.none')}</p>
          ) : (
            <ul className="charity__list">
              {items.map((c) => (
                <li key={c.id} className={`card charity__item${c.image ? ' charity__item--image' : ''}`}>
                  {c.image ? <img className="charity__thumb" src={c.image.thumbUrl} alt={c.image.alt} width={320} height={240} loading="lazy" /> : null}
                  <div>
                    <h2 className="charity__item-title">
                      <Link to={`/charity/${c.id}`}>{c.title}</Link> <CauseStateTag state={c.state} />
                    </h2>
                    <p className="charity__org">
                      {c.organisation}
                      {c.districtId ? <span className="muted"> · {districtName(c.districtId)}</span> : null}
                    </p>
                    <CauseProgress c={c} />
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <section className="section" aria-labelledby="charity-open-data">
        <h2 id="charity-open-data">{t('charity.openDataTitle')}</h2>
        <p>{t('charity.openData')}</p>
        <p>
          <a href="/api/open-data/causes.csv" download>
            {t('charity.openDataLink')}
          </a>
        </p>
      </section>
    </div>
  );
}
