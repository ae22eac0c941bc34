import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../session.js';
import { refreshUnread, useUnread } from '../unread.js';

/**
 * The header's bell: a link to the notifications with the number of unread ones. The count is asked
 * for every minute and on every change of page; its name says the number in words.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const signedIn = !!me;
  const unread = useUnread(signedIn);

  useEffect(() => {
    if (signedIn) refreshUnread();
  }, [signedIn, location.pathname]);

  if (!signedIn) return null;
  const n = unread ?? 0;
  const label = n > 0 ? t('notifications.bellLabel', { count: n }) : t('notifications.bellNone');
  return (
    <Link className="bell" to="/notifications" aria-label={label} title={label}>
      <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"
          fill="currentColor"
        />
      </svg>
      {n > 0 ? (
        <span className="bell__count" aria-hidden="true">
          {n > 99 ? '99+' : n}
        </span>
      ) : null}
    </Link>
  );
}
