import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** `<!-- include: name.html -->` on a line of its own, indented as the included markup should be. */
const INCLUDE = /^([ \t]*)<!-- include: ([\w-]+\.html) -->$/gm;

/**
 * A fixture page's text as the test server serves it and the unit tests load it: each include line is
 * replaced by test/fixtures/_include/<name>, indented like the line. The create-account form that a dozen
 * pages wrap in their own hostile or odd surroundings is written once, so a change to it is made once.
 */
export function fixturePage(path: string): string {
  return expand(readFileSync(join(FIXTURES, path), 'utf8'));
}

export function expand(text: string): string {
  return text.replace(INCLUDE, (_line, indent: string, name: string) =>
    readFileSync(join(FIXTURES, '_include', name), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => (line ? indent + line : line))
      .join('\n'),
  );
}
