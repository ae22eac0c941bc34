import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaGeometry, Position } from '@server/core/geo/geo.js';
import type { DistrictWithGeometry } from '../api/lists.js';
import { useCityName } from '../city.js';
import { useFormat } from '../format.js';

const width = 1000;
const pad = 6;

/**
 * Equirectangular projection of the districts' bounding box: x = lon·cos(mid-latitude), y = −lat,
 * scaled to a 1000-unit-wide view box. At 60° N this keeps shapes true to within a few percent.
 */
function projectAll(districts: { id: string; geometry: AreaGeometry }[], extentOf: { geometry: AreaGeometry }[] = districts) {
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  const rings = (g: AreaGeometry): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
  for (const d of extentOf) {
    for (const ring of rings(d.geometry)) {
      for (const [lon, lat] of ring) {
        if (lon < minLon) minLon = lon;
        if (lon > maxLon) maxLon = lon;
        if (lat < minLat) minLat = lat;
        if (lat > maxLat) maxLat = lat;
      }
    }
  }
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = width / ((maxLon - minLon) * k || 1);
  const height = (maxLat - minLat) * scale;
  const r = (n: number) => Math.round(n * 10) / 10;
  const paths = districts.map((d) => {
    const parts = rings(d.geometry).map((ring) => `M${ring.map(([lon, lat]) => `${r((lon - minLon) * k * scale)},${r((maxLat - lat) * scale)}`).join('L')}Z`);
    return { id: d.id, d: parts.join('') };
  });
  return { paths, height };
}

/** How a district of a file being checked fares: new, renamed, unchanged, or with a problem (by feature number). */
export type PreviewStatus = 'added' | 'renamed' | 'kept' | 'problem';
export const previewStatuses: PreviewStatus[] = ['added', 'renamed', 'kept', 'problem'];
export interface PreviewShape {
  feature: number;
  name: string;
  status: PreviewStatus;
  geometry: AreaGeometry;
}

/**
 * The city's districts drawn as an SVG: each district is a link to its row in the list below
 * (the map serves the list), labelled with its name for keyboards and screen readers. Nothing while there are none.
 */
export function DistrictMap({
  districts,
  active,
  onActive,
  preview,
}: {
  districts: DistrictWithGeometry[];
  active: string | null;
  onActive(id: string | null): void;
  /** A file's districts checked by a dry run: drawn over the city's, which are dimmed and framed out if elsewhere. */
  preview?: PreviewShape[] | null;
}) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const f = useFormat();
  const { paths, height } = useMemo(() => projectAll(districts, preview?.length ? preview : districts), [districts, preview]);
  const previewPaths = useMemo(
    () =>
      preview?.length
        ? projectAll(
            preview.map((p) => ({ ...p, id: String(p.feature) })),
            preview,
          ).paths.map((p, i) => ({ ...p, shape: preview[i]! }))
        : [],
    [preview],
  );
  const byId = new Map(districts.map((d) => [d.id, d]));
  const shown = active ? byId.get(active) : undefined;
  // a city set up without districts yet has nothing to draw (an empty extent is an invalid view box)
  if (districts.length === 0) return null;

  return (
    <figure className="map">
      <svg
        className="map__svg"
        viewBox={`${-pad} ${-pad} ${width + 2 * pad} ${Math.ceil(height) + 2 * pad}`}
        role="group"
        aria-label={t('home.mapLabel', { city: cityName })}
        onMouseLeave={() => onActive(null)}
      >
        {previewPaths.length
          ? paths.map((p) => <path key={p.id} d={p.d} className="map__before" aria-hidden="true" />)
          : paths.map((p) => {
              const d = byId.get(p.id)!;
              return (
                <a
                  key={p.id}
                  href={`#district-${p.id}`}
                  aria-label={f.name(d)}
                  className={`map__district${active === p.id ? ' map__district--active' : ''}`}
                  onMouseEnter={() => onActive(p.id)}
                  onFocus={() => onActive(p.id)}
                  onBlur={() => onActive(null)}
                >
                  <path d={p.d} />
                </a>
              );
            })}
        {previewPaths.map((p) => (
          <path key={p.id} d={p.d} className={`map__preview map__preview--${p.shape.status}`}>
            <title>{`${p.shape.name}: ${t(`adminDistricts.status.${p.shape.status}`)}`}</title>
          </path>
        ))}
      </svg>
      {preview?.length ? <PreviewLegend preview={preview} /> : null}
      <figcaption className="map__caption">
        <span className="map__current" aria-hidden="true">
          {shown ? t('home.mapCurrent', { name: f.name(shown), area: f.number(shown.areaKm2, { maximumFractionDigits: 1 }) }) : t('home.mapHint')}
        </span>
        <span className="map__credit">{t('home.osmCredit')}</span>
      </figcaption>
    </figure>
  );
}

/** What the colours of a checked file's districts mean, with how many there are of each: text, not only colour. */
function PreviewLegend({ preview }: { preview: PreviewShape[] }) {
  const { t } = useTranslation();
  return (
    <ul className="legend map__legend" aria-label={t('adminDistricts.legendLabel')}>
      {previewStatuses.map((s) => {
        const count = preview.filter((p) => p.status === s).length;
        return count ? (
          <li key={s} data-status={s}>
            <span className={`map__swatch map__preview--${s}`} aria-hidden="true" /> {t(`adminDistricts.legend.${s}`, { count })}
          </li>
        ) : null;
      })}
    </ul>
  );
}
