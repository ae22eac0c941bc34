import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNearScreen } from '../../components/use-near-screen.js';
import { withTexts } from '../../i18n/i18n.js';

// the cards, their words and their data come only as the block nears the screen: none of it is in the first load
const WeekItems = lazy(() => withTexts(['week'], import('./week-items.js')).then((m) => ({ default: m.WeekItems })));

/**
 * "This week near me": the events, meetings and volunteering shifts of the coming seven days, those in the home
 * page's district first (see WeekItems). Below the first screen: until it nears the screen, a box of its size.
 */
export function ThisWeek({ districtId }: { districtId: string | undefined }) {
  const { t } = useTranslation();
  const [ref, near] = useNearScreen<HTMLElement>();
  const holder = <div className="this-week__holder" aria-hidden="true" />;
  return (
    <section ref={ref} aria-labelledby="this-week-title" className="section this-week">
      <h2 id="this-week-title">{t('home.week.title')}</h2>
      {near ? (
        <Suspense fallback={holder}>
          <WeekItems districtId={districtId} />
        </Suspense>
      ) : (
        holder
      )}
      <p className="card__actions">
        <Link to="/events">{t('home.week.allEvents')}</Link>
        <Link to="/volunteering">{t('home.week.volunteering')}</Link>
      </p>
    </section>
  );
}
