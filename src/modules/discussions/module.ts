import { listen } from '../../core/jobs/events.js';
import { defineModule } from '../../core/module/module.js';
import { foldsCyrillicCase } from './db/queries.js';
import { discussionRoutes } from './http/routes.js';
import { discussionCreated } from './events.js';
import { discussionsMessages } from './messages.js';
import { groupAccessChanged } from '../groups/index.js';
import { refreshGroupDiscussions } from './use-cases/group-access.js';
import { discussionEntity } from './use-cases/discussion-entity.js';
import { discussionSearch } from './use-cases/discussion-search.js';
import { authorFollows } from './use-cases/notify-discussion.js';
import { seedDemoDiscussions } from './use-cases/seed-demo-discussions.js';
import { discussionsPersonalData } from './personal-data.js';

/** Discussions: topics and questions residents and officials open, with search, filters and tags. */
export const discussionsModule = defineModule({
  name: 'discussions',
  personalData: discussionsPersonalData,
  messages: discussionsMessages,
  routes: discussionRoutes,
  entities: [discussionEntity],
  search: [discussionSearch],
  pages: [
    {
      path: '/discussions',
      title: { ru: 'Обсуждения', en: 'Discussions' },
      description: {
        ru: 'Темы и вопросы жителей и сотрудников исполнителей: найдите обсуждение своего района или начните новое.',
        en: 'Topics and questions from residents and officials: find a discussion about your district or start a new one.',
      },
    },
  ],
  seedDemo: seedDemoDiscussions,
  on: [listen(discussionCreated, authorFollows), listen(groupAccessChanged, refreshGroupDiscussions)],

  async start(ctx) {
    if (!(await foldsCyrillicCase(ctx.database.db))) {
      ctx.log.warn(
        'The database lower-cases Latin letters only (LC_CTYPE is C): Russian search will miss capitalized words. Create the database with a UTF-8 LC_CTYPE such as C.UTF-8 or ru_RU.UTF-8.',
      );
    }
  },
});
