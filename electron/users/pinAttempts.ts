// Wrong PINs slow down guessing: after MAX_WRONG wrong tries a profile waits LOCK_MS before the next one.
// Pure bookkeeping over a clock, kept per open company (in memory; reopening the file starts afresh).
import { OrdoError } from '../../shared/errors';

export const MAX_WRONG = 5;
export const LOCK_MS = 30_000;

interface Attempts {
  wrong: number;
  lockedUntil: number;
}

export class PinAttempts {
  private readonly byUser = new Map<number, Attempts>();

  /** Throws while the profile is waiting after too many wrong PINs. */
  assertMayTry(userId: number, now: number): void {
    const a = this.byUser.get(userId);
    if (a && now < a.lockedUntil) {
      const seconds = Math.ceil((a.lockedUntil - now) / 1000);
      const wait = `${seconds} second${seconds === 1 ? '' : 's'}`;
      throw new OrdoError('UNAUTHORIZED', `Too many wrong PINs; try again in ${wait}`, {
        fields: [{ path: 'pin', message: `Wait ${wait}` }],
      });
    }
  }

  recordWrong(userId: number, now: number): void {
    const a = this.byUser.get(userId) ?? { wrong: 0, lockedUntil: 0 };
    a.wrong += 1;
    if (a.wrong >= MAX_WRONG) {
      a.wrong = 0;
      a.lockedUntil = now + LOCK_MS;
    }
    this.byUser.set(userId, a);
  }

  recordRight(userId: number): void {
    this.byUser.delete(userId);
  }
}
