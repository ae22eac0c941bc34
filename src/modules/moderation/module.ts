import { defineModule } from '../../core/module/module.js';
import { moderationMessages } from './messages.js';

/** Moderation. */
export const moderationModule = defineModule({
  name: 'moderation',
  messages: moderationMessages,
});
