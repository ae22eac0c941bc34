import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { AreaGeometry } from '@server/core/geo/geo.js';
import type { ReportStatus } from '@server/modules/reports/domain/lifecycle.js';
import { useDistrictShapes, useSite } from '../api/lists.js';
import { mapCredit } from './map-credit.js';
import { textElement } from './text-element.js';

/** Where a map opens before the site's settings say the city's centre and zoom (its administrator sets them). */
export const cityCenter: [number, number] = [59.94, 30.31];
export const cityZoom = 10;

export interface MapPoint {
  lat: number;
  lon: number;
}

export interface MapMarker extends MapPoint {
  key: string;
  /** Read on hover and by screen readers (the list next to the map says the same). */
  label: string;
  status?: ReportStatus;
  onOpen?(): void;
}

/** A place to show (a search's choice): its box fitted when it is an area, else its point close up. */
export interface MapFocus extends MapPoint {
  /** west, south, east, north */
  bbox?: [number, number, number, number] | null | undefined;
}

export interface MapCluster extends MapPoint {
  count: number;
}

export interface MapView {
  /** west, south, east, north */
  bbox: [number, number, number, number];
  zoom: number;
}

interface CityMapProps {
  /** The map's accessible name ("Map of reports"). */
  label: string;
  size?: 'small' | 'medium' | 'large';
  center?: MapPoint | undefined;
  zoom?: number;
  /** The chosen place (a pin). */
  point?: MapPoint | null | undefined;
  /** Tapping the map chooses a place. */
  onPick?(p: MapPoint): void;
  markers?: MapMarker[];
  clusters?: MapCluster[];
  /** Called with the visible area after every move (and once at the start). */
  onView?(view: MapView): void;
  /** Hides the "how to use the map" line (a small map that only shows a place). */
  quiet?: boolean;
  /** A place to show; each new object moves the map there (a search's choice). */
  focus?: MapFocus | null | undefined;
  /** An area drawn as a circle around its centre (the area page's radius). */
  circle?: (MapPoint & { radiusMeters: number }) | null | undefined;
}

const ringsOf = (g: AreaGeometry) =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((poly) => poly.map((ring) => ring.map(([lon, lat]) => [lat, lon] as [number, number])));

const statusGroup = (s: ReportStatus | undefined) =>
  s === 'closed' || s === 'answered' ? 'done' : s === 'duplicate' || s === 'not_competent' || s === 'rejected' ? 'other' : 'open';

/**
 * The city map (Leaflet). It never traps scrolling: the mouse wheel scrolls the page (zoom with the
 * buttons or a double click), and on a touch screen one finger scrolls the page until the person
 * presses "Move the map"; two fingers always zoom. The district outlines are drawn under the tiles:
 * without a tile server (MAP_TILE_URL=none), or while tiles fail, they are the map. The attribution is always shown under it, as text.
 */
export function CityMap({ label, size = 'medium', center, zoom, point, onPick, markers, clusters, onView, quiet, focus, circle }: CityMapProps) {
  const { t } = useTranslation();
  const site = useSite();
  const shapes = useDistrictShapes(!!site.data);
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layers = useRef<{ point: L.LayerGroup; markers: L.LayerGroup; clusters: L.LayerGroup; outlines: L.LayerGroup } | null>(null);
  const handlers = useRef({ onPick, onView });
  handlers.current = { onPick, onView };
  const touch = typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse)').matches;
  const [moving, setMoving] = useState(false);
  // the map is made once, where the first props say; later props are applied by the effects below
  const start = useRef({ center, zoom, label, touch });

  // the map itself: made once the site's settings are known
  useEffect(() => {
    if (!box.current || !site.data || map.current) return;
    const { center, zoom, label, touch } = start.current;
    // the city's own centre and zoom (GET /api/site)
    const home = site.data.city;
    const m = L.map(box.current, {
      center: center ? [center.lat, center.lon] : [home.centre.lat, home.centre.lon],
      // a phone shows the whole city one step further out
      zoom: zoom ?? (box.current.clientWidth < 500 ? home.zoom - 1 : home.zoom),
      scrollWheelZoom: false,
      dragging: !touch,
      tapHold: false,
      attributionControl: false,
      zoomSnap: 1,
      minZoom: Math.min(8, home.zoom - 1),
      maxZoom: 19,
      keyboard: true,
    });
    if (site.data.mapTileUrl) L.tileLayer(site.data.mapTileUrl, { maxZoom: 19, crossOrigin: true }).addTo(m);
    // the district outlines lie in a pane under the tiles' (z-index 200): while tiles load, when they fail, or
    // without a tile server (MAP_TILE_URL=none), the map still shows the city
    m.createPane('districts').style.zIndex = '150';
    const groups = { outlines: L.layerGroup().addTo(m), clusters: L.layerGroup().addTo(m), markers: L.layerGroup().addTo(m), point: L.layerGroup().addTo(m) };
    layers.current = groups;
    m.on('click', (e: L.LeafletMouseEvent) => handlers.current.onPick?.({ lat: round(e.latlng.lat), lon: round(e.latlng.lng) }));
    const report = () => {
      const b = m.getBounds();
      handlers.current.onView?.({ bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(round) as MapView['bbox'], zoom: m.getZoom() });
    };
    m.on('moveend', report);
    // the container's size is final after layout
    setTimeout(() => {
      // the map may be gone already (a page that swaps its content at once)
      if (map.current !== m) return;
      m.invalidateSize();
      report();
    }, 0);
    // keyboard users reach the map's own controls: name the container
    m.getContainer().setAttribute('aria-label', label);
    m.getContainer().setAttribute('role', 'region');
    map.current = m;
    return () => {
      // a pan or zoom still running would call back into the removed map
      m.stop();
      m.off();
      m.remove();
      map.current = null;
      layers.current = null;
    };
  }, [site.data]);

  // the districts, under the tiles
  useEffect(() => {
    const g = layers.current?.outlines;
    if (!g || !shapes.data) return;
    g.clearLayers();
    for (const d of shapes.data)
      L.polygon(ringsOf(d.geometry), { pane: 'districts', color: '#1a5aa8', weight: 1.5, fillColor: '#6f97cc', fillOpacity: 0.12, interactive: false }).addTo(
        g,
      );
  }, [shapes.data, site.data]);

  useEffect(() => {
    map.current?.getContainer().setAttribute('aria-label', label);
  }, [label]);

  // follow a new centre (a place typed or found)
  const [centerLat, centerLon] = [center?.lat, center?.lon];
  useEffect(() => {
    if (map.current && centerLat !== undefined && centerLon !== undefined)
      map.current.setView([centerLat, centerLon], Math.max(map.current.getZoom(), zoom ?? site.data?.city.zoom ?? cityZoom));
  }, [centerLat, centerLon, zoom, site.data]);

  // show a place found by the search: an area fitted, a point at street zoom
  useEffect(() => {
    const m = map.current;
    if (!m || !focus) return;
    if (focus.bbox) {
      const [w, s, e, n] = focus.bbox;
      m.fitBounds(
        [
          [s, w],
          [n, e],
        ],
        { maxZoom: 17, padding: [12, 12] },
      );
    } else m.setView([focus.lat, focus.lon], 17);
  }, [focus, site.data]);

  const [pointLat, pointLon] = [point?.lat, point?.lon];
  const [circleLat, circleLon, circleRadius] = [circle?.lat, circle?.lon, circle?.radiusMeters];
  useEffect(() => {
    const g = layers.current?.point;
    if (!g) return;
    g.clearLayers();
    if (circleLat !== undefined && circleLon !== undefined && circleRadius !== undefined)
      L.circle([circleLat, circleLon], { radius: circleRadius, color: '#1a5aa8', weight: 2, dashArray: '6 4', fillOpacity: 0.06, interactive: false }).addTo(g);
    if (pointLat !== undefined && pointLon !== undefined)
      L.marker([pointLat, pointLon], { icon: pinIcon, interactive: false, keyboard: false, alt: '' }).addTo(g);
  }, [pointLat, pointLon, circleLat, circleLon, circleRadius, site.data]);

  useEffect(() => {
    const g = layers.current?.markers;
    if (!g) return;
    g.clearLayers();
    for (const mk of markers ?? []) {
      const c = L.circleMarker([mk.lat, mk.lon], {
        radius: 8,
        weight: 2,
        color: '#fff',
        fillOpacity: 1,
        className: `map-point map-point--${statusGroup(mk.status)}`,
      });
      // the label is people's text (a proposal's title): a text node, never HTML
      c.bindTooltip(textElement(mk.label));
      if (mk.onOpen) c.on('click', () => mk.onOpen?.());
      c.addTo(g);
    }
  }, [markers, site.data]);

  useEffect(() => {
    const g = layers.current?.clusters;
    if (!g) return;
    g.clearLayers();
    for (const cl of clusters ?? []) {
      const text = cl.count > 9999 ? `${Math.round(cl.count / 1000)}k` : String(cl.count);
      const size = cl.count < 10 ? 32 : cl.count < 100 ? 38 : cl.count < 1000 ? 44 : 50;
      const icon = L.divIcon({ className: 'map-cluster', html: textElement(text, { hidden: true }), iconSize: [size, size] });
      const mk = L.marker([cl.lat, cl.lon], { icon, title: t('map.cluster', { count: cl.count }), keyboard: true });
      mk.on('click', () => map.current?.setView([cl.lat, cl.lon], Math.min((map.current?.getZoom() ?? cityZoom) + 2, 19)));
      mk.addTo(g);
    }
  }, [clusters, site.data, t]);

  function toggleMoving() {
    const m = map.current;
    if (!m) return;
    if (moving) m.dragging.disable();
    else m.dragging.enable();
    setMoving(!moving);
  }

  return (
    <figure className={`city-map city-map--${size}`}>
      <div className="city-map__box" ref={box} />
      <figcaption className="city-map__caption">
        {!quiet ? <span className="city-map__hint">{touch ? t('map.hintTouch') : onPick ? t('map.hintPick') : t('map.hint')}</span> : null}
        {site.data ? <span className="city-map__credit">{mapCredit(site.data.mapAttribution, t)}</span> : null}
      </figcaption>
      {touch && !quiet ? (
        <button type="button" className="button button--secondary button--small city-map__move" aria-pressed={moving} onClick={toggleMoving}>
          {moving ? t('map.stopMoving') : t('map.move')}
        </button>
      ) : null}
    </figure>
  );
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

const pinIcon = L.divIcon({ className: 'map-pin', html: '<span class="map-pin__head"></span>', iconSize: [28, 40], iconAnchor: [14, 40] });
