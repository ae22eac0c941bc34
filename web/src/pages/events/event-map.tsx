import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import type { MapView } from '../../components/city-map.js';
import { LazyCityMap } from '../../components/lazy-city-map.js';
import { Notice } from '../../components/notice.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { EventKindTag } from './event-bits.js';
import { eventQuery, type EventFilters } from './event-filters.js';

type MapAnswer = Schema<'EventMapPoints'>;
type MapPoint = MapAnswer['points'][number];

/** A pan or a zoom asks for the area once the map has stood still this long (a drag is many moves). */
const settleMs = 300;

/** The map's area in view, once it has settled; null until the map has reported one. */
function useSettledView(): [MapView | null, (view: MapView) => void] {
  const [moving, setMoving] = useState<MapView | null>(null);
  const [settled, setSettled] = useState<MapView | null>(null);
  useEffect(() => {
    if (!moving) return;
    const timer = setTimeout(() => setSettled(moving), settleMs);
    return () => clearTimeout(timer);
  }, [moving]);
  return [settled, setMoving];
}

/**
 * The filtered events that have a place in the map's area (GET /api/events/map, asked again when the map is moved or
 * zoomed: the soonest hundred of a wide view — the whole city, a district — with how many there are, up to 500 close
 * up; docs/ARCHITECTURE.md, events, says why not clusters), as markers — the map library loads with this view only — and the same events as a list
 * under it for keyboards, screen readers and slow phones. Until the map reports its area, the whole city's. Online-
 * only events are not on it.
 */
export function EventMap({ filters }: { filters: EventFilters }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const [view, setView] = useSettledView();
  // not every event in view is shown (a wide view carries the soonest hundred): say how many there are
  const soonest = (a: Pick<MapAnswer, 'points' | 'total' | 'totalCapped'>) =>
    t(a.totalCapped ? 'events.mapSoonestMore' : 'events.mapSoonest', { shown: f.number(a.points.length), total: f.number(a.total) });
  const points = useQuery({
    ...apiQuery('/api/events/map', { query: { ...eventQuery(filters), ...(view ? { bbox: view.bbox.join(',') } : {}) } }),
    // the markers stay while the next area loads, so a pan does not blank the map
    placeholderData: keepPreviousData,
  });
  const markers = useMemo(
    () =>
      (points.data?.points ?? []).map((e) => ({
        key: e.id,
        lat: e.lat,
        lon: e.lon,
        label: `${t(`events.kind.${e.kind}`)} · ${e.title} · ${f.dateTime(e.startsAt)}`,
        onOpen: () => void navigate(`/events/${e.id}`),
      })),
    [points.data, t, f, navigate],
  );
  const shown = points.data?.points.length ?? 0;
  const answer = points.data;

  return (
    <>
      <section className="event-map" aria-labelledby="event-map-title">
        <h2 id="event-map-title" className="visually-hidden">
          {t('events.mapTitle')}
        </h2>
        <LazyCityMap label={t('events.mapLabel')} size="large" markers={markers} onView={setView} />
        <p className="muted" role="status">
          {answer ? (answer.truncated ? soonest(answer) : t('events.mapCount', { count: shown, n: f.number(shown) })) : ''}
        </p>
      </section>
      <section aria-labelledby="event-map-list">
        <h2 id="event-map-list">{t('events.mapListTitle')}</h2>
        <QueryView query={points}>
          {({ points: list, truncated, total, totalCapped }) => (
            <>
              {truncated ? <Notice kind="info" title={soonest({ points: list, totalCapped, total })} /> : null}
              {list.length ? (
                <ul className="event-list">
                  {list.map((e) => (
                    <MapPointCard key={e.id} e={e} />
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

/** One event of the map's list: its kind, title, start on the city's clock and the places left. */
function MapPointCard({ e }: { e: MapPoint }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <li className="event-card">
      <p className="event-card__kind">
        <EventKindTag kind={e.kind} />
      </p>
      <h3 className="event-card__title">
        <Link to={`/events/${e.id}`}>{e.title}</Link>
      </h3>
      <p className="event-card__when">
        <time dateTime={e.startsAt}>{f.dateTime(e.startsAt)}</time>
      </p>
      <p className="event-card__meta">
        {e.freePlaces === null ? (
          <span className="event-places">{t('events.noLimit')}</span>
        ) : e.freePlaces === 0 ? (
          <span className="event-places event-places--full">{t('events.fullNoneWaiting')}</span>
        ) : (
          <span className="event-places">{t('events.mapFree', { count: e.freePlaces, n: f.number(e.freePlaces) })}</span>
        )}
      </p>
    </li>
  );
}
