import { exportTables, type PersonalDataPart } from '../../core/module/personal-data.js';
import { pointBalances, pointEntries, rewardRedemptions } from './db/schema.js';

/**
 * A person's points ledger, balance and redeemed rewards: exported. The ledger is append-only (a trigger refuses any
 * change, as the audit log's): at deletion its rows, the balance kept with it and the redemptions stay under the
 * tombstone's id, which leads to no one — actions and numbers, nothing personal.
 */
export const pointsPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      point_entries: [pointEntries, pointEntries.userId],
      point_balances: [pointBalances, pointBalances.userId],
      reward_redemptions: [rewardRedemptions, rewardRedemptions.userId],
    }),
  async erase() {},
};
