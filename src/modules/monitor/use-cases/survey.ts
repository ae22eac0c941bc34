import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { isUniqueViolation } from '../../../core/db/errors.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { surveyAnswers } from '../db/schema.js';
import { surveyPeriod } from '../domain/monitor.js';
import { canAnswerSurvey } from '../policy.js';

export interface SurveyInput {
  usefulness?: number | null;
  recommend?: number | null;
  community?: number | null;
  dismissed?: boolean;
}

/** This quarter's survey for the signed-in person: whether to offer it, and their own answer if they gave one. */
export async function surveyState(ctx: ModuleContext, actor: Actor, now = new Date()) {
  authorize(actor, canAnswerSurvey(actor));
  const period = surveyPeriod(now, ctx.config.cityTimezone);
  const [row] = await ctx.database.db
    .select({
      usefulness: surveyAnswers.usefulness,
      recommend: surveyAnswers.recommend,
      community: surveyAnswers.community,
      dismissed: surveyAnswers.dismissed,
    })
    .from(surveyAnswers)
    .where(and(eq(surveyAnswers.userId, actor.userId), eq(surveyAnswers.period, period)));
  return { period, ask: !row, answer: row ?? null };
}

/**
 * Records this quarter's answer (or that the person declined): once per person per quarter — a second answer is a 409,
 * and two sent at once leave one row (the unique index decides).
 */
export async function answerSurvey(ctx: ModuleContext, actor: Actor, input: SurveyInput, now = new Date()) {
  authorize(actor, canAnswerSurvey(actor));
  const period = surveyPeriod(now, ctx.config.cityTimezone);
  const dismissed = input.dismissed === true;
  try {
    await ctx.database.db.insert(surveyAnswers).values({
      userId: actor.userId,
      period,
      usefulness: dismissed ? null : (input.usefulness ?? null),
      recommend: dismissed ? null : (input.recommend ?? null),
      community: dismissed ? null : (input.community ?? null),
      dismissed,
      createdAt: now,
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError(409, 'monitor_survey_answered', { period });
    throw err;
  }
  return surveyState(ctx, actor, now);
}
