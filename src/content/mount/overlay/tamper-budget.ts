/**
 * How much fighting with a page we accept. Restoring our host once or twice is repair (a framework that
 * wiped a container, a careless script); the same page undoing us `limit` times within `windowMs` is a
 * fight, and the page wins: we leave rather than loop. Pure: the caller passes the clock.
 */
export interface TamperBudget {
  /** Records one act of tampering at `now` (ms); true once the budget is spent (and from then on). */
  spend(now: number): boolean;
}

export const TAMPER_LIMIT = 3;
export const TAMPER_WINDOW_MS = 5000;

export function createTamperBudget(limit = TAMPER_LIMIT, windowMs = TAMPER_WINDOW_MS): TamperBudget {
  let times: number[] = [];
  let spent = false;
  return {
    spend(now) {
      if (spent) return true;
      times = [...times.filter((t) => now - t < windowMs), now];
      spent = times.length >= limit;
      return spent;
    },
  };
}
