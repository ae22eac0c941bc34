import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { GroupKind } from '@server/modules/groups/domain/groups.js';
import { useApiQuery } from '../../api/query.js';
import type { MapFocus, MapPoint } from '../../components/city-map.js';
import { LazyCityMap } from '../../components/lazy-city-map.js';
import { Notice, Tag } from '../../components/notice.js';
import { QueryView } from '../../components/query-view.js';
import { useMyLocation } from '../../components/use-my-location.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { placeName } from '../areas/area-words.js';

const round = (n: number) => Math.round(n * 1e5) / 1e5;
const same = (a: MapPoint, b: MapPoint) => round(a.lat) === round(b.lat) && round(a.lon) === round(b.lon);

/**
 * "Near me": where to measure from — the browser's location (as the places page asks for it) or one of the signed-in
 * person's saved places (as their area page uses them); the list then holds the communities with a point, nearest
 * first. Says which point is in use and clears it.
 */
export function NearChoice({ near, onNear }: { near: MapPoint | null; onNear(p: MapPoint | null): void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const places = useApiQuery('/api/me/places', me ? undefined : null);
  const { locating, problem, locate } = useMyLocation(
    onNear,
    { unsupported: t('groups.near.noGeolocation'), refused: t('groups.near.refused') },
    { maximumAge: 300_000 },
  );
  const saved = places.data?.items ?? [];
  const chosen = near ? saved.find((p) => same(p, near)) : undefined;

  return (
    <fieldset className="fieldset group-near">
      <legend className="fieldset__legend">{t('groups.near.legend')}</legend>
      <p className="field__hint">{t('groups.near.hint')}</p>
      <div className="group-actions">
        <button type="button" className="button button--secondary" onClick={locate} disabled={locating}>
          {locating ? t('groups.near.locating') : t('groups.near.myLocation')}
        </button>
        {saved.map((p) => (
          <button
            key={p.id}
            type="button"
            className="button button--secondary"
            aria-pressed={chosen?.id === p.id}
            onClick={() => onNear({ lat: round(p.lat), lon: round(p.lon) })}
          >
            {t('groups.near.place', { name: placeName(t, p) })}
          </button>
        ))}
      </div>
      {problem ? <p className="field__error">{problem}</p> : null}
      {near ? (
        <p role="status">
          {t('groups.near.active', { where: chosen ? placeName(t, chosen) : t('groups.near.here') })}{' '}
          <button type="button" className="link-button" onClick={() => onNear(null)}>
            {t('groups.near.clear')}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * The communities with a point on the map (GET /api/groups/map, the list's kind and district), as markers that open
 * the community, and the same communities as a list under it for keyboards, screen readers and slow phones. A "near
 * me" point shows as the pin, and the map opens around it.
 */
export function GroupsMap({ kind, district, near }: { kind: GroupKind | ''; district: string; near: MapPoint | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const points = useApiQuery('/api/groups/map', { query: { ...(kind ? { kind } : {}), ...(district ? { district } : {}) } });
  const markers = useMemo(
    () =>
      (points.data?.points ?? []).map((g) => ({
        key: g.id,
        lat: g.lat,
        lon: g.lon,
        label: `${t(`groups.kind.${g.kind}`)} · ${g.name} · ${t('groups.members', { count: g.memberCount })}`,
        onOpen: () => void navigate(`/groups/${g.id}`),
      })),
    [points.data, t, navigate],
  );
  const focus = useMemo<MapFocus | null>(
    () => (near ? { ...near, bbox: [near.lon - 0.01, near.lat - 0.005, near.lon + 0.01, near.lat + 0.005] } : null),
    [near],
  );
  const shown = points.data?.points.length ?? 0;
  return (
    <>
      <section className="group-map" aria-labelledby="group-map-title">
        <h2 id="group-map-title" className="visually-hidden">
          {t('groups.map.label')}
        </h2>
        <LazyCityMap label={t('groups.map.label')} size="large" markers={markers} point={near} focus={focus} />
        <p className="muted" role="status">
          {points.data ? t('groups.map.count', { count: shown }) : ''}
        </p>
      </section>
      <section aria-labelledby="group-map-list">
        <h2 id="group-map-list">{t('groups.map.listTitle')}</h2>
        <QueryView query={points}>
          {({ points: list, truncated }) => (
            <>
              {truncated ? <Notice kind="info" title={t('groups.map.truncated', { n: f.number(list.length) })} /> : null}
              {list.length ? (
                <ul className="group-map__list">
                  {list.map((g) => (
                    <li key={g.id}>
                      <Tag>{t(`groups.kind.${g.kind}`)}</Tag> <Link to={`/groups/${g.id}`}>{g.name}</Link>{' '}
                      <span className="muted">· {t('groups.members', { count: g.memberCount })}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t('groups.map.none')}</p>
              )}
            </>
          )}
        </QueryView>
      </section>
    </>
  );
}
