import { describe, expect, it } from 'vitest';
import { isUdiOrigin } from '../../../src/content/mount/frame-ancestry.ts';

describe('isUdiOrigin (whose pages may frame the check and still let it act)', () => {
  it.each([
    ['https://selfservice.udi.no', true],
    ['https://udi.no', true],
    ['https://www.udi.no:443', true],
    ['https://udi.no.example.org', false],
    ['https://evil-udi.no', false],
    ['https://example.org', false],
    ['null', false],
    ['file://', false],
  ])('%s → %s', (origin, udi) => {
    expect(isUdiOrigin(origin, false)).toBe(udi);
  });

  it('takes plain http only in the test build (local fixtures)', () => {
    expect(isUdiOrigin('http://selfservice.udi.no', false)).toBe(false);
    expect(isUdiOrigin('http://selfservice.udi.no', true)).toBe(true);
  });
});
