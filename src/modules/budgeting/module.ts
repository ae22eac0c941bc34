import { defineModule } from '../../core/module/module.js';
import { budgetingCli } from './cli.js';
import { budgetingMessages } from './messages.js';

/**
 * Participatory budgeting. So far: the winner rules (greedy, Method of Equal Shares) in exact
 * arithmetic, the pabulib format, and `gorod pb compute`; cycles, proposals, ballots and the web
 * app come next (issue 5).
 */
export const budgetingModule = defineModule({
  name: 'budgeting',
  messages: budgetingMessages,
  cli: budgetingCli,
});
