import { beforeEach, describe, expect, it, vi } from 'vitest';
import { injectRequest, registerPart } from '../../src/content/parts.ts';
import type { StrengthVerdict } from '../../src/strength/estimate.ts';
import fake from '../shared/fake-browser.ts';

type Runtime = typeof fake.runtime & { sendMessage?: (message: unknown) => Promise<unknown> };
const runtime = fake.runtime as Runtime;

// load-part.ts remembers its one request per part and frame: each test gets a fresh module and frame.
async function freshLoader() {
  vi.resetModules();
  delete (globalThis as Record<string, unknown>).__udiLoginHelperParts;
  const { loadPart } = await import('../../src/content/load-part.ts');
  return () => loadPart('strength');
}
const registerStrength = (estimate: () => StrengthVerdict) => registerPart('strength', estimate);

describe('the mount code gets a part (here the strength estimator) from the background', () => {
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
    expect(runtime.sendMessage).toHaveBeenCalledWith(injectRequest('strength'));
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
