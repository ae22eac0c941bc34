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

/** One event in a list: kind, title, when (city time), where, district, places, organiser. */
export function EventCard({ e, headingLevel = 2 }: { e: EventSummary; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  const organiser = useOrganiserName();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className={`event-card${e.status === 'cancelled' ? ' event-card--cancelled' : ''}`}>
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
    </li>
  );
}
