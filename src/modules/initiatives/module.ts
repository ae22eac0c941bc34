import { defineModule } from '../../core/module/module.js';
import { initiativesMessages } from './messages.js';

/** Initiatives: see docs/ARCHITECTURE.md. */
export const initiativesModule = defineModule({
  name: 'initiatives',
  messages: initiativesMessages,
});
