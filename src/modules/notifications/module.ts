import { defineModule } from '../../core/module/module.js';
import { notificationsMessages } from './messages.js';

/** Notifications. */
export const notificationsModule = defineModule({
  name: 'notifications',
  messages: notificationsMessages,
});
