import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery, invalidate } from '../api/query.js';
import { liveResync, useLive } from '../live.js';
import { useSession } from '../session.js';
import './messages-count.css';

const path = '/api/messages/unread';

/** Asks the header's count again (a conversation was read, muted or unmuted). */
export const refreshMessagesCount = () => invalidate(path);

/**
 * Beside the menu's «Личные сообщения»: how many of the person's conversations (muted ones left out) have unread
 * messages. One small request, asked again when a message arrives live (or the stream reopened) and when the person
 * comes back to the tab; nothing while signed out or at zero. The number is read out in words, unless `silent` (the
 * phone's menu button shows it too, and keeps its name: the menu's link says it).
 */
export function MessagesCount({ silent = false }: { silent?: boolean }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const { data } = useQuery({ ...apiQuery(path, undefined, i18n.language), enabled: !!me, refetchOnWindowFocus: true, select: (r) => r.unread });
  useLive('message', () => void refreshMessagesCount());
  useLive(liveResync, () => void refreshMessagesCount());
  if (!me || !data) return null;
  return (
    <>
      <span className={silent ? 'messages-count messages-count--corner' : 'messages-count'} aria-hidden="true">
        {data > 99 ? '99+' : data}
      </span>
      {silent ? null : <span className="visually-hidden">{t('nav.messagesUnread', { count: data })}</span>}
    </>
  );
}
