import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The administrators' own menu, above every admin page. */
export function AdminNav() {
  const { t } = useTranslation();
  const links: [string, string][] = [
    ['/admin/setup', t('setup.title')],
    ['/admin/city', t('adminCity.title')],
    ['/admin/users', t('admin.usersTitle')],
    ['/admin/outbox', t('admin.outboxTitle')],
    ['/admin/classifier', t('adminClassifier.title')],
    ['/admin/routing', t('adminRouting.title')],
    ['/admin/districts', t('adminDistricts.title')],
    ['/admin/calendar', t('adminCalendar.title')],
    ['/admin/departments', t('adminDepartments.title')],
    ['/admin/dictionaries', t('adminDictionaries.title')],
    ['/admin/api-keys', t('adminKeys.title')],
    ['/admin/budgeting', t('nav.budgeting')],
    ['/admin/verification', t('verification.title')],
    ['/admin/polls', t('polls.admin.title')],
    ['/admin/points', t('adminPoints.title')],
    ['/admin/charity', t('charity.admin.title')],
    ['/admin/services', t('adminServices.title')],
    ['/admin/places', t('places.admin.title')],
    ['/admin/population', t('statistics.admin.title')],
    ['/admin/initiatives', t('nav.initiatives')],
    ['/admin/crowdsourcing', t('nav.crowdsourcing')],
    ['/admin/groups', t('groups.adminTitle')],
  ];
  return (
    <nav className="subnav" aria-label={t('admin.navLabel')}>
      <ul>
        {links.map(([to, label]) => (
          <li key={to}>
            <NavLink to={to}>{label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
