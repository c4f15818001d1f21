import { describe, expect, it } from 'vitest';
import base from '../../manifest.json' with { type: 'json' };
import { GECKO_ID, manifestFor } from '../../scripts/manifest-for.ts';

describe('manifestFor', () => {
  it('gives Chrome no Firefox keys', () => {
    expect(manifestFor(base, 'chrome')).not.toHaveProperty('browser_specific_settings');
  });

  it('gives no background when none is declared', () => {
    const { background: _, ...withoutWorker } = base;
    expect(manifestFor(withoutWorker, 'chrome')).not.toHaveProperty('background');
    expect(manifestFor(withoutWorker, 'firefox')).not.toHaveProperty('background');
  });

  it('gives Firefox a fixed gecko id, a minimum version and no data collection', () => {
    expect(manifestFor(base, 'firefox')).toMatchObject({
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    });
  });

  it('turns one background entry into each browser’s shape', () => {
    const withWorker = { ...base, background: { service_worker: 'src/background.ts' } };
    expect(manifestFor(withWorker, 'chrome')).toMatchObject({
      background: { service_worker: 'src/background.ts', type: 'module' },
    });
    expect(manifestFor(withWorker, 'firefox').background).toEqual({
      scripts: ['src/background.ts'],
      type: 'module',
    });
  });

  it('runs on UDI over https only; the test build adds http, for local fixtures', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const shipped = manifestFor(base, target);
      expect(shipped.content_scripts[0]?.matches).toEqual(['https://*.udi.no/*']);
      expect(shipped.host_permissions).toEqual(['https://*.udi.no/*']);
      expect(shipped.optional_host_permissions).toEqual(['https://*/*']);
      const test = manifestFor(base, target, { test: true });
      expect(test.content_scripts[0]?.matches).toEqual(['https://*.udi.no/*', 'http://*.udi.no/*']);
      expect(test.host_permissions).toEqual(['https://*.udi.no/*', 'http://*.udi.no/*']);
      expect(test.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    }
  });

  it('does not change the manifest it was given', () => {
    const before = JSON.stringify(base);
    manifestFor(base, 'firefox');
    expect(JSON.stringify(base)).toBe(before);
  });
});
