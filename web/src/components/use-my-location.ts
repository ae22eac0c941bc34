import { useState } from 'react';
import type { MapPoint } from './city-map.js';

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * "Use my location": asks the browser once for where the person is and hands the point (rounded to about a metre) to
 * `onPoint`; while it asks, `locating`; when the browser cannot or will not tell, `problem` holds the page's own words
 * for it (`unsupported`, `refused`).
 */
export function useMyLocation(onPoint: (p: MapPoint) => void, words: { unsupported: string; refused: string }, options: PositionOptions = {}) {
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  function locate() {
    if (!navigator.geolocation) return setProblem(words.unsupported);
    setLocating(true);
    setProblem(null);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        onPoint({ lat: round(pos.coords.latitude), lon: round(pos.coords.longitude) });
      },
      () => {
        setLocating(false);
        setProblem(words.refused);
      },
      { timeout: 15_000, maximumAge: 60_000, ...options },
    );
  }
  return { locating, problem, locate };
}
