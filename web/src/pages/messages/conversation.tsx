import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { messageLimits } from '@server/modules/messages/domain/rules.js';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { useConfirm } from '../../components/confirm-dialog.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { FlagButton } from '../../components/flag-dialog.js';
import { TextArea } from '../../components/fields.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { liveResync, useLive } from '../../live.js';
import { useSubmit } from '../../use-submit.js';
import { NotFoundPage } from '../not-found.js';
import { conversationName } from './messages.js';
import { PeoplePicker } from './people-picker.js';
import './messages.css';

type Conversation = Schema<'Conversation'>;
type Message = Schema<'Message'>;

/** One conversation: its messages (new ones arrive live), the composer, reporting a message and blocking a person. */
export function ConversationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const thread = useApiQuery('/api/messages/{id}', { path: { id } });
  const name = thread.data ? conversationName(t, i18n.language, thread.data) : t('messages.title');
  useTitle(name);
  const refetch = () => void invalidate('/api/messages/{id}', '/api/messages');
  useLive('message', (data) => {
    if ((data as { conversationId?: string } | null)?.conversationId === id) refetch();
  });
  useLive(liveResync, refetch);
  // what is on screen is read
  const last = thread.data?.messages.at(-1)?.id;
  useEffect(() => {
    if (last) void api.POST('/api/messages/{id}/read', { params: { path: { id } } }).then(() => invalidate('/api/messages', '/api/messages/unread'));
  }, [id, last]);
  if (thread.error?.status === 404 || thread.error?.status === 400) return <NotFoundPage />;
  return (
    <div className="narrow">
      <p>
        <Link className="back-link" to="/messages">
          {t('messages.back')}
        </Link>
      </p>
      <PageHeading>{name}</PageHeading>
      <QueryView query={thread}>{(c) => <Thread c={c} />}</QueryView>
    </div>
  );
}

function Thread({ c }: { c: Conversation }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <p className="muted">{t('messages.live')}</p>
      <ol className="message-list" aria-live="polite">
        {c.messages.map((m) => (
          <MessageItem key={m.id} m={m} />
        ))}
      </ol>
      {c.members
        .filter((p) => p.readUpTo)
        .map((p) => (
          <p key={p.id} className="muted">
            {t('messages.readUpTo', { name: p.displayName, time: f.dateTime(p.readUpTo!) })}
          </p>
        ))}
      {c.canWrite ? <Composer id={c.id} /> : <Notice kind="warning">{t('messages.blockedNotice')}</Notice>}
      {c.kind === 'direct' ? c.members.map((p) => <BlockButton key={p.id} person={p} />) : null}
      <MuteButton c={c} />
      {c.kind === 'group' ? <GroupMembers c={c} /> : null}
    </>
  );
}

/** Mute or unmute: a muted conversation sends no e-mail and is left out of the menu's count. */
function MuteButton({ c }: { c: Conversation }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmit();
  useErrorTitle(!!error);
  return (
    <div className="conversation-tool">
      <ErrorSummary error={error} targets={{}} />
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={c.muted}
        disabled={busy}
        onClick={() =>
          void run(
            () => api.PUT('/api/messages/{id}/muted', { params: { path: { id: c.id } }, body: { muted: !c.muted } }),
            () => invalidate('/api/messages/{id}', '/api/messages', '/api/messages/unread'),
          )
        }
      >
        {t('messages.mute')}
      </button>
      <p className="muted">{t(c.muted ? 'messages.mutedHint' : 'messages.muteHint')}</p>
    </div>
  );
}

/** A group chat's people; its starter adds more from the people they write with; a member leaves it. */
function GroupMembers({ c }: { c: Conversation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [picked, setPicked] = useState<string[]>([]);
  const adding = useSubmit();
  const leaving = useSubmit();
  const { ask, dialog } = useConfirm();
  useErrorTitle(!!adding.error || !!leaving.error);
  const add = (e: FormEvent) => {
    e.preventDefault();
    void adding.run(
      () => api.POST('/api/messages/{id}/members', { params: { path: { id: c.id } }, body: { userIds: picked } }),
      () => {
        setPicked([]);
        return invalidate('/api/messages/{id}', '/api/messages');
      },
    );
  };
  return (
    <section className="section" aria-labelledby="chat-members-title">
      <h2 id="chat-members-title">{t('messages.membersTitle', { count: c.members.length + 1, max: c.maxMembers })}</h2>
      <ul className="chat-members">
        <li>{t('messages.youMember')}</li>
        {c.members.map((p) => (
          <li key={p.id}>{p.displayName}</li>
        ))}
      </ul>
      {c.canAddMembers ? (
        <form onSubmit={add} noValidate>
          <ErrorSummary error={adding.error} targets={{ userIds: 'f-add' }} />
          <PeoplePicker
            idPrefix="f-add"
            legend={t('messages.addPeople')}
            empty={t('messages.allPeopleIn')}
            picked={picked}
            onChange={setPicked}
            exclude={c.members.map((p) => p.id)}
            error={fieldMessage(adding.error, 'userIds')}
          />
          {picked.length ? (
            <button type="submit" className="button" disabled={adding.busy}>
              {t('messages.add')}
            </button>
          ) : null}
        </form>
      ) : null}
      {c.canLeave ? (
        <>
          <ErrorSummary error={leaving.error} targets={{}} />
          <button
            type="button"
            className="button button--secondary"
            disabled={leaving.busy}
            onClick={() =>
              void (async () => {
                if (!(await ask({ title: t('messages.leaveQuestion'), body: t('messages.leaveBody'), confirm: t('messages.leave') }))) return;
                await leaving.run(
                  () => api.POST('/api/messages/{id}/leave', { params: { path: { id: c.id } } }),
                  () => {
                    void invalidate('/api/messages', '/api/messages/unread');
                    void navigate('/messages');
                  },
                  { leaving: true },
                );
              })()
            }
          >
            {t('messages.leave')}
          </button>
          {dialog}
        </>
      ) : null}
    </section>
  );
}

function MessageItem({ m }: { m: Message }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <li className={m.mine ? 'message message--mine' : 'message'}>
      <p className="message__meta">
        <strong>{m.mine ? t('messages.you').replace(/[:\s]+$/, '') : (m.author?.displayName ?? '—')}</strong> ·{' '}
        <time dateTime={m.createdAt}>{f.dateTime(m.createdAt)}</time>
      </p>
      {m.hidden ? (
        <p className="muted">{t('messages.hidden')}</p>
      ) : (
        <>
          {m.linksFromStranger ? <Notice kind="warning">{t('messages.strangerLinks')}</Notice> : null}
          <PlainText text={m.text} />
          {m.photos.map((p) => (
            <a key={p.url} href={p.url}>
              <img src={p.thumbUrl} alt="" className="message__photo" loading="lazy" />
            </a>
          ))}
          {/* the message alone goes to the moderators, with the reason the reader picks (the flags' own dialog) */}
          {m.mine ? null : <FlagButton entityType="message" entityId={m.id} label={t('messages.reportBy', { name: m.author?.displayName ?? '—' })} />}
        </>
      )}
    </li>
  );
}

function Composer({ id }: { id: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<AttachedPhoto[]>([]);
  const { busy, error, run } = useSubmit();
  useErrorTitle(!!error);
  const send = (e: FormEvent) => {
    e.preventDefault();
    void run(
      () => api.POST('/api/messages/{id}', { params: { path: { id } }, body: { text, ...(photos.length ? { photoFileIds: photos.map((p) => p.id) } : {}) } }),
      () => {
        setText('');
        setPhotos([]);
        return invalidate('/api/messages/{id}', '/api/messages');
      },
    );
  };
  return (
    <form onSubmit={send} noValidate className="composer">
      <ErrorSummary error={error} targets={{ text: 'f-text', photoFileIds: 'f-photos' }} />
      <TextArea
        id="f-text"
        label={t('messages.write')}
        value={text}
        onChange={setText}
        rows={3}
        maxLength={messageLimits.text}
        error={fieldMessage(error, 'text')}
      />
      <PhotoUpload
        id="f-photos"
        label={t('messages.photos')}
        photos={photos}
        onChange={setPhotos}
        max={messageLimits.photos}
        error={fieldMessage(error, 'photoFileIds')}
      />
      <button type="submit" className="button" disabled={busy}>
        {t('messages.send')}
      </button>
    </form>
  );
}

function BlockButton({ person }: { person: Conversation['members'][number] }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmit();
  useErrorTitle(!!error);
  const blocked = person.blockedByMe;
  return (
    <p>
      <ErrorSummary error={error} targets={{}} />
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() =>
          void run(
            () => api.POST('/api/messages/blocks', { body: { userId: person.id, blocked: !blocked } }),
            () => invalidate('/api/messages/{id}'),
          )
        }
      >
        {t(blocked ? 'messages.unblock' : 'messages.block', { name: person.displayName })}
      </button>
    </p>
  );
}
