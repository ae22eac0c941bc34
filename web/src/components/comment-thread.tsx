import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { maxDepth } from '@server/modules/comments/domain/comment-rules.js';
import { threadSorts } from '@server/modules/comments/domain/cursor.js';
import { useSession } from '../session.js';
import { CommentForm } from './comment-form.js';
import { CommentItem } from './comment-item.js';
import { Notice } from './notice.js';
import { QueryView } from './query-view.js';
import { useCommentThread, type CommentHost, type Thread } from './use-comment-thread.js';

/**
 * The comments of anything that hosts them (`hostType`/`hostId`): sort, pages by cursor, replies
 * nested two levels deep, votes, edit, delete, flag. A link to `#comment-<id>` scrolls to that
 * comment, loading it first when it is not on the first page.
 */
export function CommentThread({ hostType, hostId }: { hostType: string; hostId: string }) {
  const { t } = useTranslation();
  const thread = useCommentThread(hostType, hostId);
  const { view, host } = thread;

  return (
    <section className="section thread" aria-labelledby="thread-title">
      <h2 id="thread-title">
        {t('thread.title')}
        {view ? <span className="thread__count"> {t('thread.count', { n: view.total })}</span> : null}
      </h2>
      {host ? <NewComment host={host} posted={thread.posted} /> : null}
      <QueryView query={thread.first}>{() => <Comments thread={thread} />}</QueryView>
    </section>
  );
}

/** The form for a new comment; signed out, a link to sign in and come back; or why commenting is closed. */
function NewComment({ host, posted }: { host: CommentHost; posted: Thread['posted'] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  if (me === null) {
    return (
      <p>
        <Link className="button" to={`/login?next=${encodeURIComponent(location.pathname)}`}>
          {t('thread.signIn')}
        </Link>
      </p>
    );
  }
  if (!host.canComment) return <Notice>{host.cannotCommentReason ?? t('thread.closed')}</Notice>;
  return <CommentForm idPrefix="c-new" host={host} mode={{ kind: 'new' }} onDone={posted} />;
}

/** The sort buttons, the comments with their replies, and "more". */
function Comments({ thread }: { thread: Thread }) {
  const { t } = useTranslation();
  const { view, host, sort, setSort, actions, more } = thread;
  if (!view || !host) return null;
  return (
    <>
      {view.items.length ? (
        <div className="thread__sort" role="group" aria-label={t('thread.sortLabel')}>
          <span className="thread__sort-label" aria-hidden="true">
            {t('thread.sortLabel')}:
          </span>
          {threadSorts.map((s) => (
            <button key={s} type="button" className="chip" aria-pressed={sort === s} onClick={() => setSort(s)}>
              {t(`thread.sort.${s}`)}
            </button>
          ))}
        </div>
      ) : (
        <p className="muted">{t('thread.empty')}</p>
      )}
      <ol className="comments">
        {view.items.map((root) => (
          <CommentItem key={root.id} node={root} branch={root.replies} host={host} actions={actions} maxDepth={maxDepth} />
        ))}
      </ol>
      {more.error ? <Notice kind="error" title={more.error.message} /> : null}
      {view.nextCursor ? (
        <button type="button" className="button button--secondary" disabled={more.busy} onClick={() => void thread.loadMore()}>
          {t('thread.more')}
        </button>
      ) : null}
    </>
  );
}
