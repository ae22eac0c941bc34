// The state of a comment thread: its first page from the query cache, then what the person does to it
// (more pages, more replies, a vote, an edit, a reply, a deletion) kept on the page, so nothing shown
// moves or reloads under the reader; a comment linked by the address (#comment-<id>) is loaded with its
// branch when it is not on the first page.
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { ThreadSort } from '@server/modules/comments/domain/cursor.js';
import { api } from '../api/client.js';
import { invalidate, useApiQuery } from '../api/query.js';
import type { Schema } from '../api/types.js';
import { useSession } from '../session.js';
import { useSubmit, type Submission } from '../use-submit.js';

/** A top-level comment with the replies shown under it. */
export type ThreadComment = Schema<'ThreadComment'>;
/** Any comment (a reply's own `replies` are never filled: the thread keeps them flat under their root). */
export type CommentNode = Schema<'CommentReply'>;
/** What the thread is about and whether the person may comment on it. */
export type CommentHost = Schema<'CommentThreadPage'>['host'];

/** What a comment tells its thread after an action, so the thread updates what it shows. */
export interface CommentActions {
  replaced(node: CommentNode): void;
  voted(id: string, v: Schema<'CommentVoteResult'>): void;
  deleted(id: string): void;
  replied(node: CommentNode): void;
  loadReplies(root: Pick<ThreadComment, 'id'>): void;
}

interface ThreadState {
  key: string;
  items: ThreadComment[];
  nextCursor: string | null;
  total: number;
  /** Per root: the cursor of its next replies page (absent: not asked yet). */
  replyCursors: Record<string, string | null>;
}

const pageSize = 20;
const repliesPage = 50;

/** Replaces the node `id` anywhere in the list (top level or among a root's replies). */
function mapNode(items: ThreadComment[], id: string, fn: <N extends CommentNode>(n: N) => N): ThreadComment[] {
  return items.map((root) => {
    if (root.id === id) return fn(root);
    if (!root.replies.some((r) => r.id === id)) return root;
    return { ...root, replies: root.replies.map((r) => (r.id === id ? fn(r) : r)) };
  });
}

/** Adds what is not there yet (a page or a linked comment may overlap what is shown). */
function addNew<N extends { id: string }>(existing: N[], more: N[]): N[] {
  const seen = new Set(existing.map((n) => n.id));
  return [...existing, ...more.filter((n) => !seen.has(n.id))];
}

/** Scrolls to a comment and puts the focus on it (screen readers read it from there). */
function bringIntoView(id: string): void {
  const el = document.getElementById(`comment-${id}`);
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  el.querySelector<HTMLElement>('article')?.focus({ preventScroll: true });
}

/** Whether comment `id` is shown (a root or one of the replies under it). */
const isShown = (items: ThreadComment[], id: string) => items.some((r) => r.id === id || r.replies.some((x) => x.id === id));

/**
 * The branch of the comment `id` (its root with the first replies), loaded only when asked (`id` set);
 * null while it loads or when it cannot be shown (deleted, hidden: the thread is shown as it is).
 */
function useLinkedBranch(id: string | null): { root: ThreadComment; replyCursor: string | null } | null {
  const node = useApiQuery('/api/comments/{id}', id ? { path: { id } } : null).data;
  const rootId = node?.rootId ?? null;
  const parent = useApiQuery('/api/comments/{id}', rootId && rootId !== node?.id ? { path: { id: rootId } } : null).data;
  const root = node && node.rootId === node.id ? node : parent;
  const replies = useApiQuery('/api/comments/{id}/replies', root && root.replyCount > 0 ? { path: { id: root.id }, query: { limit: repliesPage } } : null);
  if (!root || (root.replyCount > 0 && !replies.data)) return null;
  const page = replies.data ?? { items: [], nextCursor: null };
  return { root: { ...root, replies: page.items, moreReplies: page.nextCursor !== null }, replyCursor: page.nextCursor };
}

export interface Thread {
  sort: ThreadSort;
  setSort(sort: ThreadSort): void;
  /** The first page as loaded (for <QueryView>: loading, failure, retry). */
  first: ReturnType<typeof useFirstPage>;
  /** What is shown now; null until the first page is there. */
  view: ThreadState | null;
  host: CommentHost | undefined;
  actions: CommentActions;
  /** A new top-level comment was posted. */
  posted(node: CommentNode): void;
  loadMore(): Promise<void>;
  /** Loading more comments or replies: busy and the failure. */
  more: Submission;
}

function useFirstPage(hostType: string, hostId: string, sort: ThreadSort, ready: boolean) {
  return useApiQuery('/api/comments/{hostType}/{hostId}', ready ? { path: { hostType, hostId }, query: { sort, limit: pageSize } } : null);
}

/** After a comment is posted or deleted: the lists that count comments and the author's public page. */
export const commentsChanged = () => invalidate('/api/discussions', '/api/people/{id}');

/** The thread of `hostType`/`hostId`: see the file's comment. */
export function useCommentThread(hostType: string, hostId: string): Thread {
  const { me } = useSession();
  const location = useLocation();
  const [sort, setSort] = useState<ThreadSort>('best');
  // wait for the session: what is mine, my votes and what I may see depend on it
  const first = useFirstPage(hostType, hostId, sort, me !== undefined);
  const key = `${hostType}/${hostId}?${sort}|${me?.id ?? ''}`;
  const [state, setState] = useState<ThreadState | null>(null);
  const more = useSubmit();

  const base: ThreadState | null =
    state?.key === key
      ? state
      : first.data
        ? { key, items: first.data.items, nextCursor: first.data.nextCursor, total: first.data.total, replyCursors: {} }
        : null;
  // a link to one comment: once the thread is there, its branch is loaded when it is not on the page, and shown first
  const anchor = /^#comment-([\w-]+)$/.exec(location.hash)?.[1] ?? null;
  const linked = useLinkedBranch(base && anchor && !isShown(base.items, anchor) ? anchor : null);
  const view: ThreadState | null =
    base && linked && !isShown(base.items, linked.root.id)
      ? { ...base, items: [linked.root, ...base.items], replyCursors: { ...base.replyCursors, [linked.root.id]: linked.replyCursor } }
      : base;
  // the first change keeps what is shown (the linked branch too) as the thread's own state
  const update = (fn: (s: ThreadState) => ThreadState) => setState((prev) => fn(prev?.key === key ? prev : view!));

  // the comment to bring into view: the linked one once it is shown (once per thread), then each new reply
  const [focusId, setFocusId] = useState<string | null>(null);
  const anchorDone = useRef<string | null>(null);
  const anchorShown = !!view && !!anchor && isShown(view.items, anchor);
  useEffect(() => {
    if (!anchorShown || anchorDone.current === `${key}#${anchor}`) return;
    anchorDone.current = `${key}#${anchor}`;
    bringIntoView(anchor!);
  }, [anchorShown, anchor, key]);
  useEffect(() => {
    if (focusId) bringIntoView(focusId);
  }, [focusId]);

  async function loadMore() {
    const cursor = view?.nextCursor;
    if (!cursor) return;
    await more.run(
      () => api.GET('/api/comments/{hostType}/{hostId}', { params: { path: { hostType, hostId }, query: { sort, limit: pageSize, cursor } } }),
      (page) => update((s) => ({ ...s, items: addNew(s.items, page.items), nextCursor: page.nextCursor, total: page.total })),
    );
  }

  async function loadReplies(root: Pick<ThreadComment, 'id'>) {
    const cursor = view?.replyCursors[root.id];
    await more.run(
      () => api.GET('/api/comments/{id}/replies', { params: { path: { id: root.id }, query: { limit: repliesPage, ...(cursor ? { cursor } : {}) } } }),
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

  const posted = (node: CommentNode) =>
    update((s) => ({ ...s, total: s.total + 1, items: [{ ...node, replies: [], moreReplies: false }, ...s.items.filter((n) => n.id !== node.id)] }));

  return { sort, setSort, first, view, host: first.data?.host, actions, posted, loadMore, more };
}
