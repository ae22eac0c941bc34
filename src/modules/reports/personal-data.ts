import { eq } from 'drizzle-orm';
import { exportTables, type PersonalDataPart, unlinkRows } from '../../core/module/personal-data.js';
import { reportEvents, reportRatings, reports, reportSupports } from './db/schema.js';

/**
 * A person's reports, supports and answer ratings. Reports are the department's case files: kept whatever the choice,
 * with no reporter (as an Open311 report without one); supports and ratings stay counted (department statistics), no
 * longer theirs. An official's answers and steps are the city's acts and stay as they are, shown under the department.
 */
export const reportsPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      reports: [reports, reports.reporterId, ['search', 'open311Token']],
      report_supports: [reportSupports, reportSupports.userId],
      report_ratings: [reportRatings, reportRatings.userId],
    }),
  async erase(tx, userId) {
    await tx.update(reportEvents).set({ actorId: null }).where(eq(reportEvents.actorId, userId));
    await tx.update(reports).set({ reporterId: null }).where(eq(reports.reporterId, userId));
    await unlinkRows(tx, reportSupports, reportSupports.userId, userId);
    await unlinkRows(tx, reportRatings, reportRatings.userId, userId);
  },
};
