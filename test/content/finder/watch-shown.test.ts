// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { watchShown } from '../../../src/content/finder/watch-shown.ts';
import { installLayout } from '../layout.ts';

/** jsdom has no ResizeObserver: this one lets the test say when a box changed. */
class FakeResizeObserver {
  static last: FakeResizeObserver | undefined;
  observed = new Set<Element>();
  constructor(readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  resized(el: Element) {
    this.callback([{ target: el } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
}

let uninstall: () => void;
beforeAll(() => {
  uninstall = installLayout();
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
});
afterAll(() => {
  uninstall();
  vi.unstubAllGlobals();
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function setup() {
  document.body.innerHTML =
    '<div id="tab" data-layout="hidden"><form><input id="p" type="password"><button>Sign up</button></form></div>';
  const field = document.querySelector('#p') as HTMLInputElement;
  const tab = document.querySelector('#tab') as HTMLElement;
  const shown = vi.fn();
  const page = new AbortController();
  const watch = watchShown(page.signal, shown);
  watch.wait(field);
  return { field, tab, shown, watch, page, observer: FakeResizeObserver.last as FakeResizeObserver };
}

describe('hidden password fields', () => {
  it('are looked at again when they get a box, and then no longer watched', () => {
    const { field, tab, shown, watch, observer } = setup();
    expect(watch.waiting(field)).toBe(true);
    observer.resized(field); // still hidden: nothing
    expect(shown).not.toHaveBeenCalled();
    tab.removeAttribute('data-layout');
    observer.resized(field);
    expect(shown).toHaveBeenCalledWith(new Set([document]));
    expect(watch.waiting(field)).toBe(false);
    expect(observer.observed.has(field)).toBe(false);
  });

  it('are looked at again after a transition ends or a field is focused, at most once per 50 ms', () => {
    vi.useFakeTimers();
    const { tab, shown } = setup();
    tab.removeAttribute('data-layout'); // faded in: no box change
    document.dispatchEvent(new Event('transitionend'));
    document.dispatchEvent(new Event('focusin'));
    expect(shown).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60);
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it('are forgotten when the page removes them, and the watch ends with the page', () => {
    const { field, watch, page, observer } = setup();
    field.remove();
    observer.resized(field);
    expect(watch.waiting(field)).toBe(false);
    const other = document.createElement('input');
    page.abort();
    watch.wait(other);
    expect(watch.waiting(other)).toBe(false);
  });
});
