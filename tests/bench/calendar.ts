// The generated history's calendar: whole days since 2021-01-01, up to the day before the bench clock's today.
const DAY_MS = 86_400_000;
const DAY0 = Date.UTC(2021, 0, 1);

export const dayOf = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - DAY0) / DAY_MS);
const isoDays: string[] = [];
/** Memoised: the generators ask for the same few thousand days millions of times. */
export const isoDay = (day: number) =>
  (isoDays[day] ??= new Date(DAY0 + day * DAY_MS).toISOString().slice(0, 10));
/** The last day with history: the bench clock stands at 2026-03-02. */
export const LAST_DAY = dayOf('2026-03-01');
export const yearOfDay = (day: number) => new Date(DAY0 + day * DAY_MS).getUTCFullYear();
export const stamp = (day: number, time = '10:00:00.000Z') => `${isoDay(day)}T${time}`;
