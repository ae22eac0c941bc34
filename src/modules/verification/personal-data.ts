import { deleteRows, exportTables, type PersonalDataPart } from '../../core/module/personal-data.js';
import { oidcLinks, oidcStates, smsCodes, verifications } from './db/schema.js';

/** A person's verifications (district, birth date, identity hash), SMS codes and sign-in links: exported, and deleted with the account. */
export const verificationPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      verifications: [verifications, verifications.userId, ['identityHash']],
      oidc_links: [oidcLinks, oidcLinks.userId],
    }),
  async erase(tx, userId) {
    await deleteRows(tx, verifications, verifications.userId, userId);
    await deleteRows(tx, smsCodes, smsCodes.userId, userId);
    await deleteRows(tx, oidcLinks, oidcLinks.userId, userId);
    await deleteRows(tx, oidcStates, oidcStates.userId, userId);
  },
};
