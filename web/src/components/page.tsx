import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useLocation } from 'react-router';
import type { ApiError } from '../api/client.js';
import { useSiteName } from '../city.js';
import { Notice } from './notice.js';

// forms inside the page showing their own error summary now (useErrorTitle): a title set while one does keeps «Ошибка: »
let nestedErrors = 0;

/**
 * The document title: the page, then the site («Войти — «Город» — Новоозёрск»), prefixed «Ошибка: » while the page
 * or a form inside it shows an error summary — also when the title is set again later (the city's name arriving).
 */
export function documentTitle(t: TFunction, page: string, site: string, hasError = false): string {
  return `${hasError || nestedErrors > 0 ? t('errors.titlePrefix') : ''}${page} — ${site}`;
}

// the title the page on screen gave itself (useTitle), with the path it was given for: the layout, setting the title
// again when the city's name or the language arrives, keeps it instead of the address's generic one
let pageTitle: { path: string; page: string; hasError: boolean } | null = null;

/**
 * The title for `path`, as the layout sets it: the page's own when the page on screen has named itself, else the
 * address's (`routeTitle`), before the page's code and data arrive.
 */
export function layoutTitle(t: TFunction, path: string, routeTitle: string, site: string): string {
  const own = pageTitle?.path === path ? pageTitle : null;
  return documentTitle(t, own?.page ?? routeTitle, site, own?.hasError ?? false);
}

/** Sets the document title: «Ошибка: Войти — «Город» — Новоозёрск» when the page shows an error summary. */
export function useTitle(title: string, hasError = false): void {
  const { t } = useTranslation();
  const site = useSiteName();
  const { pathname } = useLocation();
  useEffect(() => {
    const own = { path: pathname, page: title, hasError };
    pageTitle = own;
    document.title = documentTitle(t, title, site, hasError);
    return () => {
      if (pageTitle === own) pageTitle = null;
    };
  }, [pathname, title, hasError, t, site]);
}

/**
 * For a form inside a page (a comment, a dialog, a case in a queue) that shows its own error
 * summary: prefixes the page's title with «Ошибка: » while the error is shown, as `useTitle` does
 * for the page's own forms.
 */
export function useErrorTitle(hasError: boolean): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (!hasError) return;
    const prefix = t('errors.titlePrefix');
    nestedErrors += 1;
    if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`;
    return () => {
      nestedErrors -= 1;
      if (nestedErrors === 0 && document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [hasError, t]);
}

// The path the last heading was shown for: focus moves to the new page's heading only when the
// path (or query) changes, not on the first load and not when only the #fragment changes.
let lastPath: string | null = null;

/**
 * The page's one h1. After an in-app navigation it takes focus, so screen readers announce the
 * new page and keyboard users start from its top; `focusOnMount` does the same for a page that
 * swaps its content (a form replaced by its result).
 */
export function PageHeading({ children, focusOnMount, id }: { children: ReactNode; focusOnMount?: boolean; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const path = location.pathname + location.search;
  // an error summary that appeared with the page keeps the focus it took
  const focus = useCallback(() => {
    if (!document.activeElement?.closest('.error-summary')) ref.current?.focus();
  }, []);
  // only when this heading first appears
  const focusAtFirst = useRef(focusOnMount);

  useEffect(() => {
    if (lastPath === null) {
      lastPath = path;
      return;
    }
    if (lastPath !== path) {
      lastPath = path;
      focus();
    }
  }, [path, focus]);

  useEffect(() => {
    if (focusAtFirst.current) focus();
  }, [focus]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading" id={id}>
      {children}
    </h1>
  );
}

/** A polite "loading" line for parts of a page still on their way. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}

/** What a part of a page could not load, with a button that asks again. */
export function LoadError({ error, retry }: { error: ApiError; retry(): void }) {
  const { t } = useTranslation();
  return (
    <Notice kind="error" title={error.message}>
      <button type="button" className="button button--secondary" onClick={retry}>
        {t('common.retry')}
      </button>
    </Notice>
  );
}

/**
 * Scrolls to the element the address's #fragment names once `ready` (its content has loaded): the
 * browser's own jump happens before a page's data arrives.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [ready, hash]);
}
