import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDistricts } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useDraft } from '../../use-draft.js';
import { OpenCard, ReportLine } from './open-now-items.js';
import './home.css';

/** The district "near me" the home page's blocks read: the profile's, else the one a visitor chose here (kept in this browser). */
export interface HomeDistrict {
  choice: { districtId: string };
  setChoice(update: (prev: { districtId: string }) => { districtId: string }): void;
  profileDistrict: string | null;
  /** What the blocks ask for; undefined: none chosen (the server may still know a signed-in person's). */
  districtId: string | undefined;
}

/** The home page's district "near me", shared by its blocks (so choosing it once reorders them all). */
export function useHomeDistrict(): HomeDistrict {
  const { me } = useSession();
  const [choice, setChoice] = useDraft('gorod.home.district', { districtId: '' }, 'local');
  const profileDistrict = me?.districtId ?? null;
  return { choice, setChoice, profileDistrict, districtId: profileDistrict ?? (choice.districtId || undefined) };
}

/**
 * The top of the home page: what a resident can take part in now and until when (polls, the budget vote,
 * initiatives collecting support), their own reports and where they stand, and what happens in their district —
 * from GET /api/home/open-now. A visitor chooses a district here (kept in this browser); a signed-in resident's is
 * their profile's.
 */
export function OpenNow({ district }: { district: HomeDistrict }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { choice, setChoice, profileDistrict, districtId } = district;
  // wait for the session, so a signed-in person's own parts come with the first read
  const query = useApiQuery('/api/home/open-now', me === undefined ? null : { query: districtId ? { districtId } : {} });
  return (
    <section aria-labelledby="open-now-title" className="section open-now">
      <h2 id="open-now-title">{t('home.open.title')}</h2>
      <QueryView query={query}>
        {(data) => (
          <>
            {data.open.length ? (
              <ul className="open-now__list">
                {data.open.map((i) => (
                  <OpenCard key={`${i.kind}-${i.id}`} item={i} />
                ))}
              </ul>
            ) : (
              <NothingOpen signedIn={!!me} />
            )}
            {me ? <Mine items={data.mine} /> : null}
            <Near
              data={data}
              signedIn={!!me}
              fromProfile={profileDistrict !== null}
              choose={(id) => setChoice(() => ({ districtId: id }))}
              chosen={choice.districtId}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}

/** Nothing to vote on or support right now: what a person can do instead. */
function NothingOpen({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="open-now__empty">
      <p>{t('home.open.none')}</p>
      <p className="card__actions">
        <Link className="button button--secondary" to={signedIn ? '/initiatives/new' : `/login?next=${encodeURIComponent('/initiatives/new')}`}>
          {t('home.open.startInitiative')}
        </Link>
        <Link className="button button--secondary" to="/polls">
          {t('home.open.pastPolls')}
        </Link>
      </p>
    </div>
  );
}

/** The signed-in person's latest reports and where each stands. */
function Mine({ items }: { items: Schema<'OpenNowItem'>[] }) {
  const { t } = useTranslation();
  return (
    <div className="open-now__part">
      <h3>{t('home.open.mineTitle')}</h3>
      {items.length ? (
        <ul className="open-now__reports">
          {items.map((i) => (
            <ReportLine key={i.id} item={i} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('home.open.mineNone')}</p>
      )}
      <p>
        <Link to={items.length ? '/me/reports' : '/reports/new'}>{items.length ? t('home.open.mineAll') : t('home.reportAction')}</Link>
      </p>
    </div>
  );
}

/** What happens in the person's district; without one, a way to choose it. */
function Near({
  data,
  signedIn,
  fromProfile,
  chosen,
  choose,
}: {
  data: Schema<'HomeOpenNow'>;
  signedIn: boolean;
  fromProfile: boolean;
  chosen: string;
  choose(id: string): void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const districts = useDistricts();
  const sorted = districts.data ? [...districts.data].sort((a, b) => f.collator.compare(f.name(a), f.name(b))) : [];
  const current = sorted.find((d) => d.id === data.districtId);
  return (
    <div className="open-now__part">
      <h3>{current ? t('home.open.nearTitle', { district: f.name(current) }) : t('home.open.nearTitleNone')}</h3>
      {!fromProfile ? (
        <p className="open-now__choose">
          <label htmlFor="home-district">{t('home.open.chooseDistrict')}</label>{' '}
          <select className="select" id="home-district" value={current ? chosen : ''} onChange={(e) => choose(e.target.value)}>
            <option value="">{t('home.open.noDistrict')}</option>
            {sorted.map((d) => (
              <option key={d.id} value={d.id}>
                {f.name(d)}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      {!current ? (
        <p className="muted">
          {t('home.open.nearHint')} {signedIn ? <Link to="/profile">{t('home.open.setInProfile')}</Link> : null}
        </p>
      ) : data.near.length ? (
        <ul className="open-now__reports">
          {data.near.map((i) => (
            <ReportLine key={i.id} item={i} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('home.open.nearNone')}</p>
      )}
      <p className="card__actions">
        {current ? <Link to={`/districts/${current.id}`}>{t('home.open.aboutDistrict', { district: f.name(current) })}</Link> : null}
        <Link to="/reports">{t('home.allReports')}</Link>
        <Link to="/reports/stats">{t('stats.title')}</Link>
      </p>
    </div>
  );
}
