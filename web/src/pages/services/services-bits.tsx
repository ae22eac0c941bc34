import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schema } from '../../api/types.js';
import { Tag } from '../../components/notice.js';
import { currentLanguage } from '../../i18n/i18n.js';

type Role = Schema<'LifeRole'>;
type ServiceSummary = Schema<'ServiceSummary'>;

/** A role's name in the reader's language. */
export const roleName = (r: { nameRu: string; nameEn: string }) => (currentLanguage() === 'en' ? r.nameEn : r.nameRu);
/** A service's title in the reader's language, when it has an English one. */
export const serviceTitle = (s: { title: string; titleEn: string | null }) => (currentLanguage() === 'en' && s.titleEn ? s.titleEn : s.title);

/** Role cards: the icon (decorative), the name as the link, the number of services. */
export function RoleCards({ roles, labelledBy }: { roles: Role[]; labelledBy: string }) {
  const { t } = useTranslation();
  return (
    <ul className="service-roles" aria-labelledby={labelledBy}>
      {roles.map((r) => (
        <li key={r.id} className="card service-role">
          <span className="service-role__icon" aria-hidden="true">
            {r.icon}
          </span>
          <div>
            <Link className="service-role__name" to={`/services/roles/${r.key}`}>
              {roleName(r)}
            </Link>
            <p className="muted service-role__count">{t('services.count', { count: r.serviceCount })}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A list of services: the title as the link, the first words, an «online» tag and the demo label. */
export function ServiceList({ items }: { items: ServiceSummary[] }) {
  const { t } = useTranslation();
  return (
    <ul className="service-list">
      {items.map((s) => (
        <li key={s.id} className="service-list__item">
          <Link to={`/services/${s.id}`} className="service-list__title">
            {serviceTitle(s)}
          </Link>{' '}
          {s.online ? <Tag kind="accent">{t('services.online')}</Tag> : null} {s.demoText ? <Tag>{t('services.demoLabel')}</Tag> : null}
          <p className="service-list__excerpt">{s.excerpt}</p>
        </li>
      ))}
    </ul>
  );
}
