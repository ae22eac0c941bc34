import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDistrictName } from '../../api/lists.js';
import type { Schema } from '../../api/types.js';
import { LazyCityMap } from '../../components/lazy-city-map.js';
import { PlainText } from '../../components/plain-text.js';
import { useFormat } from '../../format.js';
import { EventPlaces, EventWhen, useOrganiserName } from './event-bits.js';

type EventView = Schema<'EventView'>;

/**
 * An event's facts: when (city time), where (the address, or online — the link only for those registered, as the
 * server gives it), district, organiser, places and waitlist, the registration window, age limit, accessibility;
 * and a small map of the place.
 */
export function EventFacts({ v }: { v: EventView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const organiser = useOrganiserName();
  return (
    <div className="event-facts">
      <dl className="event-facts__list">
        <div>
          <dt>{t('events.when')}</dt>
          <dd>
            <EventWhen e={v} />
          </dd>
        </div>
        <div>
          <dt>{t('events.where')}</dt>
          <dd>
            {v.address ? <p>{v.address}</p> : null}
            {v.online ? (
              <p>
                {t('events.online')}
                {': '}
                {v.onlineUrl ? (
                  <a href={v.onlineUrl} rel="noopener noreferrer nofollow" target="_blank">
                    {v.onlineUrl}
                  </a>
                ) : (
                  <span className="muted">{t('events.onlineLinkHidden')}</span>
                )}
              </p>
            ) : null}
          </dd>
        </div>
        {v.districtId ? (
          <div>
            <dt>{t('field.district')}</dt>
            <dd>{districtName(v.districtId)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('events.organisedBy')}</dt>
          <dd>{v.group ? <Link to={`/groups/${v.group.id}`}>{v.group.name}</Link> : organiser(v)}</dd>
        </div>
        <div>
          <dt>{t('events.places')}</dt>
          <dd>
            <p>
              <EventPlaces e={v} />
            </p>
            {v.capacity !== null ? (
              <p className="muted">
                {t('events.placesDetail', {
                  capacity: f.number(v.capacity),
                  registered: f.number(v.registeredCount),
                  waiting: f.number(v.waitlistCount),
                })}
              </p>
            ) : null}
          </dd>
        </div>
        {v.registrationOpensAt || v.registrationClosesAt ? (
          <div>
            <dt>{t('events.registrationWindow')}</dt>
            <dd>
              {v.registrationOpensAt ? <p>{t('events.opens', { date: f.dateTime(v.registrationOpensAt) })}</p> : null}
              {v.registrationClosesAt ? <p>{t('events.closes', { date: f.dateTime(v.registrationClosesAt) })}</p> : null}
            </dd>
          </div>
        ) : null}
        {v.minAge ? (
          <div>
            <dt>{t('events.ageLimit')}</dt>
            <dd>{t('events.minAge', { age: v.minAge })}</dd>
          </div>
        ) : null}
        {v.accessibility ? (
          <div>
            <dt>{t('events.accessibility')}</dt>
            <dd>
              <PlainText text={v.accessibility} />
            </dd>
          </div>
        ) : null}
      </dl>
      {v.lat !== null && v.lon !== null ? (
        <LazyCityMap
          label={t('events.placeMapLabel', { title: v.title })}
          size="small"
          point={{ lat: v.lat, lon: v.lon }}
          center={{ lat: v.lat, lon: v.lon }}
          zoom={16}
          quiet
        />
      ) : null}
    </div>
  );
}
