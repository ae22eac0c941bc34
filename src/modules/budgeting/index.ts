/** What other modules may use from budgeting. */
export { budgetingModule } from './module.js';
