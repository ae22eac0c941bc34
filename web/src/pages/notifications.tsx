import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type AppNotification } from '../api.js';
import { Notice, Tag } from '../components/notice.js';
import { LoadError, Loading, PageHeading, useTitle } from '../components/page.js';
import { useFormat } from '../format.js';
import { setUnread } from '../unread.js';
import { useLoad } from '../use-load.js';
import { useSubmit } from '../use-submit.js';

const pageSize = 20;
type Page = { items: AppNotification[]; unread: number; nextBefore: string | null };

/** The signed-in person's notifications, newest first: unread ones stand out; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('notifications.title'));
  const first = useLoad('notifications', async () => {
    const page = await api<Page>('GET', `/api/notifications?limit=${pageSize}`);
    setUnread(page.unread);
    return page;
  });
  const [extra, setExtra] = useState<{ items: AppNotification[]; nextBefore: string | null } | null>(null);
  const [readIds, setReadIds] = useState<Set<string>>(new Set());
  const [allRead, setAllRead] = useState(false);
  const { busy, error, run } = useSubmit();

  const items = [...(first.data?.items ?? []), ...(extra?.items ?? [])];
  const nextBefore = extra ? extra.nextBefore : (first.data?.nextBefore ?? null);
  const isRead = (n: AppNotification) => n.read || allRead || readIds.has(n.id);
  const unreadShown = items.filter((n) => !isRead(n)).length;

  function markRead(n: AppNotification) {
    if (isRead(n)) return;
    setReadIds((s) => new Set(s).add(n.id));
    // the link is followed at once; the count is updated when the answer comes
    api<{ unread: number }>('POST', '/api/notifications/read', { ids: [n.id] }).then(
      (res) => setUnread(res.unread),
      () => undefined,
    );
  }

  const markAll = () =>
    run(
      () => api<{ unread: number }>('POST', '/api/notifications/read', { all: true }),
      (res) => {
        setAllRead(true);
        setUnread(res.unread);
      },
    );

  const loadMore = () =>
    run(
      () => api<Page>('GET', `/api/notifications?limit=${pageSize}&before=${encodeURIComponent(nextBefore ?? '')}`),
      (page) => setExtra((prev) => ({ items: [...(prev?.items ?? []), ...page.items], nextBefore: page.nextBefore })),
    );

  return (
    <>
      <PageHeading>{t('notifications.title')}</PageHeading>
      <p className="lead">{t('notifications.lead')}</p>
      {error ? <Notice kind="error" title={error.message} /> : null}
      {first.error ? (
        <LoadError error={first.error} retry={first.reload} />
      ) : !first.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{t('notifications.empty')}</p>
      ) : (
        <>
          <div className="toolbar">
            <p className="result-count" role="status">
              {unreadShown ? t('notifications.unreadCount', { count: unreadShown }) : t('notifications.allRead')}
            </p>
            {unreadShown ? (
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => void markAll()}>
                {t('notifications.markAll')}
              </button>
            ) : null}
          </div>
          <ol className="notification-list">
            {items.map((n) => {
              const unread = !isRead(n);
              return (
                <li key={n.id} className={`notification${unread ? ' notification--unread' : ''}`}>
                  {unread ? (
                    <span className="notification__new">
                      <Tag kind="accent">{t('notifications.new')}</Tag>
                    </span>
                  ) : null}
                  <Link className="notification__link" to={n.path} onClick={() => markRead(n)}>
                    {n.text}
                  </Link>
                  <time className="notification__time" dateTime={n.createdAt}>
                    {f.dateTime(n.createdAt)}
                  </time>
                </li>
              );
            })}
          </ol>
          {nextBefore ? (
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void loadMore()}>
              {t('notifications.more')}
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
