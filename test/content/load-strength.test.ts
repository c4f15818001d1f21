import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INJECT_STRENGTH, registerStrength } from '../../src/content/strength-api.ts';
import fake from '../shared/fake-browser.ts';

type Runtime = typeof fake.runtime & { sendMessage?: (message: unknown) => Promise<unknown> };
const runtime = fake.runtime as Runtime;

// load-strength.ts remembers its one request per frame: each test gets a fresh module and a fresh frame.
async function freshLoader() {
  vi.resetModules();
  delete (globalThis as Record<string, unknown>).__udiLoginHelperParts;
  return (await import('../../src/content/load-strength.ts')).loadStrength;
}

describe('the mount code gets the strength estimator from the background', () => {
  beforeEach(() => {
    delete runtime.sendMessage;
  });

  it('asks once, with a message that carries nothing but its type, and resolves the estimator', async () => {
    const loadStrength = await freshLoader();
    const estimate = vi.fn(() => ({ weak: false, reasons: [], advice: [] }));
    // The background's answer arrives after it injected strength.js, which registers itself.
    runtime.sendMessage = vi.fn(async () => {
      registerStrength(estimate);
      return true;
    });
    const [first, second] = await Promise.all([loadStrength(), loadStrength()]);
    expect(first).toBe(estimate);
    expect(second).toBe(estimate);
    expect(runtime.sendMessage).toHaveBeenCalledTimes(1);
    expect(runtime.sendMessage).toHaveBeenCalledWith(INJECT_STRENGTH);
    expect(estimate).not.toHaveBeenCalled();
  });

  it('does not ask when the estimator is already in this frame', async () => {
    const loadStrength = await freshLoader();
    const estimate = vi.fn(() => ({ weak: true, reasons: [], advice: [] }));
    registerStrength(estimate);
    runtime.sendMessage = vi.fn(async () => true);
    await expect(loadStrength()).resolves.toBe(estimate);
    expect(runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('goes without, without throwing, when the background cannot inject', async () => {
    const loadStrength = await freshLoader();
    runtime.sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(loadStrength()).resolves.toBeUndefined();
  });

  it('goes without when the injection reported success but nothing registered', async () => {
    const loadStrength = await freshLoader();
    runtime.sendMessage = vi.fn(async () => false);
    await expect(loadStrength()).resolves.toBeUndefined();
  });
});
