// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ComponentChild, render as preactRender } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { render as domRender } from '../../src/content/mount/overlay/dom-render.ts';
import { setLanguage } from '../../src/shared/i18n.ts';
import { type Catalog, LANGUAGES } from '../../src/shared/language.ts';
import { estimateStrength } from '../../src/strength/estimate.ts';
import { StrengthNote } from '../../src/ui/strength-note.tsx';

const LOCALES = join(import.meta.dirname, '..', '..', 'public', '_locales');
const catalog = (lang: string): Catalog =>
  JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Catalog;

const html = (child: ComponentChild) => {
  const container = document.createElement('div');
  preactRender(child, container);
  return container;
};

const STATES: Record<string, ComponentChild> = {
  none: <StrengthNote verdict={undefined} />,
  pending: <StrengthNote verdict={undefined} pending />,
  strong: <StrengthNote verdict={estimateStrength('tV8kWq2mRzL5')} />,
  'weak, Sommer2024': <StrengthNote verdict={estimateStrength('Sommer2024')} />,
  'weak, with the email': (
    <StrengthNote verdict={estimateStrength('Nordmann1990', ['ola.nordmann@example.com'])} />
  ),
};

afterEach(() => setLanguage(undefined));

describe('the strength note', () => {
  it('renders nothing without a verdict', () => {
    expect(html(STATES.none).innerHTML).toBe('');
  });

  it('keeps the line of a pending estimate, unseen and unread, so that nothing below it moves when it arrives', () => {
    const line = html(STATES.pending).firstElementChild;
    expect(line?.className).toBe('strength strength-pending');
    expect(line?.getAttribute('aria-hidden')).toBe('true');
    expect(line?.textContent).toBe(html(STATES.strong).textContent);
    const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'ui', 'verdict.css'), 'utf8');
    expect(css).toMatch(/\.strength-pending\s*\{\s*visibility:\s*hidden;/);
  });

  it('says "Hard to guess" in words, not colour alone', () => {
    const note = html(STATES.strong);
    expect(note.textContent).toBe('✓ Hard to guess');
    expect(note.querySelector('[aria-hidden="true"]')?.textContent).toBe('✓ ');
  });

  it('says "Easy to guess", why and what to do', () => {
    const note = html(STATES['weak, Sommer2024']);
    expect(note.querySelector('strong')?.textContent).toBe('! Easy to guess');
    expect([...note.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'It is built on a common Norwegian word or name.',
      'A word with a year or date is among the first things attackers try.',
    ]);
    expect(note.querySelector('.strength-advice')?.textContent).toMatch(
      /^Make it longer.*Or press “Generate a UDI-safe password”/,
    );
  });

  it.each(LANGUAGES)('speaks %s, quoting that language’s Generate button', (lang) => {
    const messages = catalog(lang);
    setLanguage({ lang, catalog: messages });
    const note = html(STATES['weak, with the email']);
    const text = note.textContent ?? '';
    expect(text).toContain(messages.strength_weak?.message);
    expect(text).toContain(messages.strength_reason_personal?.message);
    expect(text).toContain(messages.overlay_generate?.message);
    expect(text).not.toMatch(/strength_/);
    expect(html(STATES.strong).textContent).toContain(messages.strength_strong?.message);
  });

  it('renders the same with the overlay’s renderer as with preact, from any state to any other', () => {
    for (const from of Object.keys(STATES)) {
      for (const to of Object.keys(STATES)) {
        const container = document.createElement('div');
        domRender(STATES[from], container);
        domRender(STATES[to], container);
        expect(container.innerHTML, `${from} → ${to}`).toBe(html(STATES[to]).innerHTML);
      }
    }
  });
});

// WCAG 2.2 AA: 4.5:1 for text. The note's text colours on their backgrounds, in both schemes (theme.css).
describe('the strength note’s colours', () => {
  const theme = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'ui', 'theme.css'), 'utf8');
  const [light = '', dark = ''] = theme.split('@media (prefers-color-scheme: dark)');
  const colour = (block: string, name: string) => {
    const hex = new RegExp(`--udi-${name}:\\s*#([0-9a-f]{6})`, 'i').exec(block)?.[1];
    if (!hex) throw new Error(`no --udi-${name}`);
    return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  };
  const luminance = (rgb: number[]) => {
    const [r = 0, g = 0, b = 0] = rgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (block: string, fg: string, bg: string) => {
    const [a, b] = [luminance(colour(block, fg)), luminance(colour(block, bg))].sort((x, y) => y - x);
    return ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05);
  };

  it.each([
    ['light', light],
    ['dark', dark],
  ])('meet AA in the %s scheme', (_, block) => {
    expect(contrast(block, 'ok', 'bg')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(block, 'warn-fg', 'warn-bg')).toBeGreaterThanOrEqual(4.5);
  });
});
