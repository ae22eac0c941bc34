import { useMemo, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { nearLimits } from '@server/modules/places/domain/near.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import type { MapFocus, MapPoint } from '../../components/city-map.js';
import { Checkbox, SelectField, TextField } from '../../components/fields.js';
import { LazyCityMap } from '../../components/lazy-city-map.js';
import { Notice, Tag } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { PlaceSearch } from '../../components/place-search.js';
import { useMyLocation } from '../../components/use-my-location.js';
import { useFormat } from '../../format.js';
import './places.css';

type Layer = Schema<'PlaceLayer'>;
type NearPlace = Schema<'NearPlace'>;

const radii = [500, 1000, 1500, 3000, nearLimits.maxRadiusMeters];
const counts = [3, 5, 10, 20];
const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** "59.9343, 30.3351", "59.9343 30.3351" or with decimal commas "59,9343; 30,3351": a point, or null. */
export function readCoordinates(text: string): MapPoint | null {
  const m = /^\s*(-?\d{1,2}(?:[.,]\d+)?)\s*(?:[;,]\s*|\s+)(-?\d{1,3}(?:[.,]\d+)?)\s*$/.exec(text);
  if (!m) return null;
  const lat = Number(m[1]!.replace(',', '.'));
  const lon = Number(m[2]!.replace(',', '.'));
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

/** The search in the address: the point, the layers (none: all), the radius and how many. */
function readNear(params: URLSearchParams) {
  const lat = Number(params.get('lat'));
  const lon = Number(params.get('lon'));
  const point: MapPoint | null = params.get('lat') && params.get('lon') && Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null;
  const layers = (params.get('layers') ?? '').split(',').filter(Boolean);
  const radius = Number(params.get('radius')) || nearLimits.defaultRadiusMeters;
  const count = Number(params.get('count')) || nearLimits.defaultCount;
  return { point, layers, radius, count };
}

function useNearSearch() {
  const [params, setParams] = useSearchParams();
  const { point, layers, radius, count } = readNear(params);
  const set = (change: Partial<{ point: MapPoint | null; layers: string[]; radius: number; count: number }>) => {
    // from the address as it is now, not as last rendered: the router renders a change in a transition, so two quick
    // changes (a tick, then the number) would otherwise build the second on the first's stale state and undo it
    const now = readNear(new URLSearchParams(window.location.search));
    const next = { ...now, ...change };
    const p = new URLSearchParams();
    if (next.point) {
      p.set('lat', String(round(next.point.lat)));
      p.set('lon', String(round(next.point.lon)));
    }
    if (next.layers.length) p.set('layers', next.layers.join(','));
    if (next.radius !== nearLimits.defaultRadiusMeters) p.set('radius', String(next.radius));
    if (next.count !== nearLimits.defaultCount) p.set('count', String(next.count));
    setParams(p, { replace: true });
  };
  return { point, layers, radius, count, set };
}

/**
 * /places: places near me. The resident picks layers, then a point — their location, an address found by the map
 * search, typed coordinates or a tap on the map — and sees the nearest places within walking distance, on the map and
 * in a list with metres and minutes on foot. Sample layers and places say so; the OSM data's credit is under the map.
 */
export function PlacesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('places.title'));
  const search = useNearSearch();
  const layers = useApiQuery('/api/places/layers');
  const near = useApiQuery(
    '/api/places/near',
    search.point
      ? { query: { lat: search.point.lat, lon: search.point.lon, layers: search.layers.join(','), radius: search.radius, count: search.count } }
      : null,
  );
  const layerById = useMemo(() => new Map((layers.data?.items ?? []).map((l) => [l.id, l])), [layers.data]);
  const items = useMemo(() => near.data?.items ?? [], [near.data]);
  const markers = useMemo(
    () =>
      items.map((p, i) => ({
        key: p.id,
        lat: p.lat,
        lon: p.lon,
        label: `${i + 1}. ${p.name} · ${t('places.walk', { distance: distance(f.number, p.distanceMeters, t), count: p.walkingMinutes })}`,
        onOpen: () => document.getElementById(`place-${p.id}`)?.focus(),
      })),
    [items, f.number, t],
  );
  // the map shows the chosen point and the places found, all of them (a new answer moves it)
  const focus = useMemo(() => (search.point ? focusOn(search.point, near.data?.items ?? []) : null), [search.point, near.data]);
  const anySample = search.layers.length ? search.layers.some((id) => layerById.get(id)?.isSample) : [...layerById.values()].some((l) => l.isSample);

  return (
    <div className="places">
      <PageHeading>{t('places.title')}</PageHeading>
      <p>{t('places.intro')}</p>
      <div className="places__layout">
        <div className="places__controls">
          <LayerChoice layers={layers.data?.items ?? []} chosen={search.layers} onChange={(l) => search.set({ layers: l })} />
          <StartPoint point={search.point} onPoint={(p) => search.set({ point: p })} />
          <div className="places__range">
            <SelectField
              id="places-radius"
              label={t('places.radius')}
              value={String(search.radius)}
              onChange={(v) => search.set({ radius: Number(v) })}
              options={radii.map((r) => ({ value: String(r), label: distance(f.number, r, t) }))}
            />
            <SelectField
              id="places-count"
              label={t('places.count')}
              value={String(search.count)}
              onChange={(v) => search.set({ count: Number(v) })}
              options={counts.map((n) => ({ value: String(n), label: f.number(n) }))}
            />
          </div>
        </div>
        <div className="places__map">
          <LazyCityMap
            label={t('places.mapLabel')}
            size="large"
            point={search.point}
            focus={focus}
            onPick={(p) => search.set({ point: p })}
            markers={markers}
          />
          <p className="places__credit muted">
            {t('places.dataCredit')}{' '}
            <a href="https://www.openstreetmap.org/copyright" rel="noreferrer">
              {t('places.odbl')}
            </a>
          </p>
        </div>
      </div>
      {anySample ? <Notice kind="warning" title={t('places.sampleNotice')} /> : null}
      <section className="section" aria-labelledby="places-results" aria-busy={near.isFetching}>
        <h2 id="places-results">{t('places.results')}</h2>
        <div role="status" className="places__status">
          {!search.point ? (
            <p>{t('places.choosePoint')}</p>
          ) : near.error ? (
            <Notice kind="error" title={near.error.message} />
          ) : near.data ? (
            <p>
              {items.length
                ? t('places.found', { count: items.length, n: f.number(items.length), distance: distance(f.number, near.data.radiusMeters, t) })
                : t('places.none', { distance: distance(f.number, near.data.radiusMeters, t) })}
            </p>
          ) : (
            <p>{t('common.loading')}</p>
          )}
        </div>
        {search.point ? (
          <p>
            <Link to={`/area?lat=${search.point.lat}&lon=${search.point.lon}`}>{t('places.aroundLink')}</Link>
          </p>
        ) : null}
        {items.length ? (
          <ol className="places__list">
            {items.map((p) => (
              <PlaceCard key={p.id} p={p} layer={layerById.get(p.layerId)} />
            ))}
          </ol>
        ) : null}
      </section>
    </div>
  );
}

/** The map's view: the box around the point and the places (at least a few hundred metres across). */
function focusOn(point: MapPoint, items: MapPoint[]): MapFocus {
  const pad = 0.003;
  const lats = [point.lat, ...items.map((p) => p.lat)];
  const lons = [point.lon, ...items.map((p) => p.lon)];
  return { ...point, bbox: [Math.min(...lons) - pad, Math.min(...lats) - pad / 2, Math.max(...lons) + pad, Math.max(...lats) + pad / 2] };
}

/** "350 m" or "1.2 km" in the page's language. */
function distance(number: (n: number, opts?: Intl.NumberFormatOptions) => string, meters: number, t: TFunction) {
  return meters < 1000 ? t('places.meters', { n: number(meters) }) : t('places.km', { n: number(meters / 1000, { maximumFractionDigits: 1 }) });
}

/** The layers as checkboxes, each with its number of places and, when it holds sample data, the word "sample". None checked: all. */
function LayerChoice({ layers, chosen, onChange }: { layers: Layer[]; chosen: string[]; onChange(layers: string[]): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  // the tick shows at once: the address (and so `chosen`) changes in the router's transition, which a slow phone
  // renders later; the address wins again whenever it changes (back, a shared link)
  const [ticked, setTicked] = useState(chosen);
  const chosenKey = chosen.join(',');
  const [seenKey, setSeenKey] = useState(chosenKey);
  if (seenKey !== chosenKey) {
    setSeenKey(chosenKey);
    setTicked(chosen);
  }
  return (
    <fieldset className="fieldset places__layers">
      <legend className="fieldset__legend">{t('places.layers')}</legend>
      <p className="field__hint">{t('places.layersHint')}</p>
      {layers.map((l) => (
        <Checkbox
          key={l.id}
          id={`layer-${l.id}`}
          label={
            <>
              {f.name(l)} <span className="muted">({f.number(l.places)})</span> {l.isSample ? <Tag kind="warning">{t('places.sample')}</Tag> : null}
            </>
          }
          checked={ticked.includes(l.id)}
          onChange={(on) => {
            const next = on ? [...ticked, l.id] : ticked.filter((id) => id !== l.id);
            setTicked(next);
            onChange(next);
          }}
        />
      ))}
    </fieldset>
  );
}

/** Where to look from: my location, an address (the map search), typed coordinates; or a tap on the map. */
function StartPoint({ point, onPoint }: { point: MapPoint | null; onPoint(p: MapPoint): void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | undefined>();
  const {
    locating,
    problem: locateError,
    locate,
  } = useMyLocation(onPoint, { unsupported: t('places.noGeolocation'), refused: t('places.locationRefused') }, { enableHighAccuracy: true });

  function useTyped(e: FormEvent) {
    e.preventDefault();
    const p = readCoordinates(typed);
    setTypedError(p ? undefined : t('places.coordinatesInvalid'));
    if (p) onPoint(p);
  }

  return (
    <fieldset className="fieldset places__from">
      <legend className="fieldset__legend">{t('places.from')}</legend>
      <p>
        <button type="button" className="button button--secondary" onClick={locate} disabled={locating}>
          {locating ? t('places.locating') : t('places.myLocation')}
        </button>
      </p>
      {locateError ? <p className="field__error">{locateError}</p> : null}
      <PlaceSearch onChoose={(p) => onPoint({ lat: p.lat, lon: p.lon })} />
      <form className="places__typed" onSubmit={useTyped} noValidate>
        <TextField
          id="places-coordinates"
          label={t('places.coordinates')}
          hint={t('places.coordinatesHint')}
          value={typed}
          onChange={setTyped}
          error={typedError}
          width="medium"
          spellCheck={false}
          maxLength={60}
        />
        <button type="submit" className="button button--secondary">
          {t('places.show')}
        </button>
      </form>
      <p className="field__hint">{point ? t('places.pointChosen', { lat: point.lat, lon: point.lon }) : t('places.tapMap')}</p>
    </fieldset>
  );
}

/** One place of the list: its number (as on the map), name, layer, distance and minutes on foot, address, hours, contacts and source. */
function PlaceCard({ p, layer }: { p: NearPlace; layer: Layer | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <li className="card places__item" id={`place-${p.id}`} tabIndex={-1}>
      <h3 className="places__name">
        {p.name} {p.isSample ? <Tag kind="warning">{t('places.sample')}</Tag> : null}
      </h3>
      <p className="places__walk">
        <strong>{t('places.walk', { distance: distance(f.number, p.distanceMeters, t), count: p.walkingMinutes })}</strong>
        {layer ? <span className="muted"> · {f.name(layer)}</span> : null}
      </p>
      {p.address ? <p className="places__line">{p.address}</p> : null}
      {p.openingHours ? (
        <p className="places__line">
          {t('places.hours')}: {p.openingHours}
        </p>
      ) : null}
      {p.phone || p.email || p.website ? (
        <p className="places__line">
          {p.phone ? <a href={`tel:${p.phone.replace(/[^+\d]/g, '')}`}>{p.phone}</a> : null}
          {p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : null}
          {p.website ? (
            <a href={p.website} rel="noreferrer nofollow">
              {t('places.website')}
            </a>
          ) : null}
        </p>
      ) : null}
      <p className="places__source muted">
        {t('places.source', { source: p.source, licence: p.licence })}
        {p.sourceUrl ? (
          <>
            {' · '}
            <a href={p.sourceUrl} rel="noreferrer nofollow">
              {t('places.atSource')}
            </a>
          </>
        ) : null}
      </p>
    </li>
  );
}
