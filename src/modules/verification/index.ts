/** What other modules may use from verification. */
export { verificationModule } from './module.js';
export { ageBand, ageOn, ageBands, type AgeBand } from './domain/age.js';
export { identityHash, recordVerification, type NewVerification } from './use-cases/record-verification.js';
export {
  ageBandOn,
  residentFromJson,
  verifiedAgeAt,
  verifiedResident,
  verifiedResidentMeetsSql,
  verifiedResidentSql,
  type VerifiedResident,
} from './use-cases/verified-resident.js';
export { countVerifiedResidents } from './use-cases/count-verified.js';
