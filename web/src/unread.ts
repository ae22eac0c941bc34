// The number of unread notifications: one query shared by the header's bell and the notifications page.
// The bell asks again every minute while the tab is shown and when the person comes back to it; marking
// something read puts the server's new count straight into the cache (markedRead), so the bell changes
// at once instead of at its next poll.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery, invalidate, queryClient } from './api/query.js';
import type { Schema } from './api/types.js';

const path = '/api/notifications/unread-count';
const pollMs = 60_000;

/** The unread count of the signed-in person (undefined until known, and while signed out: the query waits). */
export function useUnread(signedIn: boolean): number | undefined {
  const { i18n } = useTranslation();
  const { data } = useQuery({
    ...apiQuery(path, undefined, i18n.language),
    enabled: signedIn,
    // a page in the background does not ask; coming back to it does
    refetchInterval: pollMs,
    refetchOnWindowFocus: true,
    select: (r) => r.unread,
  });
  return signedIn ? data : undefined;
}

/** Asks for the count again (a change of page may have brought news), unless it is being asked for already. */
export function refreshUnread(): void {
  void queryClient.invalidateQueries({ queryKey: [path] }, { cancelRefetch: false });
}

/**
 * After notifications were marked read: the server's answer is the new count (every language's copy of
 * the query gets it), and the notification list is loaded again to show them read.
 */
export function markedRead(res: Schema<'UnreadNotifications'>): Promise<void> {
  queryClient.setQueriesData<Schema<'UnreadNotifications'>>({ queryKey: [path] }, () => res);
  return invalidate('/api/notifications');
}
