import { listen } from '../../core/jobs/events.js';
import { defineModule } from '../../core/module/module.js';
import { messagesUnread } from './events.js';
import { messageRoutes } from './http/routes.js';
import { messagesMessages } from './messages.js';
import { messagesPersonalData } from './personal-data.js';
import { unreadNoticeJob } from './use-cases/common.js';
import { messageEntity } from './use-cases/message-entity.js';
import { seedDemoMessages } from './use-cases/seed-demo-messages.js';
import { sendUnreadNotice, tellOfUnread } from './use-cases/unread-notice.js';

/**
 * Messages: private conversations between residents, group chats and requests to departments and officials. Private:
 * never in the audit log, public pages, search or open data; a reported message reaches the moderators alone.
 */
export const messagesModule = defineModule({
  name: 'messages',
  messages: messagesMessages,
  routes: messageRoutes,
  entities: [messageEntity],
  personalData: messagesPersonalData,
  jobs: {
    [unreadNoticeJob]: {
      run: (payload, ctx) => sendUnreadNotice(ctx, { conversationId: String(payload.conversationId), userId: String(payload.userId) }),
    },
  },
  on: [listen(messagesUnread, tellOfUnread)],
  notifications: [{ kind: 'messages.unread' }],
  seedDemo: seedDemoMessages,
});
