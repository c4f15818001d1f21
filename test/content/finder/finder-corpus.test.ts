// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';

const CORPUS = join(import.meta.dirname, '..', '..', 'finder-corpus');
const FINDER = join(import.meta.dirname, '..', '..', '..', 'src', 'content', 'finder');
const pages = readdirSync(CORPUS).filter((file) => file.endsWith('.html'));

/** The finder's files: everything under src/content/finder/. */
const finderSources = () => readdirSync(FINDER).map((file) => join(FINDER, file));

type FindForms = typeof import('../../../src/content/finder/find-forms.ts').findForms;

/** The document and its open shadow roots. */
function rootsOf(doc: Document): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [doc];
  for (let i = 0; i < roots.length; i++)
    for (const el of (roots[i] as Document | ShadowRoot).querySelectorAll('*'))
      if (el.shadowRoot) roots.push(el.shadowRoot);
  return roots;
}

/** What the finder decides: each group's kind and each field's role, in every root. */
const decisions = (findForms: FindForms, doc: Document) =>
  rootsOf(doc).flatMap((root) =>
    findForms(root).map((form) => ({
      kind: form.kind,
      roles: form.fields.map((f) => `${f.field.id || f.field.name}:${f.role}`),
    })),
  );

const settle = (dom: JSDOM, ms: number) => new Promise((resolve) => dom.window.setTimeout(resolve, ms));

/**
 * The finder's decisions on a corpus page, once its own scripts have built their markup and after each click
 * the benchmark makes (its `data-bench-open` buttons), with or without the labels.
 */
async function run(findForms: FindForms, file: string, strip: boolean) {
  const dom = new JSDOM(readFileSync(join(CORPUS, file), 'utf8'), {
    url: 'http://selfservice.udi.no/',
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    // jsdom lacks a few things pages use (<dialog>.showModal): what it cannot run is left out.
    virtualConsole: new VirtualConsole(),
  });
  const doc = dom.window.document as unknown as Document;
  await settle(dom, 500);
  const opens = new Map<string, HTMLElement>();
  const stripLabels = () => {
    for (const el of rootsOf(doc).flatMap((root) => [...root.querySelectorAll<HTMLElement>('*')])) {
      const step = el.getAttribute('data-bench-open');
      if (step) opens.set(step, el);
      if (strip)
        for (const name of el.getAttributeNames())
          if (name.startsWith('data-bench')) el.removeAttribute(name);
    }
  };
  stripLabels();
  const states = [decisions(findForms, doc)];
  for (let step = 1; opens.has(String(step)); step++) {
    opens.get(String(step))?.click();
    // A step may be built a moment after the click (h3-login-nn-email-first.html: 200 ms), later still
    // while the other pages run: look again once when nothing seems to have changed.
    await settle(dom, 300);
    stripLabels();
    let state = decisions(findForms, doc);
    if (JSON.stringify(state) === JSON.stringify(states.at(-1))) {
      await settle(dom, 1000);
      stripLabels();
      state = decisions(findForms, doc);
    }
    states.push(state);
  }
  dom.window.close();
  return states;
}

describe('the labelled corpus', () => {
  it('is in the split file, every page once', () => {
    const split = JSON.parse(readFileSync(join(CORPUS, 'split.json'), 'utf8')) as Record<string, string[]>;
    const listed = Object.values(split).flat();
    expect([...listed].sort()).toEqual([...pages].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('labels are invisible to the finder: its source never names their attributes', () => {
    for (const file of finderSources()) expect(readFileSync(file, 'utf8')).not.toMatch(/data-bench/i);
  });

  // jsdom has no layout, so this is not the benchmark (npm run bench:finder is): it shows that stripping the
  // labels changes nothing the finder decides.
  describe.concurrent('the finder decides the same with the labels stripped', () => {
    it.each(pages)('%s', { timeout: 20_000 }, async (file) => {
      const { findForms } = await import('../../../src/content/finder/find-forms.ts');
      const [labelled, stripped] = await Promise.all([
        run(findForms, file, false),
        run(findForms, file, true),
      ]);
      expect(stripped).toEqual(labelled);
      expect(labelled.flat()).not.toEqual([]);
    });
  });
});
