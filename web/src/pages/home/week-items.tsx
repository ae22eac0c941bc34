import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDistrictName } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { cityTimeZone } from '../../city-time.js';
import { Tag } from '../../components/notice.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { weekWhen } from './week-when.js';

type Item = Schema<'ThisWeekItem'>;

const eventTypes = ['meeting', 'cleanup', 'hearing', 'excursion', 'workshop', 'online'] as const;
type KindLabel = `home.week.kind.${(typeof eventTypes)[number] | 'shift'}`;

/** What each kind of thing is called on its tag (kinds the web knows; another shows none). */
function kindLabel(i: Item): KindLabel | null {
  if (i.kind === 'volunteer_shift') return 'home.week.kind.shift';
  const type = eventTypes.find((k) => k === i.type);
  return i.kind === 'event' && type ? `home.week.kind.${type}` : null;
}

/**
 * The home page's week, from GET /api/home/this-week: what residents may come to in the next seven days — in the
 * district first when one is known (the one asked for, else the server's: the profile's or the verified one), else
 * the city's soonest — with when, where and the places left.
 */
export function WeekItems({ districtId }: { districtId: string | undefined }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const districtName = useDistrictName();
  // wait for the session, so a signed-in person's district orders the first read
  const query = useApiQuery('/api/home/this-week', me === undefined ? null : { query: districtId ? { districtId } : {} });
  return (
    <QueryView query={query}>
      {(data) => (
        <>
          <p>{data.districtId ? t('home.week.leadNear', { district: districtName(data.districtId) }) : t('home.week.leadCity')}</p>
          {data.items.length ? (
            <ul className="this-week__list">
              {data.items.map((i) => (
                <WeekCard key={`${i.kind}-${i.id}`} item={i} districtName={districtName} />
              ))}
            </ul>
          ) : (
            <p className="muted">{t('home.week.none')}</p>
          )}
        </>
      )}
    </QueryView>
  );
}

/** One thing of the week: what it is and where (district), its title, what it belongs to, when on the city's clock, the place and the places left. */
function WeekCard({ item, districtName }: { item: Item; districtName: (id: string) => string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = kindLabel(item);
  const when = weekWhen(item.startsAt, item.endsAt, new Date(), cityTimeZone(), f.locale);
  return (
    <li className={`week-card${item.near ? ' week-card--near' : ''}`} data-testid={`week-${item.id}`}>
      {item.thumbUrl ? <img className="week-card__photo" src={item.thumbUrl} alt="" loading="lazy" width={96} height={72} /> : null}
      <div className="week-card__body">
        <p className="week-card__kind">
          {label ? <Tag kind="accent">{t(label)}</Tag> : null}
          <span className="week-card__where">{item.districtId ? districtName(item.districtId) : item.online ? t('home.week.online') : ''}</span>
        </p>
        <h3 className="week-card__title">
          <Link to={item.path}>{item.title}</Link>
        </h3>
        {item.context ? (
          <p className="week-card__context">{t(item.kind === 'volunteer_shift' ? 'home.week.project' : 'home.week.openedOn', { title: item.context })}</p>
        ) : null}
        <p className="week-card__when">
          <time dateTime={item.startsAt}>{when.relative ? `${t(`home.week.${when.relative}`)}, ${when.day}` : when.day}</time>, {when.hours}
        </p>
        {item.address || item.online ? <p className="week-card__place">{item.address ?? t('home.week.online')}</p> : null}
        <p className={`week-card__places${item.freePlaces === 0 ? ' week-card__places--full' : ''}`}>
          {item.freePlaces === null
            ? t('home.week.noLimit')
            : item.freePlaces > 0
              ? t('home.week.free', { count: item.freePlaces, n: f.number(item.freePlaces) })
              : item.waiting > 0
                ? t('home.week.waiting', { count: item.waiting, n: f.number(item.waiting) })
                : t('home.week.waitlist')}
        </p>
      </div>
    </li>
  );
}
