import { defineModule } from '../../core/module/module.js';
import { discussionsMessages } from './messages.js';

/** Discussions. */
export const discussionsModule = defineModule({
  name: 'discussions',
  messages: discussionsMessages,
});
