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
    return numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', ...digits }).format(n);
  } catch {
    // a code the browser does not know how to write: the number and the code as given
    return `${numberFormat(locale, digits).format(n)} ${currency}`;
  }
}

/** One set of formatters per language and city time zone: Intl's constructors are slow, and every component formats. */
const sets = new Map<string, Formatters>();
/** Number formats by locale and options, made once each (a list formats many numbers the same way). */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, opts: Intl.NumberFormatOptions | undefined): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(opts ?? {})}`;
  let fmt = numberFormats.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale, opts);
    numberFormats.set(key, fmt);
  }
  return fmt;
}

function formattersFor(lang: 'ru' | 'en', timeZone: string): Formatters {
  const key = `${lang} ${timeZone}`;
  const known = sets.get(key);
  if (known) return known;
  const locale = localeOf(lang);
  // every date and time on the city's clock, as the administrators' forms enter them, not the browser's; each
  // formatter is made when first used (a page that shows no date, or sorts nothing, does not pay for it)
  let dateFmt: Intl.DateTimeFormat | undefined;
  let timeFmt: Intl.DateTimeFormat | undefined;
  let collator: Intl.Collator | undefined;
  // Russian adds « г.» after the year; the city's portals write dates without it
  const day = (at: Date) =>
    (dateFmt ??= new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }))
      .formatToParts(at)
      .filter((p) => !(p.type === 'literal' && p.value.trim() === 'г.'))
      .map((p) => p.value)
      .join('')
      .trim();
  const date = (iso: string) => day(new Date(iso));
  const dueDate = (iso: string) => day(new Date(Date.parse(iso) - 1000));
  const formatters: Formatters = {
    locale,
    dueDate,
    number: (n, opts) => numberFormat(locale, opts).format(n),
    money: (amount, currency, opts) => formatMoney(locale, amount, currency, opts?.compact ?? false),
    currencySign: (currency) => {
      try {
        return (
          numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
            .formatToParts(0)
            .find((p) => p.type === 'currency')?.value ?? currency
        );
      } catch {
        return currency;
      }
    },
    date,
    dateTime: (iso) => `${date(iso)}, ${(timeFmt ??= new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone })).format(new Date(iso))}`,
    name: (item) => (lang === 'en' ? item.nameEn : item.nameRu),
    get collator() {
      return (collator ??= new Intl.Collator(locale));
    },
  };
  sets.set(key, formatters);
  return formatters;
}

/** Numbers, dates and names in the current interface language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'ru';
  return useMemo(() => formattersFor(lang, cityTimeZone()), [lang]);
}
