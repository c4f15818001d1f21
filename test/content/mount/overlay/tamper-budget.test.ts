import { describe, expect, it } from 'vitest';
import { createTamperBudget } from '../../../../src/content/mount/overlay/tamper-budget.ts';

describe('createTamperBudget', () => {
  it('gives up on the third act of tampering within the window, and stays given up', () => {
    const budget = createTamperBudget(3, 5000);
    expect(budget.spend(0)).toBe(false);
    expect(budget.spend(100)).toBe(false);
    expect(budget.spend(200)).toBe(true);
    expect(budget.spend(60_000)).toBe(true);
  });

  it('forgives tampering that is spread out over time (repairs, not a fight)', () => {
    const budget = createTamperBudget(3, 5000);
    expect(budget.spend(0)).toBe(false);
    expect(budget.spend(4000)).toBe(false);
    expect(budget.spend(9000)).toBe(false);
    expect(budget.spend(13_000)).toBe(false);
    expect(budget.spend(13_500)).toBe(true);
  });
});
