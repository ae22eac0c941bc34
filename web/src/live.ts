// Live events of the signed-in person (GET /api/live, Server-Sent Events): one stream per page, shared by every
// component that listens. The stream is open while someone signed in listens and closes when the last listener goes
// or the person signs out. A stream that drops reconnects (the browser's EventSource does, after 3 s; a refusal — a
// session that ended, too many tabs — is tried again after a pause), and every reconnection is told to listeners of
// `live.resync`: events sent meanwhile are gone, so a page refetches what it shows. A page hidden for a minute lets its
// stream go and takes it up again (with a resync) when shown: over HTTP/1.1 a browser keeps at most 6 connections to a
// site, and each open stream holds one, so tabs left in the background must not starve the one in front.
import { useEffect, useRef } from 'react';
import { useSession } from './session.js';

/** Heard when events may have been missed (the stream reopened, or the server lost its own feed): refetch. */
export const liveResync = 'live.resync';

type Handler = (data: unknown) => void;

const handlers = new Map<string, Set<Handler>>();
let source: EventSource | null = null;
let sourceUser: string | null = null;
let opened = 0;
let retry: ReturnType<typeof setTimeout> | null = null;
/** A refused stream (401, 429, 503) is not reopened by the browser: we try again after this long. */
const refusedRetryMs = 30_000;
/** How long a hidden page keeps its stream. */
const hiddenReleaseMs = 60_000;
let hiddenTimer: ReturnType<typeof setTimeout> | null = null;
/** Whose stream was let go while the page was hidden (taken up again when it is shown). */
let released: string | null = null;
let watchingVisibility = false;

function onVisibilityChange(): void {
  if (document.visibilityState === 'hidden') {
    hiddenTimer ??= setTimeout(() => {
      hiddenTimer = null;
      const user = sourceUser;
      close();
      released = user;
    }, hiddenReleaseMs);
    return;
  }
  if (hiddenTimer) clearTimeout(hiddenTimer);
  hiddenTimer = null;
  const user = released;
  released = null;
  if (user && listenerCount() > 0) {
    open(user);
    // what came while it was let go is gone
    opened = 1;
  }
}

function dispatch(type: string, data: unknown): void {
  for (const h of [...(handlers.get(type) ?? [])]) h(data);
}

function listenerCount(): number {
  let n = 0;
  for (const set of handlers.values()) n += set.size;
  return n;
}

function listenTo(es: EventSource, type: string): void {
  es.addEventListener(type, (e) => {
    let data: unknown = null;
    try {
      data = JSON.parse((e as MessageEvent<string>).data);
    } catch {
      // a comment or an empty event: no data
    }
    dispatch(type, data);
  });
}

function open(userId: string): void {
  close();
  if (!watchingVisibility && typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onVisibilityChange);
    watchingVisibility = true;
  }
  sourceUser = userId;
  const es = new EventSource('/api/live', { withCredentials: true });
  source = es;
  opened = 0;
  es.addEventListener('live.open', () => {
    // the first open finds the page just loaded; a later one follows a drop
    if (opened++ > 0) dispatch(liveResync, null);
  });
  for (const type of handlers.keys()) if (type !== liveResync) listenTo(es, type);
  listenTo(es, liveResync);
  es.addEventListener('error', () => {
    if (es.readyState !== EventSource.CLOSED || source !== es) return;
    retry = setTimeout(() => {
      retry = null;
      if (source === es && sourceUser) {
        open(sourceUser);
        // what came while it was refused is gone
        opened = 1;
      }
    }, refusedRetryMs);
  });
}

function close(): void {
  if (retry) clearTimeout(retry);
  retry = null;
  released = null;
  source?.close();
  source = null;
  sourceUser = null;
}

/** Opens, keeps or closes the page's one stream for who is signed in and whether anyone listens. */
function reconcile(userId: string | null): void {
  if (!userId || listenerCount() === 0) return close();
  if (sourceUser !== userId) open(userId);
}

/**
 * Adds `handler` for live events of `type` for `userId` (null: signed out, nothing opens) to the page's one stream,
 * opening it if needed; returns the removal, which closes the stream when no one listens any more.
 */
export function listenLive(userId: string | null, type: string, handler: Handler): () => void {
  let set = handlers.get(type);
  const isNewType = !set;
  if (!set) handlers.set(type, (set = new Set()));
  set.add(handler);
  // a type the open stream does not listen for yet
  if (isNewType && source && type !== liveResync) listenTo(source, type);
  reconcile(userId);
  return () => {
    set.delete(handler);
    if (listenerCount() === 0) close();
  };
}

/**
 * Calls `handler` with each live event of `type` for the signed-in person (its `data`: ids to refetch by), and with
 * `liveResync` when some may have been missed. Signed out, nothing is opened.
 */
export function useLive(type: string, handler: (data: unknown) => void): void {
  const { me } = useSession();
  const userId = me?.id ?? null;
  // the latest handler is called, without reopening anything when a render gives a new function
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => listenLive(userId, type, (data) => latest.current(data)), [type, userId]);
}
