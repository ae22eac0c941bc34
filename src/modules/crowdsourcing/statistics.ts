import { sql } from 'drizzle-orm';
import { measure, type StatisticsContribution } from '../../core/module/statistics.js';
import { deliveredMeasure } from '../commitments/index.js';

/**
 * Ideas submitted (not withdrawn), shortlisted by the experts, and delivered (accepted by the project's report, their
 * commitment confirmed delivered), by their project's district. Implemented is delivered.
 */
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
    deliveredMeasure('ideas_delivered', 'idea'),
  ],
  ratios: [{ capability: 'ideas', implemented: 'ideas_delivered', proposed: 'ideas' }],
  activity: sql`select author_id as user_id, created_at as at from crowd_ideas`,
};
