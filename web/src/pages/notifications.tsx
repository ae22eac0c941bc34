import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, client, unwrap, type ApiError } from '../api/client.js';
import type { Schema } from '../api/types.js';
import { Notice, Tag } from '../components/notice.js';
import { PageHeading, useTitle } from '../components/page.js';
import { QueryView } from '../components/query-view.js';
import { useFormat } from '../format.js';
import { markedRead } from '../unread.js';
import { useSubmit } from '../use-submit.js';

type Notification = Schema<'Notification'>;
type NotificationList = Schema<'NotificationList'>;
const pageSize = 20;

/** The person's notifications, newest first, a page of 20 at a time ("show more" asks for those before the last). */
function useNotifications() {
  const { i18n } = useTranslation();
  return useInfiniteQuery<NotificationList, ApiError, NotificationList[], readonly unknown[], string | null>({
    // under the path's key, so invalidate('/api/notifications') reloads every page shown
    queryKey: ['/api/notifications', { query: { limit: pageSize } }, i18n.language, 'pages'],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        client.GET('/api/notifications', {
          params: { query: { limit: pageSize, ...(pageParam ? { before: pageParam } : {}) } },
          signal,
          headers: { 'Accept-Language': i18n.language },
        }),
      ),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextBefore,
    select: (data) => data.pages,
  });
}

/** The signed-in person's notifications, newest first: unread ones stand out; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  useTitle(t('notifications.title'));
  const list = useNotifications();
  const { busy, error, run } = useSubmit();

  const markAll = () => run(() => api.POST('/api/notifications/read', { body: { all: true } }), markedRead);

  return (
    <>
      <PageHeading>{t('notifications.title')}</PageHeading>
      <p className="lead">{t('notifications.lead')}</p>
      {error ? <Notice kind="error" title={error.message} /> : null}
      <QueryView query={list}>
        {(pages) => {
          const items = pages.flatMap((p) => p.items);
          if (items.length === 0) return <p>{t('notifications.empty')}</p>;
          const unread = items.filter((n) => !n.read).length;
          return (
            <>
              <div className="toolbar">
                <p className="result-count" role="status">
                  {unread ? t('notifications.unreadCount', { count: unread }) : t('notifications.allRead')}
                </p>
                {unread ? (
                  <button type="button" className="button button--secondary" disabled={busy} onClick={() => void markAll()}>
                    {t('notifications.markAll')}
                  </button>
                ) : null}
              </div>
              <ol className="notification-list">
                {items.map((n) => (
                  <NotificationItem key={n.id} n={n} />
                ))}
              </ol>
              {list.hasNextPage ? (
                <button type="button" className="button button--secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                  {t('notifications.more')}
                </button>
              ) : null}
              {list.isFetchNextPageError && list.error ? <Notice kind="error" title={list.error.message} /> : null}
            </>
          );
        }}
      </QueryView>
    </>
  );
}

function NotificationItem({ n }: { n: Notification }) {
  const { t } = useTranslation();
  const f = useFormat();
  // the link is followed at once; the count and the list change when the answer comes
  const open = () => {
    if (!n.read) api.POST('/api/notifications/read', { body: { ids: [n.id] } }).then(markedRead, () => undefined);
  };
  return (
    <li className={`notification${n.read ? '' : ' notification--unread'}`}>
      {n.read ? null : (
        <span className="notification__new">
          <Tag kind="accent">{t('notifications.new')}</Tag>
        </span>
      )}
      <Link className="notification__link" to={n.path} onClick={open}>
        {n.text}
      </Link>
      <time className="notification__time" dateTime={n.createdAt}>
        {f.dateTime(n.createdAt)}
      </time>
    </li>
  );
}
