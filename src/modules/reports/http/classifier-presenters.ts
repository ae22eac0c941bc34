import type { z } from 'zod';
import type { ReasonRow, ReasonWithParents } from '../db/classifier-queries.js';
import { englishPhrase } from '../domain/classifier-english.js';
import { inSeason } from '../domain/classifier-season.js';
import { classifierPhrases } from '../use-cases/classifier/english-phrases.js';
import type { reasonPublicSchema, reasonWithParentsSchema } from './classifier-schemas.js';

export type ReasonPublic = z.infer<typeof reasonPublicSchema>;

/** A reason as anyone may see it; `inSeason` is for the given local day (city time). */
export function presentReason(r: ReasonRow, today: string): ReasonPublic {
  return {
    id: r.id,
    categoryId: r.categoryId,
    nameRu: r.nameRu,
    nameEn: r.nameEn,
    helpText: r.helpText,
    helpTextEn: englishPhrase(classifierPhrases(), r.helpText),
    description: r.description,
    descriptionEn: englishPhrase(classifierPhrases(), r.description),
    photoRequired: r.photoRequired,
    extraFields: r.extraFields,
    locationKind: r.locationKind,
    seasonFrom: r.seasonFrom,
    seasonTo: r.seasonTo,
    seasonMessage: r.seasonMessage,
    seasonMessageEn: englishPhrase(classifierPhrases(), r.seasonMessage),
    inSeason: inSeason(r, today),
    verifiedRequired: r.verifiedRequired,
    premoderationDays: r.premoderationDays,
    resolutionDays: r.resolutionDays,
    answerModerationDays: r.answerModerationDays,
    departmentKind: r.departmentKind,
    isPublic: r.isPublic,
    archived: r.archived,
  };
}

/** A reason with its category and object. */
export function presentReasonWithParents(r: ReasonWithParents, today: string): z.infer<typeof reasonWithParentsSchema> {
  return { ...presentReason(r, today), category: r.category, object: r.object };
}
