// @vitest-environment jsdom
import { type ComponentChild, render as preactRender } from 'preact';
import { describe, expect, it } from 'vitest';
import { render as domRender } from '../../src/content/overlay/dom-render.ts';
import {
  ConfirmCheck,
  LoginHint,
  PasswordCheck,
  type PasswordCheckProps,
} from '../../src/content/overlay/password-check.tsx';
import { checkPassword } from '../../src/policy/check.ts';

// The mount code renders the overlay's components with dom-render.ts instead of preact (vite.config.ts).
// Whatever state the panel is in, and whatever state it came from, the DOM must be what preact makes.
const noop = () => {};
const panel = (value: string, extra: Partial<PasswordCheckProps> = {}) => (
  <PasswordCheck
    verdict={checkPassword(value)}
    alert={undefined}
    touched={false}
    submitAttempted={false}
    generated={false}
    showCharacters={false}
    generator={{ length: 20, bits: 119 }}
    status=""
    onToggleCharacters={noop}
    onGenerate={noop}
    onDismiss={noop}
    {...extra}
  />
);

const STATES: Record<string, ComponentChild> = {
  empty: panel(''),
  incomplete: panel('abc', { touched: true, status: '3 of 5' }),
  refused: panel('Pässwörd 1€\u200b', { showCharacters: true }),
  'refused, characters hidden': panel('Pässwörd 1€\u200bДа'),
  'filled by a manager': panel('Abc!def1', { alert: 'filled', touched: true }),
  'submit did nothing': panel('abc', { submitAttempted: true, touched: true }),
  ok: panel('Abcdefg1'),
  generated: panel('Abcdefgh12345678XYZa', { generated: true }),
  mismatch: <ConfirmCheck mismatch={true} />,
  match: <ConfirmCheck mismatch={false} />,
  'login hint': <LoginHint notes={['Work permit: ID-porten', 'Visit: e-mail']} onDismiss={noop} />,
  'login hint without notes': <LoginHint notes={[]} onDismiss={noop} />,
};

const byPreact = (state: ComponentChild) => {
  const container = document.createElement('div');
  preactRender(state, container);
  return container.innerHTML;
};

describe('the mount code renderer (dom-render.ts)', () => {
  it.each(Object.keys(STATES))('renders "%s" exactly as preact does', (name) => {
    const container = document.createElement('div');
    domRender(STATES[name], container);
    expect(container.innerHTML).toBe(byPreact(STATES[name]));
  });

  it('turns any state into any other exactly as preact renders the second', () => {
    const panels = Object.keys(STATES).filter((name) => !/match|login/.test(name));
    for (const from of panels) {
      for (const to of panels) {
        const container = document.createElement('div');
        domRender(STATES[from], container);
        domRender(STATES[to], container);
        expect(container.innerHTML, `${from} → ${to}`).toBe(byPreact(STATES[to]));
      }
    }
  });

  it('keeps the focused button (and so keyboard focus) when parts appear around it', () => {
    const container = document.createElement('div');
    document.body.append(container);
    domRender(panel('Pässwörd'), container);
    const toggle = [...container.querySelectorAll('button')].find((b) => b.classList.contains('link'));
    toggle?.focus();
    expect(document.activeElement).toBe(toggle);
    domRender(
      panel('Pässwörd1', { alert: 'filled', submitAttempted: true, showCharacters: true }),
      container,
    );
    expect(document.activeElement).toBe(toggle);
    expect(toggle?.getAttribute('aria-pressed')).toBe('true');
  });

  it('calls the handler of the latest render, once per click', () => {
    const container = document.createElement('div');
    const calls: string[] = [];
    domRender(panel('abc', { onGenerate: () => calls.push('first') }), container);
    domRender(panel('abcd', { onGenerate: () => calls.push('second') }), container);
    container.querySelector<HTMLButtonElement>('button.primary')?.click();
    expect(calls).toEqual(['second']);
  });

  it('empties the container on null', () => {
    const container = document.createElement('div');
    domRender(panel('abc'), container);
    domRender(null, container);
    expect(container.childNodes).toHaveLength(0);
  });
});
