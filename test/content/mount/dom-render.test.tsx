// @vitest-environment jsdom
import { type ComponentChild, render as preactRender } from 'preact';
import { describe, expect, it } from 'vitest';
import { type CheckEvent, initialState, reduce } from '../../../src/content/mount/check-state.ts';
import { view } from '../../../src/content/mount/check-view.ts';
import { render as domRender } from '../../../src/content/mount/overlay/dom-render.ts';
import {
  ConfirmCheck,
  LoginHint,
  PasswordCheck,
  type PasswordCheckProps,
} from '../../../src/content/mount/overlay/password-check.tsx';
import type { Arrival } from '../../../src/content/mount/watch-field.ts';
import { findRefused } from '../../../src/policy/find-refused.ts';
import { type PageLimits, readPageLimits } from '../../../src/policy/page-limits.ts';

// The mount code renders the overlay's components with dom-render.ts instead of preact (vite.config.ts).
// Whatever state the panel is in, and whatever state it came from, the DOM must be what preact makes.
// Each panel is made from a real state (check-state.ts), the way the mount code makes it.
const noop = () => {};
const panel = (
  value: string,
  {
    arrival = 'typed',
    events = [],
    limits,
    extra = {},
    fillable = true,
  }: {
    fillable?: boolean;
    arrival?: Arrival;
    events?: CheckEvent[];
    limits?: PageLimits | undefined;
    extra?: Partial<PasswordCheckProps>;
  } = {},
) => {
  let state = reduce(initialState('', limits, undefined, findRefused), { type: 'value', value, arrival });
  for (const event of events) state = reduce(state, event);
  const around = {
    focused: true,
    shown: true,
    confirmLinked: false,
    confirmFocused: false,
    confirmShown: false,
  };
  return (
    <PasswordCheck
      verdict={state.verdict}
      view={view(state, { ...around, setting: 16, fillable })}
      submit={state.submit}
      generated={state.arrival === 'generated'}
      showCharacters={state.showCharacters}
      status=""
      onToggleCharacters={noop}
      onGenerate={noop}
      onDismiss={noop}
      {...extra}
    />
  );
};
const limits = (attributes: { maxlength?: string; pattern?: string; title?: string }) =>
  readPageLimits({ minlength: null, maxlength: null, pattern: null, title: null, ...attributes });

const STATES: Record<string, ComponentChild> = {
  empty: panel(''),
  incomplete: panel('abc', { events: [{ type: 'blur' }], extra: { status: '3 of 5' } }),
  refused: panel('Pässwörd 1€\u200b', { events: [{ type: 'toggle-characters' }] }),
  'refused, characters hidden': panel('Pässwörd 1€\u200bДа'),
  'filled by a manager': panel('Abc!def1', { arrival: 'filled' }),
  'submit did nothing': panel('abc', { events: [{ type: 'submit', button: 'enabled' }] }),
  'Create switched off': panel('Abcdefg1', { events: [{ type: 'submit', button: 'disabled' }] }),
  'switched off, and refused': panel('abc!', { events: [{ type: 'submit', button: 'disabled' }] }),
  ok: panel('Abcdefg1'),
  generated: panel('Abcdefgh12345678', { arrival: 'generated' }),
  'refused by the page, with its words': panel('Abcdefg1', {
    limits: limits({ pattern: '(?=.*[^A-Za-z0-9]).{8,16}', title: 'Use a symbol' }),
  }),
  'longer than the page allows': panel('Abcdefgh123456789', { limits: limits({ maxlength: '12' }) }),
  'no password fits the page': panel('abc', { limits: limits({ maxlength: '6' }) }),
  'a field in clear text': panel('abc', { fillable: false }),
  'a long refused paste': panel('!'.repeat(300)),
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
      panel('Pässwörd1', {
        arrival: 'filled',
        events: [{ type: 'submit', button: 'enabled' }, { type: 'toggle-characters' }],
      }),
      container,
    );
    expect(document.activeElement).toBe(toggle);
    expect(toggle?.getAttribute('aria-pressed')).toBe('true');
  });

  it('calls the handler of the latest render, once per click', () => {
    const container = document.createElement('div');
    const calls: string[] = [];
    domRender(panel('abc', { extra: { onGenerate: () => calls.push('first') } }), container);
    domRender(panel('abcd', { extra: { onGenerate: () => calls.push('second') } }), container);
    container.querySelector<HTMLButtonElement>('button.primary')?.click();
    expect(calls).toEqual(['second']);
  });

  it('says how many refused characters there are in all when it lists only the first', () => {
    const container = document.createElement('div');
    domRender(STATES['a long refused paste'], container);
    expect(container.textContent).toContain('Listed: the first 200 of 300.');
  });

  it('empties the container on null', () => {
    const container = document.createElement('div');
    domRender(panel('abc'), container);
    domRender(null, container);
    expect(container.childNodes).toHaveLength(0);
  });
});
