// Today's calendar date on this computer, as "2026-01-31".
import { todayIn } from '../../../shared/dates';

const systemClock = { now: () => new Date() };

export function todayIso(): string {
  return todayIn(systemClock);
}
