/**
 * Identities residents prove: document numbers, phone numbers and birth dates. Pure: normalising and
 * checking what people type, so the same person always gives the same identity hash.
 */

/** Document numbers: letters and digits only, upper case (spaces, dashes and the № sign are dropped). */
export function normalizeDocumentNumber(raw: string): string {
  return raw
    .replace(/№/g, '')
    .normalize('NFKC')
    .replace(/[\s\-–—#./]/g, '')
    .toUpperCase();
}

export const documentNumberLength = { min: 6, max: 20 } as const;

/** Why a document number cannot be one (message key), or null when it looks like one. */
export function documentNumberProblem(raw: string): string | null {
  const n = normalizeDocumentNumber(raw);
  if (n.length < documentNumberLength.min || n.length > documentNumberLength.max) return 'verification.field.document_length';
  if (!/^[0-9A-ZА-ЯЁ]+$/.test(n)) return 'verification.field.document_characters';
  return null;
}

/**
 * A phone number in E.164 (+79991234567). Russian habits are accepted: 8 999 123-45-67 and
 * 9991234567 become +7…; other countries must be written with their + code. Null when it is not one.
 */
export function normalizePhone(raw: string): string | null {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/[\s\-().]/g, '');
  if (!/^\+?\d+$/.test(digits)) return null;
  let e164: string;
  if (digits.startsWith('+')) e164 = digits;
  else if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) e164 = `+7${digits.slice(1)}`;
  else if (digits.length === 10 && digits.startsWith('9')) e164 = `+7${digits}`;
  else return null;
  if (!/^\+[1-9]\d{7,14}$/.test(e164)) return null;
  if (e164.startsWith('+7') && e164.length !== 12) return null;
  return e164;
}

/** A phone shown to its owner with all but the last two digits hidden: +7 *** ***-**-67. */
export function maskPhone(e164: string): string {
  return `${e164.slice(0, 2)} *** ***-**-${e164.slice(-2)}`;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = isoDate.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Why a birth date cannot be one on `today` (message key), or null. Both 'YYYY-MM-DD'. */
export function birthDateProblem(birthDate: string, today: string): string | null {
  if (!isCalendarDate(birthDate)) return 'verification.field.birth_date_format';
  if (birthDate > today) return 'verification.field.birth_date_future';
  if (birthDate < '1900-01-01') return 'verification.field.birth_date_too_old';
  return null;
}

/** Day written DD.MM.YYYY (as Russian registers often do) or YYYY-MM-DD, as YYYY-MM-DD; null otherwise. */
export function parseDay(value: string): string | null {
  const v = value.trim();
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  const iso = ru ? `${ru[3]}-${ru[2]!.padStart(2, '0')}-${ru[1]!.padStart(2, '0')}` : v;
  return isCalendarDate(iso) ? iso : null;
}
