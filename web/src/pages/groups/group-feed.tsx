import { useTranslation } from 'react-i18next';
import { useApiPages } from '../../api/pages.js';
import type { Schema } from '../../api/types.js';
import { FollowButton } from '../../components/follow-button.js';
import { Notice } from '../../components/notice.js';
import { QueryView } from '../../components/query-view.js';
import { PagesMore, PostForm, PostView } from './group-bits.js';

/** How many posts a page of the feed holds. */
const pageSize = 20;

/**
 * The feed: the post form for members, then pinned posts and the newest, 20 at a time ("Show more" asks for the posts
 * after the last one shown, so a post written meanwhile never repeats one); members only in a group that is not open.
 */
export function GroupFeed({ g }: { g: Schema<'Group'> }) {
  const { t } = useTranslation();
  const feed = useApiPages('/api/groups/{id}/posts', g.me.canReadFeed ? { path: { id: g.id }, query: { limit: pageSize } } : null);
  return (
    <section className="group-section" aria-labelledby="group-feed">
      <h2 id="group-feed">{t('groups.feed')}</h2>
      {!g.me.canReadFeed ? <p>{t('groups.feedMembersOnly')}</p> : null}
      {g.me.state === 'member' ? (
        <>
          <p className="muted">{t('groups.followHint')}</p>
          <FollowButton entityType="group" entityId={g.id} />
        </>
      ) : null}
      {g.me.canPost ? <PostForm groupId={g.id} /> : null}
      {g.me.canReadFeed ? (
        <QueryView query={feed}>
          {(pages) => {
            const items = pages.flatMap((p) => p.items);
            const total = pages[0]?.total ?? 0;
            if (!items.length) return <p>{t('groups.noPosts')}</p>;
            return (
              <>
                <ul className="group-feed">
                  {items.map((p) => (
                    <li key={p.id}>
                      <PostView post={p} />
                    </li>
                  ))}
                </ul>
                <PagesMore shown={items.length} total={total} pages={feed} more={t('groups.paging.morePosts')} />
                {feed.isFetchNextPageError && feed.error ? <Notice kind="error" title={feed.error.message} /> : null}
              </>
            );
          }}
        </QueryView>
      ) : null}
    </section>
  );
}
