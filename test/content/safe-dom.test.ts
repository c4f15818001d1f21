// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { contain } from '../../src/content/contain.ts';
import { documentOf, listen, query, queryAll, titleOf } from '../../src/content/safe-dom.ts';

/** What named properties do in browsers (jsdom has none): the named element shadows the platform's member. */
function clobber(target: object, name: string, element: Element): () => void {
  Object.defineProperty(target, name, { value: element, configurable: true });
  return () => delete (target as Record<string, unknown>)[name];
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-udi-helper-errors');
  document.documentElement.removeAttribute('data-udi-helper-error');
});

describe('safe DOM calls on clobbered markup', () => {
  it('queries a document whose querySelectorAll and title an <img name> replaced', () => {
    document.body.innerHTML = '<title>Sign up</title><img><form><input type="password"></form>';
    const img = document.querySelector('img') as Element;
    const undo = [clobber(document, 'querySelectorAll', img), clobber(document, 'title', img)];
    expect(() => document.querySelectorAll('input')).toThrow(TypeError);
    expect(queryAll(document, 'input[type="password"]')).toHaveLength(1);
    expect(titleOf(document)).toBe('Sign up');
    for (const restore of undo) restore();
  });

  it("listens on and queries a form whose controls are named like the form's own methods", () => {
    document.body.innerHTML = `<form>
      <input name="addEventListener"><input name="querySelector"><input name="ownerDocument">
      <input type="password" id="p"><button>Go</button></form>`;
    const form = document.querySelector('form') as HTMLFormElement;
    const control = form.querySelector('input') as Element;
    for (const name of ['addEventListener', 'querySelector', 'querySelectorAll', 'ownerDocument']) {
      clobber(form, name, control);
    }
    expect(() => form.querySelector('#p')).toThrow(TypeError);
    expect(query(form, '#p')?.id).toBe('p');
    expect(documentOf(form)).toBe(document);
    let submitted = 0;
    listen(form, 'submit', () => submitted++, {});
    form.dispatchEvent(new Event('submit'));
    expect(submitted).toBe(1);
  });
});

describe('contain', () => {
  it('returns the fallback for work that throws, and counts it on the document element (test build)', () => {
    expect(
      contain(() => {
        throw new Error('odd markup');
      }, 'fallback'),
    ).toBe('fallback');
    expect(contain(() => 'done', 'fallback')).toBe('done');
    const root = document.documentElement;
    expect(root.getAttribute('data-udi-helper-errors')).toBe('1');
    expect(root.getAttribute('data-udi-helper-error')).toContain('odd markup');
  });
});
