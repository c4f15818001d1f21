/** What a computed style lets through of an element, read as the strings getComputedStyle returns. */
export interface FadingStyle {
  opacity: string;
  filter: string;
  /** `mask-image` (or `-webkit-mask-image`). */
  mask: string;
  clipPath: string;
}

/** Below this, a blur leaves the text of our buttons readable. */
const MAX_BLUR_PX = 2;
/** Below this brightness or contrast, the panel is a dark or grey patch. */
const MIN_TONE = 0.3;

/**
 * How much of an element a style lets the applicant see, from 0 to 1: its opacity, times what its filter
 * does (`opacity()` fades; a blur, or a brightness or contrast near zero, hides the text). A mask or a clip
 * path can hide any part of it while its box and opacity stay as they were: 0. Pure, for the clickjacking
 * guard (guard-activation.ts), which multiplies it down the ancestor chain.
 */
export function seenThrough(style: FadingStyle): number {
  if ((style.mask && style.mask !== 'none') || (style.clipPath && style.clipPath !== 'none')) return 0;
  let seen = clamp(Number.parseFloat(style.opacity));
  if (!style.filter || style.filter === 'none') return seen;
  for (const [, name, arg = ''] of style.filter.matchAll(/([a-z-]+)\(([^)]*)\)/g)) {
    const amount = Number.parseFloat(arg) / (arg.trim().endsWith('%') ? 100 : 1);
    if (name === 'opacity') seen *= clamp(amount);
    else if ((name === 'brightness' || name === 'contrast') && amount < MIN_TONE) return 0;
    else if (name === 'blur' && amount > MAX_BLUR_PX) return 0;
  }
  return seen;
}

const clamp = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 1);
