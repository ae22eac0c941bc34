/**
 * A moment as the city's wall clock shows it, `YYYY-MM-DD HH:mm`: unambiguous in every language,
 * for messages whose parameters are fixed before the reader's language is known.
 */
export function cityDateTime(at: Date, timeZone: string): string {
  // the Swedish locale formats as ISO (2026-12-01 18:00)
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}
