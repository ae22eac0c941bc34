import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api } from '../api/client.js';
import { invalidate, useApiQuery } from '../api/query.js';
import { useSession } from '../session.js';
import { useSubmit } from '../use-submit.js';

/**
 * Follow or unfollow anything (a discussion, a report, a proposal…), with how many people follow
 * it. Signed out, a link to sign in and come back.
 */
export function FollowButton({ entityType, entityId }: { entityType: string; entityId: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const params = { path: { entityType, entityId } };
  // "following" is the signed-in person's: ask once the session is known
  const { data: state } = useApiQuery('/api/follows/{entityType}/{entityId}', me === undefined ? null : params);
  const { busy, error, run } = useSubmit();

  const toggle = () =>
    run(
      () => (state?.following ? api.DELETE('/api/follows/{entityType}/{entityId}', { params }) : api.PUT('/api/follows/{entityType}/{entityId}', { params })),
      () => invalidate('/api/follows/{entityType}/{entityId}', '/api/me/follows'),
    );

  return (
    <div className="entity-action">
      {me === null ? (
        <Link className="button button--secondary button--small" to={`/login?next=${encodeURIComponent(location.pathname)}`}>
          {t('follow.signIn')}
        </Link>
      ) : (
        <button type="button" className="button button--secondary button--small" disabled={busy || !state} onClick={() => void toggle()}>
          {state?.following ? t('follow.unfollow') : t('follow.follow')}
        </button>
      )}
      <span className="entity-action__note" role="status">
        {state ? (state.following ? t('follow.youFollow', { count: state.followers }) : t('follow.followers', { count: state.followers })) : ''}
      </span>
      {error ? (
        <span className="entity-action__error" role="alert">
          {error.message}
        </span>
      ) : null}
    </div>
  );
}
