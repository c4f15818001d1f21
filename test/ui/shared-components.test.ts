import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The overlay's components are written once and rendered by two renderers: preact in the popup, and in
// the injected mount code by src/content/mount/overlay/dom-render.ts (vite.config.ts aliases preact to it
// there). dom-render supports function components, fragments, keys, attributes and on* handlers, and
// nothing else. A hook, a ref or a class would pass tsc and the popup's tests, and break only in the built
// mount code: this test keeps them out of every component the mount code renders.
const ROOT = join(import.meta.dirname, '..', '..');
const RENDERED_BY_BOTH = ['src/ui', 'src/content/mount/overlay'];

const sources = RENDERED_BY_BOTH.flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.tsx'))
    .map((name) => ({ file: `${dir}/${name}`, text: readFileSync(join(ROOT, dir, name), 'utf8') })),
);

const FORBIDDEN: [RegExp, string][] = [
  [/from ['"]preact(\/hooks|\/compat)?['"]/, 'imports preact (only JSX, which both renderers take)'],
  [/\buse[A-Z]\w*\s*\(/, 'calls a hook'],
  [/\bref=\{/, 'uses a ref'],
  [/\bclass \w+ extends\b/, 'is a class component'],
  [/dangerouslySetInnerHTML/, 'sets innerHTML'],
  [/\bcreateContext\b|\bforwardRef\b|\bmemo\(/, 'uses preact-only component helpers'],
];

describe('components rendered by both preact and dom-render', () => {
  it('exist (the list above follows the tree)', () => {
    expect(sources.map((s) => s.file)).toContain('src/content/mount/overlay/password-check.tsx');
    expect(sources.map((s) => s.file)).toContain('src/ui/verdict-view.tsx');
  });

  it.each(sources)('$file uses only what dom-render supports', ({ text }) => {
    const found = FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
    expect(found).toEqual([]);
  });
});
