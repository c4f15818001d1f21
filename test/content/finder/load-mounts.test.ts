// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { injectRequest, type Mounts, registerPart } from '../../../src/content/parts.ts';
import fake from '../../shared/fake-browser.ts';

type Runtime = typeof fake.runtime & { sendMessage?: (message: unknown) => Promise<unknown> };
const runtime = fake.runtime as Runtime;

// load-mounts.ts remembers its one request per frame: each test gets a fresh module and a fresh frame.
async function freshLoader() {
  vi.resetModules();
  delete (globalThis as Record<string, unknown>).__udiLoginHelperParts;
  return (await import('../../../src/content/finder/load-mounts.ts')).loadMounts;
}

describe('the form finder gets the mount code from the background', () => {
  beforeEach(() => {
    delete runtime.sendMessage;
  });

  it('asks once, with a message that carries nothing but its type, and creates the mounts', async () => {
    const loadMounts = await freshLoader();
    const mounts: Mounts = { update: vi.fn() };
    const create = vi.fn(async () => mounts);
    // The background's answer arrives after it injected mounts.js, which registers itself.
    runtime.sendMessage = vi.fn(async () => {
      registerPart('mounts', create);
      return true;
    });
    const signal = new AbortController().signal;
    const [first, second] = await Promise.all([loadMounts(signal), loadMounts(signal)]);
    expect(first).toBe(mounts);
    expect(second).toBe(mounts);
    expect(runtime.sendMessage).toHaveBeenCalledTimes(1);
    expect(runtime.sendMessage).toHaveBeenCalledWith(injectRequest('mounts'));
    expect(JSON.stringify(injectRequest('mounts'))).toBe('{"type":"inject","part":"mounts"}');
    expect(create).toHaveBeenCalledWith(signal);
  });

  it('goes without the overlay, without throwing, when the background cannot inject', async () => {
    const loadMounts = await freshLoader();
    runtime.sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(loadMounts(new AbortController().signal)).resolves.toBeUndefined();
  });

  it('goes without the overlay, without throwing, when the mount code fails to start', async () => {
    const loadMounts = await freshLoader();
    runtime.sendMessage = vi.fn(async () =>
      registerPart('mounts', async () => {
        throw new Error('storage is gone');
      }),
    );
    await expect(loadMounts(new AbortController().signal)).resolves.toBeUndefined();
  });

  it('creates nothing for a page that is already gone', async () => {
    const loadMounts = await freshLoader();
    const create = vi.fn(async () => ({ update: () => {} }));
    runtime.sendMessage = vi.fn(async () => registerPart('mounts', create));
    const page = new AbortController();
    const loading = loadMounts(page.signal);
    page.abort();
    await expect(loading).resolves.toBeUndefined();
    expect(create).not.toHaveBeenCalled();
  });
});
