/**
 * The vocabulary and the pure rules of charity causes: states, limits, and the checks of a beneficiary's
 * registration numbers (ИНН, ОГРН), bank details (БИК, settlement and correspondent accounts) and payment link.
 * Gorod handles no money: a cause shows only a city-approved way to give. Amounts are whole rubles (integers).
 * No I/O: the web imports the vocabulary and the checks from here.
 */

/** A cause is drafted by an administrator, approved (public), then closed (still public, takes no pledges). */
export const causeStates = ['draft', 'approved', 'closed'] as const;
export type CauseState = (typeof causeStates)[number];

/** How to give: an official payment page, or the beneficiary's bank details. */
export const givingMethods = ['link', 'bank'] as const;
export type GivingMethod = (typeof givingMethods)[number];

/** Text and number limits (after the text rule cleaned the input); amounts in whole rubles. */
export const causeLimits = {
  title: { min: 3, max: 200 },
  organisation: { min: 2, max: 300 },
  goal: { min: 10, max: 5_000 },
  spending: { min: 10, max: 5_000 },
  recipient: { min: 2, max: 300 },
  bankName: { min: 2, max: 200 },
  paymentUrl: { min: 12, max: 500 },
  rubles: { min: 0, max: 1_000_000_000 },
  report: { min: 10, max: 10_000 },
  /** What the cause's image shows, for those who cannot see it. */
  imageAlt: { min: 3, max: 300 },
  /** Photos with one report. */
  reportPhotos: { max: 5 },
} as const;

const digits = (s: string) => [...s].map(Number);
const allDigits = (s: string, n: number) => s.length === n && /^\d+$/.test(s);

/** A taxpayer number (ИНН): 10 digits (an organisation) or 12 (a person, an entrepreneur), with its check digits. */
export function validInn(inn: string): boolean {
  const check = (d: number[], weights: number[]) => (weights.reduce((sum, w, i) => sum + w * d[i]!, 0) % 11) % 10;
  if (allDigits(inn, 10)) {
    const d = digits(inn);
    return check(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
  }
  if (allDigits(inn, 12)) {
    const d = digits(inn);
    return check(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] && check(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11];
  }
  return false;
}

/** A state registration number: ОГРН (13 digits, the first 12 mod 11) or ОГРНИП (15 digits, the first 14 mod 13), last digit of the remainder. */
export function validOgrn(ogrn: string): boolean {
  if (allDigits(ogrn, 13)) return Number((BigInt(ogrn.slice(0, 12)) % 11n) % 10n) === Number(ogrn[12]);
  if (allDigits(ogrn, 15)) return Number((BigInt(ogrn.slice(0, 14)) % 13n) % 10n) === Number(ogrn[14]);
  return false;
}

/** A Russian bank's identifier (БИК): 9 digits beginning with 04. */
export function validBik(bik: string): boolean {
  return allDigits(bik, 9) && bik.startsWith('04');
}

/** The Bank of Russia's key over 23 digits (three from the БИК, then the 20-digit account): weights 7 1 3 repeating, the sum ends in 0. */
function accountKeyHolds(prefix3: string, account: string): boolean {
  const d = digits(prefix3 + account);
  const weights = [7, 1, 3];
  return d.reduce((sum, x, i) => sum + ((x * weights[i % 3]!) % 10), 0) % 10 === 0;
}

/** A settlement account (расчётный счёт, 20 digits) checked against its bank's БИК (the БИК's last three digits). */
export function validSettlementAccount(account: string, bik: string): boolean {
  return allDigits(account, 20) && validBik(bik) && accountKeyHolds(bik.slice(6, 9), account);
}

/** A correspondent account (20 digits, 301…) checked against its БИК ("0" and the БИК's 5th and 6th digits), ending in the БИК's last three. */
export function validCorrespondentAccount(account: string, bik: string): boolean {
  return (
    allDigits(account, 20) && account.startsWith('301') && validBik(bik) && account.endsWith(bik.slice(6, 9)) && accountKeyHolds('0' + bik.slice(4, 6), account)
  );
}

/** The domain a payment link leads to, shown plainly beside it; null when the link is not an https address a person can check. */
export function paymentDomain(url: string): string | null {
  if (!/^https:\/\//i.test(url) || !URL.canParse(url)) return null;
  const u = new URL(url);
  if (u.protocol !== 'https:' || u.username || u.password || !u.hostname.includes('.') || /^[\d.]+$/.test(u.hostname) || u.hostname.startsWith('['))
    return null;
  return u.hostname;
}

/** A refusal of the input that names the field it is about. */
export interface CauseInputProblem {
  field: string;
  code: string;
}

/** What a cause says about its beneficiary and how to give. */
export interface CauseGiving {
  inn: string;
  ogrn: string | null;
  method: GivingMethod;
  paymentUrl: string | null;
  bank: { recipient: string; bankName: string; bik: string; account: string; correspondentAccount: string } | null;
  targetRubles: number;
  collectedRubles: number;
}

/** The checks of a cause's facts, first problem first: registration numbers, the one way to give, and the amounts. */
export function causeProblem(c: CauseGiving): CauseInputProblem | null {
  if (!validInn(c.inn)) return { field: 'inn', code: 'cause_inn_invalid' };
  if (c.ogrn !== null && !validOgrn(c.ogrn)) return { field: 'ogrn', code: 'cause_ogrn_invalid' };
  if (c.method === 'link') {
    if (!c.paymentUrl) return { field: 'paymentUrl', code: 'cause_payment_url_required' };
    if (!paymentDomain(c.paymentUrl)) return { field: 'paymentUrl', code: 'cause_payment_url_not_https' };
    if (c.bank) return { field: 'bank', code: 'cause_one_way_to_give' };
  } else {
    if (!c.bank) return { field: 'bank', code: 'cause_bank_required' };
    if (c.paymentUrl) return { field: 'paymentUrl', code: 'cause_one_way_to_give' };
    if (!validBik(c.bank.bik)) return { field: 'bik', code: 'cause_bik_invalid' };
    if (!validCorrespondentAccount(c.bank.correspondentAccount, c.bank.bik))
      return { field: 'correspondentAccount', code: 'cause_correspondent_account_invalid' };
    if (!validSettlementAccount(c.bank.account, c.bank.bik)) return { field: 'account', code: 'cause_account_invalid' };
  }
  if (c.targetRubles <= 0) return { field: 'targetRubles', code: 'cause_target_required' };
  return null;
}

/** How far a cause has come: collected out of target, 0–100 (whole per cent, never past 100 on the bar). */
export function progressPercent(collected: number, target: number): number {
  if (target <= 0) return 0;
  return Math.min(100, Math.floor((collected * 100) / target));
}

/** Which acts a state allows: approving a draft, closing an approved cause, editing and reporting until it is closed. */
export function causeActAllowed(state: CauseState, act: 'approve' | 'close' | 'edit' | 'report'): boolean {
  switch (act) {
    case 'approve':
      return state === 'draft';
    case 'close':
      return state === 'approved';
    case 'edit':
    case 'report':
      return state !== 'closed';
  }
}
