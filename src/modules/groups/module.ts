import { defineModule } from '../../core/module/module.js';
import { groupsAudit } from './audit.js';
import { figureRoutes } from './http/figure-routes.js';
import { groupRoutes } from './http/routes.js';
import { groupsMessages } from './messages.js';
import { groupListeners, groupNotificationKinds } from './notifications.js';
import { groupsPersonalData } from './personal-data.js';
import { groupEntity, groupPostEntity } from './use-cases/group-entity.js';
import { seedDemoGroups } from './use-cases/seed-demo-groups.js';

/**
 * Communities: a building or yard (its district's verified residents, or people its admins confirm), a neighbourhood,
 * an interest group, a registered organisation and a public figure's page (both verified by administrators). Open,
 * by request or by invitation link; owners, admins and members; removing and banning with a reason; a feed of posts
 * with photos, polls of the group's own, reactions, pinned posts and the comment layer, moderated by the group's admins
 * and above them the city's; its admins hear of requests to join, and its followers of new posts.
 */
export const groupsModule = defineModule({
  name: 'groups',
  messages: groupsMessages,
  audit: groupsAudit,
  personalData: groupsPersonalData,
  entities: [groupEntity, groupPostEntity],
  routes(app, ctx) {
    groupRoutes(app, ctx);
    figureRoutes(app, ctx);
  },
  notifications: groupNotificationKinds,
  on: groupListeners,
  seedDemo: seedDemoGroups,
  pages: [
    {
      path: '/groups',
      title: { ru: 'Сообщества', en: 'Communities' },
      description: {
        ru: 'Сообщества дома, района и по интересам, организации и страницы депутатов: вступайте и пишите соседям.',
        en: 'Communities of a building, a neighbourhood or an interest, organisations and deputies’ pages: join and write to your neighbours.',
      },
    },
  ],
});
