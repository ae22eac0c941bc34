import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The administrators' own menu, above every admin page. */
export function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav className="subnav" aria-label={t('admin.navLabel')}>
      <ul>
        <li>
          <NavLink to="/admin/users">{t('admin.usersTitle')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/outbox">{t('admin.outboxTitle')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
