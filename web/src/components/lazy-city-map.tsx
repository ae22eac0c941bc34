import { lazy, Suspense, type ComponentProps } from 'react';
import type { CityMap as CityMapComponent } from './city-map.js';
import { useNearScreen } from './use-near-screen.js';

// the map library (Leaflet, ~42 KB gzip) is fetched only when a map is about to be seen
const CityMap = lazy(() => import('./city-map.js').then((m) => ({ default: m.CityMap })));

/**
 * A CityMap that a page shows below its first screen (a report's small map): until it is about to scroll into
 * view, an empty box of the map's size holds its place, so the page's first load carries no map library and
 * nothing moves when the map arrives. Without IntersectionObserver the map loads at once.
 */
export function LazyCityMap(props: ComponentProps<typeof CityMapComponent>) {
  const [holder, near] = useNearScreen<HTMLDivElement>();
  const placeholder = (
    <figure className={`city-map city-map--${props.size ?? 'medium'}`} aria-hidden="true">
      <div className="city-map__box" />
      <figcaption className="city-map__caption">{'\u00a0'}</figcaption>
    </figure>
  );
  return (
    <div ref={holder}>
      {near ? (
        <Suspense fallback={placeholder}>
          <CityMap {...props} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
