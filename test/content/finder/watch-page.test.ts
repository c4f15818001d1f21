// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { watchPage } from '../../../src/content/finder/watch-page.ts';

type Root = Document | ShadowRoot;
const chrome = globalThis as unknown as { chrome: { dom?: unknown } };

/** Like Chromium's: throws for anything that is not an HTMLElement, and sees the closed roots we made. */
function fakeChromeDom(closed: Map<Element, ShadowRoot>, throwsFor?: Element) {
  const asked: Element[] = [];
  chrome.chrome.dom = {
    openOrClosedShadowRoot(el: Element) {
      asked.push(el);
      if (!(el instanceof HTMLElement) || el === throwsFor) {
        throw new Error('Error in invocation of dom.openOrClosedShadowRoot(HTMLElement element)');
      }
      return closed.get(el) ?? null;
    },
  };
  return asked;
}

afterEach(() => {
  delete chrome.chrome.dom;
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-udi-helper-errors');
});

/** The roots of the first scan. */
function firstScan(): Root[] {
  const controller = new AbortController();
  let roots: Root[] = [];
  watchPage(document, controller.signal, (found) => {
    roots = [...found];
  });
  controller.abort();
  return roots;
}

describe('watchPage', () => {
  it('finds closed shadow roots on a page full of SVG and MathML, asking only about elements that can have one', () => {
    document.body.innerHTML = `
      <header><svg viewBox="0 0 10 10"><use href="#i"/><foreignObject><div>x</div></foreignObject></svg></header>
      <p><math><mi>x</mi></math></p><x-card></x-card><button>Go</button><input>`;
    const card = document.querySelector('x-card') as HTMLElement;
    const root = card.attachShadow({ mode: 'closed' });
    root.innerHTML = '<form><svg><circle r="1"/></svg><input type="password"></form>';
    const asked = fakeChromeDom(new Map([[card, root]]));
    expect(firstScan()).toEqual([document, root]);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((el) => el instanceof HTMLElement)).toBe(true);
    // Only custom elements and the few built-in shadow hosts (DOM standard) are asked about.
    expect(asked.map((el) => el.localName).sort()).toEqual(['body', 'div', 'header', 'p', 'x-card']);
    expect(document.documentElement.getAttribute('data-udi-helper-errors')).toBeNull();
  });

  it('treats an element the API throws for as having no root, and goes on with the rest (reported in the test build)', () => {
    document.body.innerHTML = '<x-broken></x-broken><x-card></x-card>';
    const broken = document.querySelector('x-broken') as Element;
    const card = document.querySelector('x-card') as HTMLElement;
    const root = card.attachShadow({ mode: 'closed' });
    fakeChromeDom(new Map([[card, root]]), broken);
    expect(firstScan()).toEqual([document, root]);
    expect(document.documentElement.getAttribute('data-udi-helper-errors')).toBe('1');
  });
});
