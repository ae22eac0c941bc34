import { useEffect, useRef, useState } from 'react';

/**
 * Whether the element `ref` holds has come within `margin` of the screen (and stays true after): a block below the
 * first screen fetches its code or data only then, so a page's first load carries neither. Without
 * IntersectionObserver it is true at once.
 */
export function useNearScreen<E extends HTMLElement>(margin = '300px 0px') {
  const ref = useRef<E>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const watch = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: margin });
    watch.observe(el);
    return () => watch.disconnect();
  }, [near, margin]);
  return [ref, near] as const;
}
