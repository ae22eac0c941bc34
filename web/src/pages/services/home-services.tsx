import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import { useSession } from '../../session.js';
import { RoleCards } from './services-bits.js';
import './services.css';

/** The home page's block: the services of the signed-in resident's roles (a few each), or an invitation to choose roles. */
export function HomeServices() {
  const { t } = useTranslation();
  const { me } = useSession();
  const roles = useApiQuery('/api/services/roles', me === undefined ? null : undefined);
  const mine = (roles.data?.items ?? []).filter((r) => r.mine);
  return (
    <section className="section services-home" aria-labelledby="home-services-title">
      <h2 id="home-services-title">{t('services.home.title')}</h2>
      {mine.length ? (
        <RoleCards roles={mine} labelledBy="home-services-title" />
      ) : (
        <p>
          {t('services.home.choose')} {me ? <Link to="/profile#life-roles-title">{t('services.chooseLink')}</Link> : null}
        </p>
      )}
      <p>
        <Link to="/services">{t('services.home.all')}</Link>
      </p>
    </section>
  );
}
