import { useMemo, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { areaLimits } from '@server/modules/areas/domain/areas.js';
import type { ReportStatus } from '@server/modules/reports/domain/lifecycle.js';
import { useDistrictName, useDistricts, useDistrictShapes } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import type { MapFocus, MapMarker, MapPoint } from '../../components/city-map.js';
import { SelectField } from '../../components/fields.js';
import { LazyCityMap } from '../../components/lazy-city-map.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { PlaceSearch } from '../../components/place-search.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { distanceText, districtOptions, placeName } from './area-words.js';
import './areas.css';

type AreaPageData = Schema<'AreaPage'>;
type AreaItem = Schema<'AreaItem'>;
type Circle = MapPoint & { radiusMeters: number };
/** What the page asks `GET /api/area` for: a circle or a district. */
type AreaRequest = { lat: number; lon: number; radius: number } | { district: string };

/** The radius chooser's steps; a radius in the address that is none of them is offered too. */
const radii = [250, 500, 1000, 2000, areaLimits.maxRadiusMeters];
/** The kinds the page has words for, in the order a resident looks for them (a kind added later comes last, under its own word until it gets some). */
const knownKinds = ['report', 'work', 'poll', 'event', 'volunteer_project', 'place', 'department'] as const;
type KnownKind = (typeof knownKinds)[number];
const isKnown = (kind: string): kind is KnownKind => (knownKinds as readonly string[]).includes(kind);
const rank = (kind: string) => (isKnown(kind) ? knownKinds.indexOf(kind) : knownKinds.length);
const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** The radius in the address (`?radius=`), within the server's limits, or `fallback`. */
function useRadius(fallback: number): [number, (r: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('radius'));
  const radius = Number.isInteger(asked) && asked >= areaLimits.minRadiusMeters && asked <= areaLimits.maxRadiusMeters ? asked : fallback;
  const set = (r: number) => {
    const next = new URLSearchParams(params);
    next.set('radius', String(r));
    setParams(next, { replace: true });
  };
  return [radius, set];
}

/**
 * /area/:placeId: "my home" — what is around one of the signed-in person's saved places, within the radius of its
 * alert (or 500 m), which the page's chooser changes. Another person's place, or one deleted, is "not found".
 */
export function SavedPlaceAreaPage() {
  const { t } = useTranslation();
  const { placeId } = useParams();
  useTitle(t('area.title'));
  const places = useApiQuery('/api/me/places');
  const place = places.data?.items.find((p) => p.id === placeId);
  const [radius, setRadius] = useRadius(place?.alert?.radiusMeters ?? areaLimits.defaultRadiusMeters);
  const f = useFormat();
  const name = place ? placeName(t, place) : '';

  return (
    <div className="area">
      <PageHeading>{t('area.title')}</PageHeading>
      <QueryView query={places}>
        {() =>
          !place ? (
            <>
              <Notice kind="warning" title={t('area.placeNotFound')} />
              <p>
                <Link to="/profile#my-places">{t('area.toProfile')}</Link>
              </p>
            </>
          ) : (
            <AreaView
              request={{ lat: place.lat, lon: place.lon, radius }}
              where={t('area.aroundPlace', { distance: distanceText(f, radius), address: place.address, name })}
              controls={
                <>
                  <RadiusChoice radius={radius} onChange={setRadius} />
                  <p>
                    <Link to="/profile#my-places">{t('area.alertsLink')}</Link>
                  </p>
                </>
              }
            />
          )
        }
      </QueryView>
    </div>
  );
}

/**
 * /area?lat=&lon=&radius= or /area?district=: what is around any point of the city, or in a district, for anyone.
 * Without either the page asks for a place: an address found, a tap on the map or a district.
 */
export function AreaPage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('area.publicTitle'));
  const [params, setParams] = useSearchParams();
  const districtName = useDistrictName();
  const lat = Number(params.get('lat'));
  const lon = Number(params.get('lon'));
  const district = params.get('district');
  const point = params.get('lat') && params.get('lon') && Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null;
  const [radius, setRadius] = useRadius(areaLimits.defaultRadiusMeters);
  const request: AreaRequest | null = district ? { district } : point ? { ...point, radius } : null;

  const choosePoint = (p: MapPoint) =>
    setParams(new URLSearchParams({ lat: String(round(p.lat)), lon: String(round(p.lon)), radius: String(radius) }), { replace: true });
  const chooseDistrict = (id: string) => setParams(id ? new URLSearchParams({ district: id }) : new URLSearchParams(), { replace: true });
  const chooser = (
    <PlaceChooser district={district ?? ''} onPoint={choosePoint} onDistrict={chooseDistrict}>
      {point && !district ? <RadiusChoice radius={radius} onChange={setRadius} /> : null}
    </PlaceChooser>
  );

  return (
    <div className="area">
      <PageHeading>{t('area.publicTitle')}</PageHeading>
      <p>{t('area.intro')}</p>
      {request ? (
        <AreaView
          request={request}
          where={
            'district' in request
              ? t('area.inDistrict', { name: districtName(request.district) })
              : t('area.aroundPoint', { distance: distanceText(f, request.radius), lat: round(request.lat), lon: round(request.lon) })
          }
          controls={chooser}
          onPick={choosePoint}
        />
      ) : (
        <div className="area__layout">
          <div className="area__controls">{chooser}</div>
          <div className="area__map">
            <LazyCityMap label={t('area.mapLabel')} size="large" onPick={choosePoint} />
          </div>
        </div>
      )}
    </div>
  );
}

/** Where to look: an address (the map search), a district; a tap on the map does the same on the page's map. */
function PlaceChooser({
  district,
  onPoint,
  onDistrict,
  children,
}: {
  district: string;
  onPoint(p: MapPoint): void;
  onDistrict(id: string): void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const districts = useDistricts();
  const options = districtOptions(f, districts.data);
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{t('area.choose')}</legend>
      <p className="field__hint">{t('area.chooseHint')}</p>
      <PlaceSearch onChoose={(p) => onPoint({ lat: p.lat, lon: p.lon })} />
      <SelectField
        id="area-district"
        label={t('area.district')}
        value={district}
        onChange={onDistrict}
        options={[{ value: '', label: t('area.noDistrict') }, ...options]}
      />
      {children}
    </fieldset>
  );
}

function RadiusChoice({ radius, onChange }: { radius: number; onChange(r: number): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const steps = radii.includes(radius) ? radii : [...radii, radius].sort((a, b) => a - b);
  return (
    <SelectField
      id="area-radius"
      label={t('area.radius')}
      value={String(radius)}
      onChange={(v) => onChange(Number(v))}
      options={steps.map((r) => ({ value: String(r), label: distanceText(f, r) }))}
    />
  );
}

/** The area's answer: the circle (or district) and its items on the map, then one section per kind with its count. */
function AreaView({ request, where, controls, onPick }: { request: AreaRequest; where: string; controls: ReactNode; onPick?(p: MapPoint): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const area = useApiQuery('/api/area', { query: request });
  const shapes = useDistrictShapes('district' in request);
  const sections = useMemo(() => [...(area.data?.sections ?? [])].sort((x, y) => rank(x.kind) - rank(y.kind)), [area.data]);
  const circle: Circle | null = 'district' in request ? null : { lat: request.lat, lon: request.lon, radiusMeters: request.radius };
  const markers = useMemo(() => markersOf(sections, t), [sections, t]);
  const focus = useMemo((): MapFocus | null => {
    if (circle) return circleFocus(circle);
    const shape = 'district' in request ? shapes.data?.find((d) => d.id === request.district) : undefined;
    return shape ? districtFocus(shape.geometry) : null;
    // the circle's numbers, not its object, say when the map moves
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [circle?.lat, circle?.lon, circle?.radiusMeters, 'district' in request ? request.district : null, shapes.data]);
  const showsPlaces = sections.some((s) => s.kind === 'place' && s.items.length > 0);

  return (
    <>
      <p className="area__where">
        <strong>{where}</strong>
      </p>
      <div className="area__layout">
        <div className="area__controls">{controls}</div>
        <div className="area__map">
          <LazyCityMap label={t('area.mapLabel')} size="large" point={circle} circle={circle} focus={focus} markers={markers} {...(onPick ? { onPick } : {})} />
          {showsPlaces ? (
            <p className="area__credit muted">
              {t('places.dataCredit')}{' '}
              <a href="https://www.openstreetmap.org/copyright" rel="noreferrer">
                {t('places.odbl')}
              </a>
            </p>
          ) : null}
        </div>
      </div>
      <div aria-busy={area.isFetching}>
        {area.error && !area.data ? (
          <Notice kind="error" title={area.error.message} />
        ) : (
          <QueryView query={area}>
            {() => (
              <>
                {sections.map((s) => (
                  <AreaSectionView key={s.kind} kind={s.kind} total={s.total} items={s.items} />
                ))}
              </>
            )}
          </QueryView>
        )}
      </div>
      {area.error && area.data ? <Notice kind="error" title={area.error.message} /> : null}
      {/* the map's numbers in words for those who do not see it */}
      <p className="visually-hidden" role="status">
        {area.data ? sections.map((s) => `${sectionName(t, s.kind)}: ${f.number(s.total)}`).join('; ') : ''}
      </p>
    </>
  );
}

function sectionName(t: TFunction, kind: string): string {
  return isKnown(kind) ? t(`area.section.${kind}`) : kind;
}

/** One kind's section: its heading with the count, its items (a link each, with status, distance, date, address), or "none here". */
function AreaSectionView({ kind, total, items }: { kind: string; total: number; items: AreaItem[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = `area-${kind}`;
  return (
    <section className="section area__section" aria-labelledby={id}>
      <h2 id={id}>
        {sectionName(t, kind)} <span className="area__count">{f.number(total)}</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{isKnown(kind) ? t(`area.empty.${kind}`) : t('area.emptyOther')}</p>
      ) : (
        <>
          {total > items.length ? <p className="muted">{t('area.shown', { shown: f.number(items.length), total: f.number(total) })}</p> : null}
          <ul className="area__items">
            {items.map((item) => (
              <AreaItemView key={item.id} item={item} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AreaItemView({ item }: { item: AreaItem }) {
  const { t } = useTranslation();
  const f = useFormat();
  const facts = [
    item.statusText,
    item.distanceMeters !== null ? t('area.away', { distance: distanceText(f, item.distanceMeters) }) : null,
    item.date ? f.date(item.date) : null,
    item.address,
  ].filter(Boolean);
  const c = item.contacts;
  return (
    <li className="area__item" id={`area-item-${item.kind}-${item.id}`} tabIndex={-1}>
      <Link to={item.path} className="area__item-title">
        {item.title}
      </Link>
      {facts.length ? <p className="area__facts muted">{facts.join(' · ')}</p> : null}
      {c && (c.phone || c.email || c.address) ? (
        <dl className="area__contacts">
          {c.phone ? (
            <div>
              <dt>{t('area.phone')}</dt>
              <dd>
                <a href={`tel:${c.phone.replace(/[^+\d]/g, '')}`}>{c.phone}</a>
              </dd>
            </div>
          ) : null}
          {c.email ? (
            <div>
              <dt>{t('area.email')}</dt>
              <dd>
                <a href={`mailto:${c.email}`}>{c.email}</a>
              </dd>
            </div>
          ) : null}
          {c.address && c.address !== item.address ? (
            <div>
              <dt>{t('area.address')}</dt>
              <dd>{c.address}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </li>
  );
}

/** The items with a point, as the map's markers (a report's colour by its status); a click focuses it in the list. */
function markersOf(sections: AreaPageData['sections'], t: TFunction): MapMarker[] {
  return sections.flatMap((s) =>
    s.items.flatMap((item) =>
      item.lat !== null && item.lon !== null
        ? [
            {
              key: `${item.kind}-${item.id}`,
              lat: item.lat,
              lon: item.lon,
              label: `${sectionName(t, item.kind)}: ${item.title}`,
              ...(item.kind === 'report' && item.status ? { status: item.status as ReportStatus } : {}),
              onOpen: () => document.getElementById(`area-item-${item.kind}-${item.id}`)?.focus(),
            },
          ]
        : [],
    ),
  );
}

/** The box around a circle (a degree of latitude is ~111 km; of longitude, that times the latitude's cosine). */
function circleFocus(c: Circle): MapFocus {
  const dLat = c.radiusMeters / 111_320;
  const dLon = c.radiusMeters / (111_320 * Math.cos((c.lat * Math.PI) / 180));
  return { lat: c.lat, lon: c.lon, bbox: [c.lon - dLon, c.lat - dLat, c.lon + dLon, c.lat + dLat] };
}

/** The box around a district's outline. */
function districtFocus(g: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] }): MapFocus {
  const points = (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).flat();
  const lons = points.map((p) => p[0]!);
  const lats = points.map((p) => p[1]!);
  const [w, s, e, n] = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
  return { lat: (s + n) / 2, lon: (w + e) / 2, bbox: [w, s, e, n] };
}
