import { enqueueJob } from '../../core/jobs/jobs.js';
import { defineModule } from '../../core/module/module.js';
import { statisticsAudit } from './audit.js';
import { statisticsCli } from './cli.js';
import { statisticsDatasets } from './datasets.js';
import { statisticsRoutes } from './http/routes.js';
import { refreshJobKind, statisticsJobs } from './jobs.js';
import { statisticsMessages } from './messages.js';
import { refreshParticipation } from './use-cases/participation.js';
import { seedDemoPopulation } from './use-cases/population.js';

/**
 * Participation statistics (`/statistics`): what every module counts (its manifest's `statistics`) against each
 * district's population, k-anonymised, precomputed by a job; and the representativeness of every poll and budgeting
 * result. The social-performance monitor can store its monthly measures as another snapshot key here.
 */
export const statisticsModule = defineModule({
  name: 'statistics',
  messages: statisticsMessages,
  audit: statisticsAudit,
  jobs: statisticsJobs,
  cli: statisticsCli,
  datasets: statisticsDatasets,
  pages: [
    {
      path: '/statistics',
      title: { ru: 'Статистика участия', en: 'Participation statistics' },
      description: {
        ru: 'Сколько жителей каждого района участвует: доля от населения, обращения, голоса, опросы, инициативы, идеи, события, волонтёрство и что из предложенного выполнено',
        en: 'How many residents of each district take part: share of the population, reports, ballots, polls, initiatives, ideas, events, volunteering and how much of what was proposed was done',
      },
    },
  ],

  routes(app, ctx) {
    statisticsRoutes(app, ctx);
  },

  async seedDemo(ctx, progress) {
    const n = await seedDemoPopulation(ctx);
    await refreshParticipation(ctx);
    progress(`District populations: ${n}; participation statistics counted`);
  },

  // a server starting after a pause recounts at once instead of serving old figures for up to ten minutes
  async start(ctx) {
    await enqueueJob(ctx.database.db, { kind: refreshJobKind, key: `${refreshJobKind}:start` });
    ctx.jobs.kick();
  },
});
