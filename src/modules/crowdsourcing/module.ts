import { defineModule } from '../../core/module/module.js';
import { crowdsourcingMessages } from './messages.js';

/** Crowdsourcing: see docs/ARCHITECTURE.md. */
export const crowdsourcingModule = defineModule({
  name: 'crowdsourcing',
  messages: crowdsourcingMessages,
});
