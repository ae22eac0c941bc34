import { useSyncExternalStore } from 'react';

// The number of unread notifications, shared by the header's bell and the notifications page: a
// page that marks something read tells the bell at once instead of waiting for its next poll.

let unread: number | null = null;
const listeners = new Set<() => void>();

/** Sets the count (null: unknown, e.g. signed out) and tells every subscriber. */
export function setUnread(n: number | null): void {
  if (n === unread) return;
  unread = n;
  for (const l of listeners) l();
}

/** The current unread count; null until known. */
export function useUnread(): number | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => unread,
  );
}
