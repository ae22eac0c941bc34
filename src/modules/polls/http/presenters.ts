import { t, type Language } from '../../../core/i18n/i18n.js';
import { publicCount } from '../../../core/privacy/k-anonymity.js';
import type { FullPoll } from '../db/queries.js';
import { pollState, type PollEligibility } from '../domain/eligibility.js';
import { requiredText, type Decision, type PollResults } from '../domain/results.js';
import { ruleOf } from '../use-cases/close-poll.js';

/** A poll for lists: targets, dates and where it stands. */
export function presentSummary(p: FullPoll['poll'], now = new Date(), responses?: number) {
  return {
    id: p.id,
    kind: p.kind,
    title: p.title,
    description: p.description,
    districtIds: p.districtIds,
    ageBands: p.ageBands,
    verifiedOnly: p.verifiedOnly,
    binding: p.binding,
    resultsVisibility: p.resultsVisibility,
    opensAt: p.opensAt.toISOString(),
    closesAt: p.closesAt.toISOString(),
    publishedAt: p.publishedAt?.toISOString() ?? null,
    closedAt: p.closedAt?.toISOString() ?? null,
    state: pollState(p, now),
    ...(responses === undefined ? {} : { responses }),
  };
}

/** A poll with its questions and rule. */
export function presentPoll(found: FullPoll, now = new Date()) {
  const rule = ruleOf(found.poll);
  const image = (fileId: string | null) => (fileId ? `/api/polls/${found.poll.id}/images/${fileId}` : null);
  return {
    ...presentSummary(found.poll, now),
    imageFileId: found.poll.imageFileId,
    imageUrl: image(found.poll.imageFileId),
    questions: found.questions.map((q) => ({
      id: q.id,
      position: q.position,
      kind: q.kind,
      text: q.text,
      description: q.description,
      required: q.required,
      minChoices: q.minChoices,
      maxChoices: q.maxChoices,
      scale: q.scale,
      lat: q.lat,
      lon: q.lon,
      imageFileId: q.imageFileId,
      imageUrl: image(q.imageFileId),
      options: q.options.map((o) => ({ id: o.id, text: o.text })),
    })),
    rule: rule ? { ...rule, required: requiredText(rule) } : null,
    departmentId: found.poll.departmentId,
    dueOn: found.poll.dueOn,
    priorityCount: found.poll.priorityCount,
    // frozen at close: whether the decision rule passed (a binding poll that failed it owes nothing)
    passed: (found.poll.results as PollResults | null)?.decision?.passed ?? null,
  };
}

export function presentEligibility(e: PollEligibility, lang: Language) {
  return e.eligible ? { eligible: true, reason: null, message: null } : { eligible: false, reason: e.reason, message: t(lang, `error.${e.reason}`) };
}

/** The decision in one plain sentence: passed or not, and why. */
export function decisionSentence(d: Decision, lang: Language): string {
  const params = {
    inFavour: d.inFavourPercent,
    required: d.required,
    responses: d.responses,
    minCount: d.minTurnoutCount ?? 0,
    minShare: ((d.minTurnoutPermille ?? 0) / 10).toString(),
    eligible: d.eligible ?? 0,
  };
  return t(lang, `poll.decision.${d.reason}`, params);
}

export function presentResults(found: FullPoll, results: PollResults, final: boolean, lang: Language, now = new Date()) {
  return {
    poll: presentPoll(found, now),
    final,
    results: {
      ...results,
      // who answered, by district and age band: a group of fewer than ten is "< 10", never its exact size
      districts: results.districts.map((d) => ({ ...d, responses: publicCount(d.responses) })),
      ageBands: results.ageBands.map((b) => ({ ...b, responses: publicCount(b.responses) })),
      decision: results.decision ? { ...results.decision, sentence: decisionSentence(results.decision, lang) } : null,
    },
  };
}

export function presentAnonymised(r: {
  receipt_hash: string;
  district_id: string | null;
  age_band: string | null;
  answers: [string, string | null, number | null][];
}) {
  return {
    receiptHash: r.receipt_hash,
    districtId: r.district_id,
    ageBand: r.age_band,
    answers: r.answers.map(([questionId, optionId, value]) => ({ questionId, optionId, value })),
  };
}
