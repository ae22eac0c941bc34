import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { isCityAdministrator } from '../../roles.js';
import type { Me } from '../../api/types.js';
import { useSession } from '../../session.js';

/** The forbidden-words list is the city's: city moderators and administrators edit it. */
export function canEditWords(me: Me | null | undefined): boolean {
  return isCityAdministrator(me) || !!me?.roles.some((g) => g.role === 'moderator' && g.scopeType === 'city');
}

/** The moderators' own menu, above every moderation page. */
export function ModerationNav() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <nav className="subnav" aria-label={t('moderation.navLabel')}>
      <ul>
        <li>
          <NavLink to="/moderation" end>
            {t('moderation.queueTitle')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/moderation/reports">{t('modReports.title')}</NavLink>
        </li>
        {canEditWords(me) ? (
          <li>
            <NavLink to="/moderation/words">{t('moderation.wordsTitle')}</NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
