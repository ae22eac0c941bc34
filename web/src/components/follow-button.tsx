import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api, type FollowState } from '../api.js';
import { useSession } from '../session.js';
import { useLoad } from '../use-load.js';
import { useSubmit } from '../use-submit.js';

/**
 * Follow or unfollow anything (a discussion, later a report or a proposal), with how many people
 * follow it. Signed out, a link to sign in and come back.
 */
export function FollowButton({ entityType, entityId }: { entityType: string; entityId: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const path = `/api/follows/${encodeURIComponent(entityType)}/${encodeURIComponent(entityId)}`;
  const loaded = useLoad(me === undefined ? null : `follow-${path}-${me?.id ?? ''}`, () => api<FollowState>('GET', path));
  const [changed, setChanged] = useState<(FollowState & { key: string }) | null>(null);
  const { busy, error, run } = useSubmit();
  const state = changed && changed.key === path ? changed : loaded.data;

  const toggle = () =>
    run(
      () => api<FollowState>(state?.following ? 'DELETE' : 'PUT', path),
      (res) => setChanged({ ...res, key: path }),
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
