import { sql } from 'drizzle-orm';
import { measure, type StatisticsContribution } from '../../core/module/statistics.js';

/** Ideas submitted (not withdrawn) and accepted (shortlisted by the experts), by their project's district. */
export const crowdsourcingStatistics: StatisticsContribution = {
  measures: [
    measure(
      'ideas',
      'things',
      sql`select p.district_id, count(*)::int as value from crowd_ideas i join crowd_projects p on p.id = i.project_id where i.status <> 'withdrawn' group by 1`,
    ),
    measure(
      'ideas_accepted',
      'things',
      sql`select p.district_id, count(*)::int as value from crowd_ideas i join crowd_projects p on p.id = i.project_id where i.status = 'shortlisted' group by 1`,
    ),
  ],
  ratios: [{ capability: 'ideas', implemented: 'ideas_accepted', proposed: 'ideas' }],
  activity: sql`select author_id as user_id, created_at as at from crowd_ideas`,
};
