import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import { CommentThread } from '../../components/comment-thread.js';
import { FlagButton } from '../../components/flag-dialog.js';
import { FollowButton } from '../../components/follow-button.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { ShareButton } from '../../components/share-button.js';
import { useSession } from '../../session.js';
import { NotFoundPage } from '../not-found.js';
import { PostView } from './group-bits.js';
import './groups.css';

/** One post of a community with its comments (members comment; a members-only group's posts are not found by others). */
export function GroupPostPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  const post = useApiQuery('/api/groups/posts/{id}', me === undefined ? null : { path: { id } });
  useTitle(post.data ? `${t('groups.postTitle')}: ${post.data.groupName}` : t('groups.postTitle'));
  if (post.error?.status === 404 || post.error?.status === 400) return <NotFoundPage />;
  return (
    <QueryView query={post}>
      {(p) => (
        <>
          <p>
            <Link className="back-link" to={`/groups/${p.groupId}`}>
              {t('groups.toGroup', { name: p.groupName })}
            </Link>
          </p>
          <PageHeading>{`${t('groups.postTitle')}: ${p.groupName}`}</PageHeading>
          <PostView post={p} onPage />
          <div className="entity-actions" role="group" aria-label={t('groups.postActions')}>
            <FollowButton entityType="group_post" entityId={p.id} />
            <ShareButton title={p.groupName} path={`/groups/posts/${p.id}`} />
            {me && me.id !== p.author.id && p.moderation === 'visible' ? (
              <FlagButton entityType="group_post" entityId={p.id} label={t('groups.flagPost')} />
            ) : null}
          </div>
          <CommentThread hostType="group_post" hostId={p.id} />
        </>
      )}
    </QueryView>
  );
}
