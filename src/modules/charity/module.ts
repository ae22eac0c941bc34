import { charityDatasets } from './datasets.js';
import { defineModule } from '../../core/module/module.js';
import { charityAudit } from './audit.js';
import { charityRoutes } from './http/routes.js';
import { charityMessages } from './messages.js';
import { causeEntity } from './use-cases/cause-entity.js';
import { seedDemoCharity } from './use-cases/seed-demo-charity.js';
import { causeSearch } from './use-cases/cause-search.js';

/**
 * Charity causes vetted by administrators; Gorod handles no money. A cause names its beneficiary (ИНН, ОГРН checked),
 * its goal and what the money buys, and only one city-approved way to give (an official https payment page or the
 * beneficiary's bank details, checked, with a warning about impostors); the organisation's dated reports (entered
 * by administrators for now) move the collected amount. Points can be donated through the rewards catalogue: a
 * "donation" reward names a cause and its redemption records the pledge (the `cause` entity kind's `pledges`).
 */
export const charityModule = defineModule({
  name: 'charity',
  datasets: charityDatasets,
  audit: charityAudit,
  messages: charityMessages,
  entities: [causeEntity],
  search: [causeSearch],
  pages: [
    {
      path: '/charity',
      title: { ru: 'Благотворительность', en: 'Charity' },
      description: {
        ru: 'Сборы, проверенные городом: жертвуйте способом, указанным на странице сбора, или подарите баллы в знак поддержки.',
        en: 'Causes vetted by the city: give the way a cause’s page shows, or donate your points as a sign of support.',
      },
    },
  ],
  routes(app, ctx) {
    charityRoutes(app, ctx);
  },
  async seedDemo(ctx, progress) {
    await seedDemoCharity(ctx, progress);
  },
});
