import { defineModule } from '../../core/module/module.js';
import { pollRoutes } from './http/routes.js';
import { pollJobs } from './jobs.js';
import { pollsMessages } from './messages.js';

/**
 * Polls: city-wide or targeted, binding (verified residents, one response each) or advisory; single, multiple,
 * rating, ranking and free-text questions; receipts and published anonymised responses; decision rules with a
 * minimum turnout and a required majority; district priority polls.
 */
export const pollsModule = defineModule({
  name: 'polls',
  messages: pollsMessages,
  jobs: pollJobs,
  routes(app, ctx) {
    pollRoutes(app, ctx);
  },
});
