import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type Loaded<T> = { default: T };

/** A page's code, downloaded when first shown, or ahead of that with `preload()`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React.lazy's own bound: pages take any props
export type LazyPage<T extends ComponentType<any> = ComponentType<any>> = LazyExoticComponent<T> & { preload(): Promise<unknown> };

/**
 * React.lazy with a `preload()`: once the code has arrived, the page draws at once — React is handed a thenable that
 * answers while it asks — instead of suspending. A page that suspends shows its Suspense fallback (the "loading" line),
 * and React keeps a shown fallback on screen for at least 300 ms before it reveals the page: on a first load that was
 * the page's heading, its largest paint, 300 ms late. A download that failed is tried again on the next render.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React.lazy's own bound
export function lazyPage<T extends ComponentType<any>>(load: () => Promise<Loaded<T>>): LazyPage<T> {
  let loaded: Loaded<T> | undefined;
  let loading: Promise<Loaded<T>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (m) => (loaded = m),
      (err: unknown) => {
        loading = undefined;
        throw err;
      },
    ));
  const page = lazy(() => {
    const done = loaded;
    // a thenable that calls back at once: React reads the page in the same render
    return done ? ({ then: (resolve: (m: Loaded<T>) => void) => resolve(done) } as unknown as Promise<Loaded<T>>) : preload();
  });
  return Object.assign(page, { preload });
}
