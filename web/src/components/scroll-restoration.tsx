import { useEffect, useLayoutEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';

const storageKey = 'gorod.scroll';

function positions(): Record<string, number> {
  try {
    return JSON.parse(sessionStorage.getItem(storageKey) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}

/**
 * Where the page scrolls on a change of address, as browsers do between documents: a new page (a link, a
 * redirect) starts at the top, or at its #fragment; Back and Forward return to where the person was on
 * that page. (React Router's own ScrollRestoration needs its data router, which would double the router's code.)
 */
export function ScrollRestoration() {
  const location = useLocation();
  const navigationType = useNavigationType();

  // the browser's own restoration would jump before the page has drawn
  useEffect(() => {
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  }, []);

  // remember this page's place when leaving it (and when the tab is hidden: a reload comes back to it)
  useEffect(() => {
    const save = () => {
      const all = positions();
      all[location.key] = window.scrollY;
      try {
        sessionStorage.setItem(storageKey, JSON.stringify(all));
      } catch {
        // storage full or off: Back starts at the top
      }
    };
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [location.key]);

  useLayoutEffect(() => {
    if (navigationType === 'POP') {
      const y = positions()[location.key];
      if (y !== undefined) {
        window.scrollTo(0, y);
        return;
      }
    }
    if (location.hash) {
      const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) {
        target.scrollIntoView();
        return;
      }
    }
    if (navigationType !== 'POP' || location.key !== 'default') window.scrollTo(0, 0);
  }, [location.key, location.hash, navigationType]);

  return null;
}
