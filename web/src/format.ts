import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, District } from './api/types.js';
import { cityTimeZone } from './city-time.js';
import { isLanguage, localeOf } from './i18n/i18n.js';

export interface Formatters {
  locale: string;
  number(n: number, opts?: Intl.NumberFormatOptions): string;
  /** «12 марта 2026» / "12 March 2026". */
  date(iso: string): string;
  /** «12 марта 2026, 14:05». */
  dateTime(iso: string): string;
  /**
   * A deadline's day: the server gives the end of the last working day (midnight after it, city
   * time), so the day shown is the one before that midnight, in the city's time zone.
   */
  dueDate(iso: string): string;
  /**
   * Money for people in its own currency (ISO 4217: RUB, PLN…): «1 350 000 ₽», "zł 1,350,000"; kopecks only
   * when there are some. `compact` shortens a million and more: «1,4 млн ₽», "₽1.4m". The server's amounts are
   * exact decimal strings; turning them into a number here is for display only, never for sums.
   */
  money(amount: string | number, currency: string, opts?: { compact?: boolean }): string;
  /** The sign of a currency as the language writes it, for labels: «₽», "zł". */
  currencySign(currency: string): string;
  /** The localized name of a district or department. */
  name(item: Pick<District | Department, 'nameRu' | 'nameEn'>): string;
  collator: Intl.Collator;
}

function formatMoney(locale: string, amount: string | number, currency: string, compact: boolean): string {
  const n = typeof amount === 'number' ? amount : Number(amount);
  const short = compact && Math.abs(n) >= 1_000_000;
  const digits: Intl.NumberFormatOptions = short
    ? { notation: 'compact', maximumFractionDigits: 1 }
    : { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 };
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', ...digits }).format(n);
  } catch {
    // a code the browser does not know how to write: the number and the code as given
    return `${new Intl.NumberFormat(locale, digits).format(n)} ${currency}`;
  }
}

/** Numbers, dates and names in the current interface language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'ru';
  return useMemo(() => {
    const locale = localeOf(lang);
    // every date and time on the city's clock, as the administrators' forms enter them, not the browser's
    const dateFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: cityTimeZone() });
    const timeFmt = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: cityTimeZone() });
    // Russian adds « г.» after the year; the city's portals write dates without it
    const date = (iso: string) =>
      dateFmt
        .formatToParts(new Date(iso))
        .filter((p) => !(p.type === 'literal' && p.value.trim() === 'г.'))
        .map((p) => p.value)
        .join('')
        .trim();
    const dueFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: cityTimeZone() });
    const dueDate = (iso: string) =>
      dueFmt
        .formatToParts(new Date(Date.parse(iso) - 1000))
        .filter((p) => !(p.type === 'literal' && p.value.trim() === 'г.'))
        .map((p) => p.value)
        .join('')
        .trim();
    return {
      locale,
      dueDate,
      number: (n, opts) => new Intl.NumberFormat(locale, opts).format(n),
      money: (amount, currency, opts) => formatMoney(locale, amount, currency, opts?.compact ?? false),
      currencySign: (currency) => {
        try {
          return (
            new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0).find((p) => p.type === 'currency')
              ?.value ?? currency
          );
        } catch {
          return currency;
        }
      },
      date,
      dateTime: (iso) => `${date(iso)}, ${timeFmt.format(new Date(iso))}`,
      name: (item) => (lang === 'en' ? item.nameEn : item.nameRu),
      collator: new Intl.Collator(locale),
    };
  }, [lang]);
}
