// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Arrival, watchField } from '../../../src/content/mount/watch-field.ts';

function setup(initial = '') {
  document.body.innerHTML = `<input id="f" type="password" value="${initial}">`;
  const field = document.getElementById('f') as HTMLInputElement;
  const seen: [string, Arrival][] = [];
  const controller = new AbortController();
  const watch = watchField(field, controller.signal, (value, arrival) => seen.push([value, arrival]));
  return { field, seen, controller, watch };
}

afterEach(() => vi.useRealTimers());

describe('watchField', () => {
  it('reports a script-dispatched input as filled, not typed (only trusted keystrokes count as typing)', () => {
    const { field, seen } = setup();
    field.value = 'Abc12345';
    field.dispatchEvent(new InputEvent('input', { inputType: 'insertText', bubbles: true }));
    expect(seen).toEqual([['Abc12345', 'filled']]);
  });

  it('reports a paste as pasted', () => {
    const { field, seen } = setup();
    field.dispatchEvent(new Event('paste'));
    field.value = 'x@y';
    field.dispatchEvent(new Event('input'));
    expect(seen).toEqual([['x@y', 'pasted']]);
  });

  it('notices a value set with no event at all on focus, blur or change', () => {
    const { field, seen } = setup();
    field.value = 'silent';
    field.dispatchEvent(new FocusEvent('focus'));
    expect(seen).toEqual([['silent', 'filled']]);
  });

  it('polls while focused, and stops on blur', () => {
    vi.useFakeTimers();
    const { field, seen } = setup();
    field.dispatchEvent(new FocusEvent('focus'));
    field.value = 'late';
    vi.advanceTimersByTime(300);
    expect(seen).toEqual([['late', 'filled']]);
    field.dispatchEvent(new FocusEvent('blur'));
    field.value = 'later';
    vi.advanceTimersByTime(1000);
    expect(seen).toHaveLength(1);
  });

  it('takes our own fill (Generate) as no change, and what comes after it as usual', () => {
    const { field, seen, watch } = setup();
    watch.adopt('Gen3ratedPassw0rd');
    field.value = 'Gen3ratedPassw0rd';
    for (const type of ['input', 'keyup', 'change']) field.dispatchEvent(new Event(type));
    expect(seen).toEqual([]);
    field.value = 'Gen3ratedPassw0rd!';
    field.dispatchEvent(new Event('input'));
    expect(seen).toEqual([['Gen3ratedPassw0rd!', 'filled']]);
  });

  it('reports a value already present at mount (autofill on load)', async () => {
    const { seen } = setup('Prefilled1');
    await Promise.resolve();
    expect(seen).toEqual([['Prefilled1', 'filled']]);
  });

  it('stops listening once aborted', () => {
    const { field, seen, controller } = setup();
    controller.abort();
    field.value = 'after';
    field.dispatchEvent(new Event('input'));
    expect(seen).toEqual([]);
  });
});
