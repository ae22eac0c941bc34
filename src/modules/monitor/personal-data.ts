import { rowsOf, unlinkRows, type PersonalDataPart } from '../../core/module/personal-data.js';
import { surveyAnswers } from './db/schema.js';

/** A person's survey answers: exported; on deletion they stay counted with the link to the person cut. */
export const monitorPersonalData: PersonalDataPart = {
  async export(db, userId) {
    return { tables: { monitor_survey_answers: await rowsOf(db, surveyAnswers, surveyAnswers.userId, userId) } };
  },
  async erase(tx, userId) {
    await unlinkRows(tx, surveyAnswers, surveyAnswers.userId, userId);
  },
};
