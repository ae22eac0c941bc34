import { budgetingDatasets } from './datasets.js';
import { defineModule } from '../../core/module/module.js';
import { budgetingCli } from './cli.js';
import { cityBudgetCli } from './cli-city-budget.js';
import { ballotRoutes } from './http/ballot-routes.js';
import { cityBudgetRoutes } from './http/city-budget-routes.js';
import { cycleRoutes } from './http/cycle-routes.js';
import { proposalRoutes } from './http/proposal-routes.js';
import { workRoutes } from './http/work-routes.js';
import { budgetingJobs } from './jobs.js';
import { budgetingMessages } from './messages.js';
import { budgetingListeners, budgetingNotificationKinds } from './notifications.js';
import { seedDemoImported } from './use-cases/ballots/seed-demo-imported.js';
import { seedDemoCityBudget } from './use-cases/city-budget/seed-demo-city-budget.js';
import { budgetingOpenNow } from './use-cases/cycles/open-now.js';
import { seedDemoCycle } from './use-cases/cycles/seed-demo-cycle.js';
import { proposalEntities } from './use-cases/proposals/proposal-entity.js';
import { seedDemoWorks } from './use-cases/works/seed-demo-works.js';
import { proposalAddressedPoints } from './use-cases/proposals/addressed-points.js';
import { budgetingAudit } from './audit.js';
import { proposalSearch } from './use-cases/proposals/proposal-search.js';
import { workArea } from './use-cases/works/work-area.js';
import { budgetingPersonalData } from './personal-data.js';
import { budgetingStatistics } from './statistics.js';

/**
 * Participatory budgeting from idea to built project: cycles with headings and phases, proposals and expert
 * review, ballots with receipts, winners by greedy or the Method of Equal Shares (exact, explained),
 * pabulib import/export, implementation tracking; and the city's own budget explained to residents.
 */
export const budgetingModule = defineModule({
  name: 'budgeting',
  datasets: budgetingDatasets,
  personalData: budgetingPersonalData,
  audit: budgetingAudit,
  statistics: budgetingStatistics,
  messages: budgetingMessages,
  entities: proposalEntities,
  search: [proposalSearch],
  pages: [
    {
      path: '/budgeting',
      title: { ru: 'Твой бюджет', en: 'Your Budget' },
      description: {
        ru: 'Жители решают, на что потратить часть городского бюджета: предложите идею, поддержите идеи соседей, проголосуйте и следите, как строят победителей.',
        en: 'Residents decide how part of the city budget is spent: propose an idea, support your neighbours’ ideas, vote, and follow how the winners are built.',
      },
    },
    {
      path: '/budgeting/works',
      title: { ru: 'Что строится', en: 'What is being built' },
      description: {
        ru: 'Проекты-победители «Твоего бюджета»: этап, готовность, потраченные деньги и фотографии каждого объекта.',
        en: 'The winning projects of residents’ budgets: the stage, how far along each work is, the money spent, with photos.',
      },
    },
    {
      path: '/city-budget',
      title: { ru: 'Бюджет города', en: 'City budget' },
      description: {
        ru: 'Откуда у города деньги и на что они идут — по плану и на деле, в картинках и простыми словами.',
        en: 'Where the city’s money comes from and what it is spent on, planned and actually spent, in pictures and plain words.',
      },
    },
  ],
  area: [workArea],
  addressedPoints: proposalAddressedPoints,
  jobs: budgetingJobs,
  openNow: budgetingOpenNow,
  notifications: budgetingNotificationKinds,
  on: budgetingListeners,
  cli: [...budgetingCli, ...cityBudgetCli],
  routes(app, ctx) {
    cycleRoutes(app, ctx);
    proposalRoutes(app, ctx);
    ballotRoutes(app, ctx);
    workRoutes(app, ctx);
    cityBudgetRoutes(app, ctx);
  },
  async seedDemo(ctx, progress) {
    await seedDemoCycle(ctx, progress);
    await seedDemoImported(ctx, progress);
    await seedDemoWorks(ctx, progress);
    await seedDemoCityBudget(ctx, progress);
  },
});
