// When something of the coming week happens, as the home page writes it: "today" or "tomorrow" when it is, else the
// weekday and date, and the hours — on the city's clock. Pure: the moments, now, the zone and the locale are inputs.

/** A start and an end, in words for one card. */
export interface WeekWhen {
  /** The start's city day is today's or tomorrow's (the card says so in words), else null. */
  relative: 'today' | 'tomorrow' | null;
  /** «пт, 11 декабря» / "Fri 11 December". */
  day: string;
  /** «18:00–20:00»; an end on another day carries its date: «18:00 – сб, 12 декабря, 12:00». */
  hours: string;
}

const formats = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat; ymd: Intl.DateTimeFormat }>();

function formatsFor(locale: string, timeZone: string) {
  const key = `${locale} ${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    f = {
      day: new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'long', timeZone }),
      time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }),
      ymd: new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }),
    };
    formats.set(key, f);
  }
  return f;
}

/** The day after a 'YYYY-MM-DD'. */
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** How the home page's week writes one thing's start and end, read on the city's clock at `now`. */
export function weekWhen(startIso: string, endIso: string, now: Date, timeZone: string, locale: string): WeekWhen {
  const f = formatsFor(locale, timeZone);
  const start = new Date(startIso);
  const end = new Date(endIso);
  const today = f.ymd.format(now);
  const startDay = f.ymd.format(start);
  const sameDay = startDay === f.ymd.format(end);
  return {
    relative: startDay === today ? 'today' : startDay === nextDay(today) ? 'tomorrow' : null,
    day: f.day.format(start),
    hours: sameDay ? `${f.time.format(start)}–${f.time.format(end)}` : `${f.time.format(start)} – ${f.day.format(end)}, ${f.time.format(end)}`,
  };
}
