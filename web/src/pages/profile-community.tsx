import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { emailModes, type EmailMode } from '@server/modules/notifications/domain/email-modes.js';
import { api } from '../api/client.js';
import { invalidate, useApiQuery } from '../api/query.js';
import type { Schema } from '../api/types.js';
import { ErrorSummary, fieldMessage } from '../components/errors.js';
import { RadioGroup } from '../components/fields.js';
import { Notice } from '../components/notice.js';
import { useErrorTitle } from '../components/page.js';
import { QueryView } from '../components/query-view.js';
import { useFormat } from '../format.js';
import { useSubmit } from '../use-submit.js';

/** How notifications reach the person by e-mail: each at once, a daily digest, or not at all. */
export function NotificationSettings() {
  const { t } = useTranslation();
  const settings = useApiQuery('/api/me/notification-settings');
  const [mode, setMode] = useState<EmailMode | null>(null);
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const [saved, setSaved] = useState(false);
  const current = mode ?? settings.data?.emailMode ?? null;

  const save = (e: FormEvent) => {
    setSaved(false);
    submit(
      () => api.PATCH('/api/me/notification-settings', { body: { emailMode: current ?? 'immediate' } }),
      (res) => {
        setMode(res.emailMode);
        setSaved(true);
        void invalidate('/api/me/notification-settings');
      },
    )(e);
  };

  return (
    <section aria-labelledby="notifications-title" className="section">
      <h2 id="notifications-title">{t('profile.notificationsTitle')}</h2>
      <p>{t('profile.notificationsText')}</p>
      <QueryView query={settings}>
        {() => (
          <form onSubmit={save} noValidate className="form">
            <ErrorSummary id="notifications-errors" error={error} targets={{ emailMode: 'f-emailMode-immediate' }} />
            {saved ? <Notice kind="success">{t('profile.notificationsSaved')}</Notice> : null}
            <RadioGroup
              idPrefix="f-emailMode"
              legend={t('profile.emailMode')}
              value={current ?? ''}
              onChange={(v) => setMode(v as EmailMode)}
              error={fieldMessage(error, 'emailMode')}
              options={emailModes.map((m) => ({ value: m, label: t(`profile.emailMode.${m}`) }))}
            />
            <button className="button button--secondary" type="submit" disabled={busy}>
              {t('profile.notificationsSave')}
            </button>
          </form>
        )}
      </QueryView>
    </section>
  );
}

const pageSize = 20;
const knownTypes = ['discussion', 'comment', 'person'] as const;
type FollowItem = Schema<'MyFollows'>['items'][number];

/** What the person follows, each with "Unfollow"; pages of 20 with "show more". */
export function FollowList() {
  const { t } = useTranslation();
  const f = useFormat();
  const first = useApiQuery('/api/me/follows', { query: { limit: pageSize, offset: 0 } });
  const [more, setMore] = useState<FollowItem[]>([]);
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const { busy, error, run } = useSubmit();
  const [status, setStatus] = useState('');

  const all = [...(first.data?.items ?? []), ...more];
  const items = all.filter((x) => !removed.has(`${x.type}:${x.id}`));
  const total = first.data?.total ?? 0;
  const typeName = (type: string) => ((knownTypes as readonly string[]).includes(type) ? t(`follows.type.${type as (typeof knownTypes)[number]}`) : type);

  const unfollow = (x: FollowItem) =>
    run(
      () => api.DELETE('/api/follows/{entityType}/{entityId}', { params: { path: { entityType: x.type, entityId: x.id } } }),
      () => {
        setRemoved((s) => new Set(s).add(`${x.type}:${x.id}`));
        setStatus(t('follows.unfollowed', { title: x.title }));
        // the thing's own page shows it unfollowed (this list keeps its place until it is opened again)
        void invalidate('/api/follows/{entityType}/{entityId}');
      },
    );

  const loadMore = () =>
    run(
      () => api.GET('/api/me/follows', { params: { query: { limit: pageSize, offset: all.length - removed.size } } }),
      (page) => setMore((m) => [...m, ...page.items]),
    );

  return (
    <section aria-labelledby="follows-title" className="section">
      <h2 id="follows-title">{t('follows.title')}</h2>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {error ? <Notice kind="error" title={error.message} /> : null}
      <QueryView query={first}>
        {() =>
          items.length === 0 ? (
            <p>
              {t('follows.empty')} <Link to="/discussions">{t('follows.findDiscussions')}</Link>
            </p>
          ) : (
            <>
              <ul className="role-list follow-list">
                {items.map((x) => (
                  <li className="role-list__item" key={`${x.type}:${x.id}`}>
                    <div>
                      <p className="role-list__role">
                        <Link to={x.path}>{x.title}</Link>
                      </p>
                      <p className="muted">
                        {typeName(x.type)} · {t('follows.since', { date: f.date(x.createdAt) })}
                      </p>
                    </div>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={busy}
                      aria-label={t('follows.unfollowLabel', { title: x.title })}
                      onClick={() => void unfollow(x)}
                    >
                      {t('follow.unfollow')}
                    </button>
                  </li>
                ))}
              </ul>
              {all.length < total ? (
                <button type="button" className="button button--secondary" disabled={busy} onClick={() => void loadMore()}>
                  {t('follows.more')}
                </button>
              ) : null}
            </>
          )
        }
      </QueryView>
    </section>
  );
}
