import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LazyCityMap } from '../../components/lazy-city-map.js';
import { Notice } from '../../components/notice.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { EventCard } from './event-card.js';
import { useAllEvents } from './event-data.js';
import { eventQuery, type EventFilters } from './event-filters.js';

/**
 * The filtered events that have a place, as markers (the map library loads with this view only), and the same
 * events as a list under it for keyboards, screen readers and slow phones. Online-only events are not on it.
 */
export function EventMap({ filters }: { filters: EventFilters }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const events = useAllEvents(eventQuery(filters));
  const placed = useMemo(() => (events.data?.items ?? []).filter((e) => e.lat !== null && e.lon !== null), [events.data]);
  const markers = useMemo(
    () =>
      placed.map((e) => ({
        key: e.id,
        lat: e.lat!,
        lon: e.lon!,
        label: `${t(`events.kind.${e.kind}`)} · ${e.title} · ${f.dateTime(e.startsAt)}`,
        onOpen: () => void navigate(`/events/${e.id}`),
      })),
    [placed, t, f, navigate],
  );

  return (
    <>
      <section className="event-map" aria-labelledby="event-map-title">
        <h2 id="event-map-title" className="visually-hidden">
          {t('events.mapTitle')}
        </h2>
        <LazyCityMap label={t('events.mapLabel')} size="large" markers={markers} />
        <p className="muted" role="status">
          {events.data ? t('events.mapCount', { count: placed.length, n: f.number(placed.length) }) : ''}
        </p>
      </section>
      <section aria-labelledby="event-map-list">
        <h2 id="event-map-list">{t('events.mapListTitle')}</h2>
        <QueryView query={events}>
          {({ truncated }) => (
            <>
              {truncated ? <Notice kind="info" title={t('events.mapTruncated')} /> : null}
              {placed.length ? (
                <ul className="event-list">
                  {placed.map((e) => (
                    <EventCard key={e.id} e={e} headingLevel={3} />
                  ))}
                </ul>
              ) : (
                <p>{t('events.noneOnMap')}</p>
              )}
            </>
          )}
        </QueryView>
      </section>
    </>
  );
}
