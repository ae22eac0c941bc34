import { defineModule } from '../../core/module/module.js';
import { commentsMessages } from './messages.js';

/** Comments. */
export const commentsModule = defineModule({
  name: 'comments',
  messages: commentsMessages,
});
