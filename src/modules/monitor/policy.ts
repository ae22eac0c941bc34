import { allow, signedIn } from '../../core/auth/decision.js';

/** Who may answer the periodic survey and read their own answer: any signed-in person, for themselves only. */
export const canAnswerSurvey = signedIn(function canAnswerSurvey() {
  return allow;
});
