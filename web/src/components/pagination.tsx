import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * A filtered list's address parts: the filters that are set, as a query (also a key that remounts the filter form when
 * they change), and `href` for Pagination — the same filters with the page's offset (none for the first page).
 */
export function filteredPages(filters: object): { shown: URLSearchParams; href: (offset: number) => string } {
  const shown = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (typeof v === 'string' && v) shown.set(k, v);
  const href = (offset: number) => {
    const next = new URLSearchParams(shown);
    if (offset) next.set('offset', String(offset));
    return `?${next}`;
  };
  return { shown, href };
}

/**
 * "Previous / Next" links for a list paged by offset, shown only when there is more than one page.
 * `href` turns an offset into the page's address (offset 0 should drop the parameter).
 */
export function Pagination({ offset, pageSize, total, href }: { offset: number; pageSize: number; total: number; href: (offset: number) => string }) {
  const { t } = useTranslation();
  if (total <= pageSize) return null;
  return (
    <nav className="pagination" aria-label={t('admin.pages')}>
      {offset > 0 ? (
        <Link className="button button--secondary" to={href(Math.max(0, offset - pageSize))}>
          {t('admin.previous')}
        </Link>
      ) : null}
      {offset + pageSize < total ? (
        <Link className="button button--secondary" to={href(offset + pageSize)}>
          {t('admin.next')}
        </Link>
      ) : null}
    </nav>
  );
}
