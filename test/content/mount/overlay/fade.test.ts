import { describe, expect, it } from 'vitest';
import { seenThrough } from '../../../../src/content/mount/overlay/fade.ts';

const style = (over: Partial<Record<'opacity' | 'filter' | 'mask' | 'clipPath', string>>) => ({
  opacity: '1',
  filter: 'none',
  mask: 'none',
  clipPath: 'none',
  ...over,
});

describe('seenThrough (what the clickjacking guard multiplies down the ancestors)', () => {
  it('lets a plain element through', () => {
    expect(seenThrough(style({}))).toBe(1);
    expect(seenThrough(style({ filter: 'drop-shadow(rgba(0, 0, 0, 0.2) 0px 1px 3px)' }))).toBe(1);
  });

  it('fades with opacity and with filter: opacity()', () => {
    expect(seenThrough(style({ opacity: '0.4' }))).toBeCloseTo(0.4);
    expect(seenThrough(style({ filter: 'opacity(0.2)' }))).toBeCloseTo(0.2);
    expect(seenThrough(style({ filter: 'opacity(30%)' }))).toBeCloseTo(0.3);
    expect(seenThrough(style({ opacity: '0.8', filter: 'opacity(0.5)' }))).toBeCloseTo(0.4);
  });

  it('hides behind a mask, a clip path, a strong blur or a near-zero brightness or contrast', () => {
    expect(seenThrough(style({ mask: 'linear-gradient(transparent, transparent)' }))).toBe(0);
    expect(seenThrough(style({ clipPath: 'inset(100%)' }))).toBe(0);
    expect(seenThrough(style({ filter: 'blur(6px)' }))).toBe(0);
    expect(seenThrough(style({ filter: 'brightness(0)' }))).toBe(0);
    expect(seenThrough(style({ filter: 'contrast(10%)' }))).toBe(0);
    expect(seenThrough(style({ filter: 'blur(1px) brightness(0.9)' }))).toBe(1);
  });
});
