import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDistrictName } from '../../api/lists.js';
import { EventKindTag, EventPlaces, EventWhen, useOrganiserName, type EventSummary } from './event-bits.js';

/** Where: the address, "online", or both. */
export function EventWhere({ e }: { e: Pick<EventSummary, 'address' | 'online' | 'lat'> }) {
  const { t } = useTranslation();
  const parts = [e.address || (e.lat !== null ? t('events.onTheMap') : ''), e.online ? t('events.online') : ''].filter(Boolean);
  return <>{parts.join(' · ')}</>;
}

/** One event in a list: its image's preview (when it has one), kind, title, when (city time), where, district, places, organiser. */
export function EventCard({ e, headingLevel = 2 }: { e: EventSummary; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  const organiser = useOrganiserName();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className={`event-card${e.image ? ' event-card--photo' : ''}${e.status === 'cancelled' ? ' event-card--cancelled' : ''}`}>
      {e.image ? <img className="event-card__photo" src={e.image.thumbUrl} alt="" loading="lazy" width={96} height={72} /> : null}
      <div className="event-card__body">
        <p className="event-card__kind">
          <EventKindTag kind={e.kind} />
        </p>
        <H className="event-card__title">
          <Link to={`/events/${e.id}`}>{e.title}</Link>
        </H>
        <p className="event-card__when">
          <EventWhen e={e} />
        </p>
        <p className="event-card__where">
          <EventWhere e={e} />
          {e.districtId ? <span> · {districtName(e.districtId)}</span> : null}
        </p>
        <p className="event-card__meta">
          <EventPlaces e={e} />
          <span>
            {t('events.organisedBy')}: {organiser(e)}
          </span>
        </p>
      </div>
    </li>
  );
}
