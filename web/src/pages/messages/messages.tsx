import { useEffect, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { whoMayWriteOptions, type WhoMayWrite } from '@server/modules/messages/domain/rules.js';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox, RadioGroup } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { liveResync, useLive } from '../../live.js';
import { useSubmit } from '../../use-submit.js';
import './messages.css';

type Summary = Schema<'ConversationSummary'>;

/** The name a conversation goes by: its title, the department asked, or the other people. */
export function conversationName(t: TFunction, lang: string, c: Pick<Summary, 'title' | 'department' | 'members' | 'kind'>): string {
  if (c.department) return t('messages.request', { name: lang === 'en' ? c.department.nameEn : c.department.nameRu });
  if (c.title) return c.title;
  return c.members.map((m) => m.displayName).join(', ') || t('messages.groupChat');
}

/** My conversations, newest first, with their unread counts; then my message settings. */
export function MessagesPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const list = useApiQuery('/api/messages');
  useTitle(t('messages.title'));
  useLive('message', () => void invalidate('/api/messages'));
  useLive(liveResync, () => void invalidate('/api/messages'));
  return (
    <div className="narrow">
      <PageHeading>{t('messages.title')}</PageHeading>
      <p className="lead">{t('messages.lead')}</p>
      <p>
        <Link className="button" to="/messages/new">
          {t('messages.newTitle')}
        </Link>
      </p>
      <QueryView query={list}>
        {(r) =>
          r.items.length ? (
            <ul className="conversation-list">
              {r.items.map((c) => (
                <li key={c.id} className={c.unread ? 'conversation-list__item conversation-list__item--unread' : 'conversation-list__item'}>
                  <Link to={`/messages/${c.id}`} className="conversation-list__name">
                    {conversationName(t, i18n.language, c)}
                  </Link>
                  {c.unread ? <span className="badge"> {t('messages.unread', { count: c.unread })}</span> : null}
                  {c.muted ? <span className="muted"> · {t('messages.muted')}</span> : null}
                  {c.lastMessage ? (
                    <p className="conversation-list__last">
                      {c.lastMessage.mine ? t('messages.you') : ''}
                      {c.lastMessage.excerpt}
                    </p>
                  ) : null}
                  <p className="muted">
                    <time dateTime={c.lastMessageAt}>{f.dateTime(c.lastMessageAt)}</time>
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('messages.none')}</p>
          )
        }
      </QueryView>
      <MessageSettingsForm />
    </div>
  );
}

/** Who may message me, read receipts and e-mail notices. */
function MessageSettingsForm() {
  const { t } = useTranslation();
  const settings = useApiQuery('/api/messages/settings');
  const [draft, setDraft] = useState<Schema<'MessageSettings'> | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useSubmit();
  useErrorTitle(!!error);
  useEffect(() => {
    if (settings.data && !draft) setDraft(settings.data);
  }, [settings.data, draft]);
  if (!draft) return null;
  const save = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    void run(
      () => api.PUT('/api/messages/settings', { body: draft }),
      () => {
        setSaved(true);
        return invalidate('/api/messages/settings');
      },
    );
  };
  return (
    <section className="section" aria-labelledby="message-settings-title">
      <h2 id="message-settings-title">{t('messages.settingsTitle')}</h2>
      <ErrorSummary error={error} targets={{ whoMayWrite: 'f-who-contacts', readReceipts: 'f-receipts', emailNotice: 'f-notice' }} />
      {saved ? <Notice kind="success">{t('messages.saved')}</Notice> : null}
      <form onSubmit={save} noValidate>
        <RadioGroup
          idPrefix="f-who"
          legend={t('messages.whoMayWrite')}
          value={draft.whoMayWrite}
          onChange={(v) => setDraft({ ...draft, whoMayWrite: v as WhoMayWrite })}
          error={fieldMessage(error, 'whoMayWrite')}
          options={whoMayWriteOptions.map((o) => ({ value: o, label: t(`messages.whoMayWrite.${o}`) }))}
        />
        <Checkbox id="f-receipts" label={t('messages.readReceipts')} checked={draft.readReceipts} onChange={(v) => setDraft({ ...draft, readReceipts: v })} />
        <Checkbox id="f-notice" label={t('messages.emailNotice')} checked={draft.emailNotice} onChange={(v) => setDraft({ ...draft, emailNotice: v })} />
        <button type="submit" className="button" disabled={busy}>
          {t('messages.saveSettings')}
        </button>
      </form>
    </section>
  );
}
