/** A rule's refusal as a 400 naming the field (the core's one mapping). */
export { ruleError } from '../../../../core/http/errors.js';

/** The entity type of proposals (comments, follows, flags, notifications); the entity id is the public number. */
export const proposalType = 'proposal';

/** A proposal's public page. */
export const proposalPath = (number: number) => `/budgeting/proposals/${number}`;
