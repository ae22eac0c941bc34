import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

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
