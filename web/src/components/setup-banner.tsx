import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useCity } from '../city.js';
import { isCityAdministrator } from '../roles.js';
import { useSession } from '../session.js';
import { Notice } from './notice.js';

/**
 * Leads a city administrator to the setup checklist on every page until someone finishes it (a city started with
 * SEED_DEMO=0); residents never see it.
 */
export function SetupBanner() {
  const { t } = useTranslation();
  const { me } = useSession();
  const city = useCity();
  const { pathname } = useLocation();
  if (!city || city.setupCompleted || !isCityAdministrator(me) || pathname === '/admin/setup') return null;
  return (
    <div className="setup-banner">
      <Notice kind="warning" title={t('setup.banner')}>
        <Link to="/admin/setup">{t('setup.bannerLink')}</Link>
      </Notice>
    </div>
  );
}
