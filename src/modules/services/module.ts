import { defineModule } from '../../core/module/module.js';
import { servicesAudit } from './audit.js';
import { servicesCli } from './cli.js';
import { servicesRoutes } from './http/routes.js';
import { servicesMessages } from './messages.js';
import { lifeRoleEntity, serviceEntity } from './use-cases/entities.js';
import { seedDemoServices } from './use-cases/seed-demo-services.js';
import { lifeRoleSearch, serviceSearch } from './use-cases/services-search.js';
import { servicesPersonalData } from './personal-data.js';

/**
 * The city's public services by life role («Я родитель», «Я выхожу на пенсию»…): each service says in plain words what
 * it gives, who provides it, how to get it (online, in person, by phone), the documents, cost, time limit and who may
 * apply, and belongs to several roles. Residents choose their roles in the profile and the catalogue leads with them;
 * they mark services useful or not (administrators read the usefulness per service) and propose roles and services,
 * which moderators approve. Administrators edit the catalogue and import it from CSV or JSON (`gorod services import`).
 */
export const servicesModule = defineModule({
  name: 'services',
  personalData: servicesPersonalData,
  audit: servicesAudit,
  messages: servicesMessages,
  entities: [serviceEntity, lifeRoleEntity],
  search: [serviceSearch, lifeRoleSearch],
  pages: [
    {
      path: '/services',
      title: { ru: 'Услуги по жизненным ролям', en: 'Services by life role' },
      description: {
        ru: 'Городские услуги, собранные по тому, кто вы, а не по тому, какое ведомство их оказывает.',
        en: 'The city’s public services grouped by who you are, not by which office provides them.',
      },
    },
  ],
  cli: servicesCli,
  routes(app, ctx) {
    servicesRoutes(app, ctx);
  },
  async seedDemo(ctx, progress) {
    await seedDemoServices(ctx, progress);
  },
});
