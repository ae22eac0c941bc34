import { writeCsv } from '../../../core/csv/csv.js';
import type { CauseRow } from '../use-cases/causes.js';

/**
 * The open-data record of a public cause: what its page shows — the beneficiary with its registration numbers, the one
 * way to give, the amounts and the days they moved — so anyone can check them. No person: not who drafted or approved it.
 */
export function causeOpenDataRecord(row: CauseRow, publicUrl: string) {
  return {
    id: row.id,
    url: `${publicUrl}/charity/${row.id}`,
    state: row.state,
    title: row.title,
    organisation: row.organisation,
    inn: row.inn,
    ogrn: row.ogrn,
    district_id: row.districtId,
    goal: row.goal,
    spending: row.spending,
    target_rubles: row.targetRubles,
    collected_rubles: row.collectedRubles,
    collected_on: row.collectedOn,
    pledged_points: row.pledgedPoints,
    giving_method: row.method,
    payment_url: row.method === 'link' ? row.paymentUrl : null,
    recipient: row.method === 'bank' ? row.recipient : null,
    bank_name: row.method === 'bank' ? row.bankName : null,
    bik: row.method === 'bank' ? row.bik : null,
    account: row.method === 'bank' ? row.account : null,
    correspondent_account: row.method === 'bank' ? row.correspondentAccount : null,
    approved_at: row.approvedAt?.toISOString() ?? null,
    closed_at: row.closedAt?.toISOString() ?? null,
  };
}

type CauseOpenDataRecord = ReturnType<typeof causeOpenDataRecord>;

/** The CSV columns, in order. */
export const causeOpenDataColumns = Object.freeze([
  'id',
  'url',
  'state',
  'title',
  'organisation',
  'inn',
  'ogrn',
  'district_id',
  'goal',
  'spending',
  'target_rubles',
  'collected_rubles',
  'collected_on',
  'pledged_points',
  'giving_method',
  'payment_url',
  'recipient',
  'bank_name',
  'bik',
  'account',
  'correspondent_account',
  'approved_at',
  'closed_at',
] as const satisfies readonly (keyof CauseOpenDataRecord)[]);

/**
 * The public causes as CSV (RFC 4180, CRLF) with a header line and a byte-order mark, so spreadsheet programs read
 * Cyrillic as UTF-8; identifiers stay text (quoted), so a spreadsheet keeps an account's leading digits.
 */
export function causesCsv(rows: readonly CauseRow[], publicUrl: string): string {
  const records = rows.map((r) => causeOpenDataRecord(r, publicUrl));
  return `\ufeff${writeCsv([causeOpenDataColumns, ...records.map((rec) => causeOpenDataColumns.map((c) => rec[c]))], { quoteText: true })}`;
}
