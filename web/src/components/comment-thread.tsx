import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api, commentSorts, maxCommentDepth, type CommentNode, type CommentPage, type CommentSort } from '../api.js';
import { useSession } from '../session.js';
import { useLoad } from '../use-load.js';
import { useSubmit } from '../use-submit.js';
import { CommentItem, type CommentActions } from './comment-item.js';
import { CommentForm } from './comment-form.js';
import { Notice } from './notice.js';
import { LoadError, Loading } from './page.js';

const pageSize = 20;

/** Replaces the node `id` anywhere in the list (top level or among a root's replies). */
function mapNode(items: CommentNode[], id: string, fn: (n: CommentNode) => CommentNode): CommentNode[] {
  return items.map((root) => {
    if (root.id === id) return fn(root);
    if (!root.replies.some((r) => r.id === id)) return root;
    return { ...root, replies: root.replies.map((r) => (r.id === id ? fn(r) : r)) };
  });
}

/** Adds what is not there yet (a page or a linked comment may overlap what is shown). */
function addNew(existing: CommentNode[], more: CommentNode[]): CommentNode[] {
  const seen = new Set(existing.map((n) => n.id));
  return [...existing, ...more.filter((n) => !seen.has(n.id))];
}

interface ThreadState {
  key: string;
  items: CommentNode[];
  nextCursor: string | null;
  total: number;
  /** Per root: the cursor of its next replies page (absent: not asked yet). */
  replyCursors: Record<string, string | null>;
}

/**
 * The comments of anything that hosts them (`hostType`/`hostId`): sort, pages by cursor, replies
 * nested two levels deep, votes, edit, delete, flag. A link to `#comment-<id>` scrolls to that
 * comment, loading it first when it is not on the first page.
 */
export function CommentThread({ hostType, hostId }: { hostType: string; hostId: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const [sort, setSort] = useState<CommentSort>('best');
  const base = `/api/comments/${encodeURIComponent(hostType)}/${encodeURIComponent(hostId)}`;
  const key = `${base}?sort=${sort}|${me?.id ?? ''}`;
  // wait for the session: what is mine, my votes and what I may see depend on it
  const first = useLoad(me === undefined ? null : key, () => api<CommentPage>('GET', `${base}?sort=${sort}&limit=${pageSize}`));
  const [state, setState] = useState<ThreadState | null>(null);
  const more = useSubmit();
  const [focusId, setFocusId] = useState<string | null>(null);
  const anchorDone = useRef<string | null>(null);

  const view: ThreadState | null =
    state?.key === key
      ? state
      : first.data
        ? { key, items: first.data.items, nextCursor: first.data.nextCursor, total: first.data.total, replyCursors: {} }
        : null;
  const host = first.data?.host;

  const update = (fn: (s: ThreadState) => ThreadState) => setState((prev) => fn(prev?.key === key ? prev : view!));

  // a link to one comment: scroll to it, loading it (and its branch) when it is not shown yet
  useEffect(() => {
    const m = /^#comment-([\w-]+)$/.exec(location.hash);
    if (!view || !m) return;
    const id = m[1]!;
    if (anchorDone.current === `${key}#${id}`) return;
    anchorDone.current = `${key}#${id}`;
    if (document.getElementById(`comment-${id}`)) {
      setFocusId(id);
      return;
    }
    void (async () => {
      try {
        const node = await api<CommentNode>('GET', `/api/comments/${encodeURIComponent(id)}`);
        const root = node.rootId === node.id ? node : await api<CommentNode>('GET', `/api/comments/${encodeURIComponent(node.rootId)}`);
        const replies =
          root.replyCount === 0
            ? { items: [] as CommentNode[], nextCursor: null }
            : await api<{ items: CommentNode[]; nextCursor: string | null }>('GET', `/api/comments/${root.id}/replies?limit=50`);
        update((s) => ({
          ...s,
          items: s.items.some((r) => r.id === root.id)
            ? s.items
            : [{ ...root, replies: addNew(root.replies, replies.items), moreReplies: replies.nextCursor !== null }, ...s.items],
          replyCursors: { ...s.replyCursors, [root.id]: replies.nextCursor },
        }));
        setFocusId(id);
      } catch {
        // the comment is gone or hidden: the thread is shown as it is
      }
    })();
  }, [location.hash, view === null, key]);

  useEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(`comment-${focusId}`);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.querySelector<HTMLElement>('article')?.focus({ preventScroll: true });
    setFocusId(null);
  }, [focusId, view]);

  async function loadMore() {
    if (!view?.nextCursor) return;
    const cursor = view.nextCursor;
    await more.run(
      () => api<CommentPage>('GET', `${base}?sort=${sort}&limit=${pageSize}&cursor=${encodeURIComponent(cursor)}`),
      (page) => update((s) => ({ ...s, items: addNew(s.items, page.items), nextCursor: page.nextCursor, total: page.total })),
    );
  }

  async function loadReplies(root: CommentNode) {
    const cursor = view?.replyCursors[root.id];
    await more.run(
      () =>
        api<{ items: CommentNode[]; nextCursor: string | null }>(
          'GET',
          `/api/comments/${root.id}/replies?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        ),
      (page) =>
        update((s) => ({
          ...s,
          items: s.items.map((r) => (r.id === root.id ? { ...r, replies: addNew(r.replies, page.items), moreReplies: page.nextCursor !== null } : r)),
          replyCursors: { ...s.replyCursors, [root.id]: page.nextCursor },
        })),
    );
  }

  const actions: CommentActions = {
    replaced: (node) =>
      update((s) => ({ ...s, items: mapNode(s.items, node.id, (old) => ({ ...old, ...node, replies: old.replies, moreReplies: old.moreReplies })) })),
    voted: (id, v) => update((s) => ({ ...s, items: mapNode(s.items, id, (old) => ({ ...old, ...v })) })),
    deleted: (id) => update((s) => ({ ...s, items: mapNode(s.items, id, (old) => ({ ...old, deleted: true, body: null })) })),
    replied: (node) => {
      update((s) => ({
        ...s,
        total: s.total + 1,
        items: s.items.map((r) => (r.id === node.rootId ? { ...r, replies: [...r.replies, node], replyCount: r.replyCount + 1 } : r)),
      }));
      setFocusId(node.id);
    },
    loadReplies: (root) => void loadReplies(root),
  };

  function posted(node: CommentNode) {
    update((s) => ({ ...s, total: s.total + 1, items: [{ ...node, replies: [], moreReplies: false }, ...s.items.filter((n) => n.id !== node.id)] }));
  }

  return (
    <section className="section thread" aria-labelledby="thread-title">
      <h2 id="thread-title">
        {t('thread.title')}
        {view ? <span className="thread__count"> {t('thread.count', { n: view.total })}</span> : null}
      </h2>

      {host ? (
        me === null ? (
          <p>
            <Link className="button" to={`/login?next=${encodeURIComponent(location.pathname)}`}>
              {t('thread.signIn')}
            </Link>
          </p>
        ) : host.canComment ? (
          <CommentForm idPrefix="c-new" host={host} mode={{ kind: 'new' }} onDone={posted} />
        ) : (
          <Notice>{host.cannotCommentReason ?? t('thread.closed')}</Notice>
        )
      ) : null}

      {first.error ? (
        <LoadError error={first.error} retry={first.reload} />
      ) : !view || !host ? (
        <Loading />
      ) : (
        <>
          {view.items.length ? (
            <div className="thread__sort" role="group" aria-label={t('thread.sortLabel')}>
              <span className="thread__sort-label" aria-hidden="true">
                {t('thread.sortLabel')}:
              </span>
              {commentSorts.map((s) => (
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
              <CommentItem key={root.id} node={root} branch={root.replies} host={host} actions={actions} maxDepth={maxCommentDepth} />
            ))}
          </ol>
          {more.error ? <Notice kind="error" title={more.error.message} /> : null}
          {view.nextCursor ? (
            <button type="button" className="button button--secondary" disabled={more.busy} onClick={() => void loadMore()}>
              {t('thread.more')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
