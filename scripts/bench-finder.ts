// `npm run bench:finder`: how well the form finder tells a new password from a login, on the labelled pages of
// test/finder-corpus/ (figures, not assertions). Each page is opened in real Chromium and Firefox with the test
// build (dist/test/<target>), as a UDI host; every labelled field (data-bench="new|confirm|current", an
// attribute the extension never reads) is checked for the host the overlay puts under it.
//   - a hit: a `password-check` host under a field labelled new, whenever the field is visible;
//   - a false positive: a `password-check` host under a field labelled current (a login or an old password);
//   - recall = hits / new fields; false-positive rate = false positives / current fields;
//     precision = hits / every `password-check` host placed under a labelled or unlabelled field.
// A page's `data-bench-open="1"`, `"2"`, … buttons are clicked in that order (a sign-up tab, a modal, a next
// step), and the page is measured once it settles after each click too.
// Options: --browser=chromium|firefox (default both, one after the other), --part=<a part of split.json>|all,
// --only=<part of a file name>, --json=<file> (the per-field results). Run `npm run build` first, or use
// `npm run bench:finder`, which does.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { BROWSERS, type BrowserName, launch } from '../test/e2e/harness/browsers.ts';
import { startFixtureServer } from '../test/e2e/harness/server.ts';

const CORPUS = join(import.meta.dirname, '..', 'test', 'finder-corpus');
/** A part of the corpus, as split.json names it: `tuning`, then the held-out parts, each written before it was measured. */
type Part = string;
type Label = 'new' | 'confirm' | 'current';

interface FieldState {
  key: string;
  label: Label;
  what: string;
  visible: boolean;
  /** The hosts placed under this field: password-check, password-confirm, login-hint. */
  hosts: string[];
}

interface PageState {
  fields: FieldState[];
  /** password-check hosts under no labelled field (a honeypot, a field we could not attribute). */
  strayChecks: string[];
}

interface FieldResult {
  page: string;
  part: Part;
  key: string;
  label: Label;
  what: string;
  /** Ever visible in one of the page's states. */
  shown: boolean;
  /** password-check in every state where the field was visible. */
  checked: boolean;
  /** password-check in some state where the field was visible. */
  everChecked: boolean;
  confirmLinked: boolean;
  /** What it had instead, for the list of misses. */
  got: string;
}

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key = '', value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value] as const;
  }),
);
const browsers = (args.has('browser') ? [args.get('browser')] : BROWSERS) as BrowserName[];
const partArg = args.get('part') ?? 'all';
const only = args.get('only');

const split = JSON.parse(readFileSync(join(CORPUS, 'split.json'), 'utf8')) as Record<Part, string[]>;
const parts = Object.keys(split);
const partOf = new Map<string, Part>();
for (const part of parts)
  for (const file of split[part] ?? []) {
    if (partOf.has(file)) throw new Error(`${file} is in both parts of split.json`);
    partOf.set(file, part);
  }
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.html'));
const unsplit = files.filter((f) => !partOf.has(f));
const missing = [...partOf.keys()].filter((f) => !files.includes(f));
if (unsplit.length || missing.length)
  throw new Error(
    `split.json is out of date: not listed ${unsplit.join(', ')}; no such page ${missing.join(', ')}`,
  );

const pages = files
  .filter((f) => partArg === 'all' || partOf.get(f) === partArg)
  .filter((f) => !only || f.includes(only))
  .sort();

/** Runs in the page: every labelled field (through open shadow roots) and the hosts placed after it. */
function collect(): PageState {
  const roots: (Document | ShadowRoot)[] = [document];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*'))
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
  };
  walk(document);
  const hosts = new Map<Element, string[]>();
  const strayChecks: string[] = [];
  for (const root of roots)
    for (const host of root.querySelectorAll('[data-udi-helper]')) {
      const kind = host.getAttribute('data-udi-helper') ?? '';
      // placeHost (src/content/mount/overlay/host.ts) puts the host right after the field or a small wrapper of it.
      const anchor = host.previousElementSibling;
      const field = anchor?.matches('input')
        ? anchor
        : (anchor?.querySelector('input[data-bench]') ??
          anchor?.querySelector('input[type="password"], input[autocomplete*="password"]'));
      if (field?.hasAttribute('data-bench')) hosts.set(field, [...(hosts.get(field) ?? []), kind]);
      else if (kind === 'password-check')
        strayChecks.push(
          field ? `${field.id || field.getAttribute('name') || field.outerHTML.slice(0, 80)}` : '?',
        );
    }
  const fields: FieldState[] = [];
  let index = 0;
  for (const root of roots)
    for (const field of root.querySelectorAll<HTMLInputElement>('input[data-bench]')) {
      index++;
      const label = field.labels?.[0]?.textContent ?? field.getAttribute('aria-label') ?? field.placeholder;
      fields.push({
        // The label too: a view that replaces a sign-up by a login may reuse the field's name.
        key: `${field.getAttribute('data-bench')} ${field.id || field.name || `#${index}`}`,
        label: field.getAttribute('data-bench') as Label,
        what: `${field.id ? `#${field.id}` : field.name ? `[name=${field.name}]` : `field ${index}`} "${(label ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`,
        visible:
          field.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) &&
          field.getClientRects().length > 0,
        hosts: hosts.get(field) ?? [],
      });
    }
  return { fields, strayChecks };
}

/** Waits until the hosts stop changing (the finder, the injected mount code and the page's own scripts). */
async function settled(page: Page): Promise<PageState> {
  const started = Date.now();
  let last = '';
  let stable = 0;
  await new Promise((r) => setTimeout(r, 250));
  for (;;) {
    await page.evaluate('globalThis.__name = (fn) => fn');
    const state = await page.evaluate(collect);
    const now = JSON.stringify(state);
    stable = now === last ? stable + 1 : 0;
    last = now;
    // Five polls alike: on a loaded machine the mount code, injected at a page's first password form, can
    // take longer than three (a wizard's last step then read as "nothing" once, in held-out-5).
    if (stable >= 5 || Date.now() - started > 5000) return state;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function measure(page: Page, file: string): Promise<PageState[]> {
  await page.goto(`http://selfservice.udi.no/finder-corpus/${file}`, { waitUntil: 'load' });
  const states = [await settled(page)];
  for (let step = 1; ; step++) {
    const selector = `[data-bench-open="${step}"]`;
    const button = await page.$(selector);
    if (!button) break;
    await button.click();
    await button.dispose();
    states.push(await settled(page));
  }
  return states;
}

function judge(file: string, states: PageState[]): FieldResult[] {
  const byKey = new Map<string, FieldState[]>();
  for (const state of states)
    for (const field of state.fields) byKey.set(field.key, [...(byKey.get(field.key) ?? []), field]);
  return [...byKey].map(([key, seen]) => {
    const shownStates = seen.filter((s) => s.visible);
    const has = (s: FieldState, kind: string) => s.hosts.includes(kind);
    const first = seen[0] as FieldState;
    const without = shownStates.find((s) => !has(s, 'password-check'));
    return {
      page: file,
      part: partOf.get(file) as Part,
      key,
      label: first.label,
      what: first.what,
      shown: shownStates.length > 0,
      checked: shownStates.length > 0 && !without,
      everChecked: shownStates.some((s) => has(s, 'password-check')),
      confirmLinked: shownStates.some((s) => has(s, 'password-confirm')),
      got: (() => {
        const hosts = [...new Set(shownStates.flatMap((s) => s.hosts))];
        return hosts.length ? hosts.join('+') : 'nothing';
      })(),
    };
  });
}

/** A result's part, when it is not the tuning part: misses there are the ones that say how the finder generalises. */
const tag = (r: { part: Part }) => (r.part === 'tuning' ? '' : `(${r.part}) `);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

function report(browser: string, part: string, results: FieldResult[], strays: string[]): void {
  const shown = results.filter((r) => r.shown);
  const fresh = shown.filter((r) => r.label === 'new');
  const current = shown.filter((r) => r.label === 'current');
  const confirm = shown.filter((r) => r.label === 'confirm');
  const hits = fresh.filter((r) => r.checked).length;
  const fps = current.filter((r) => r.everChecked).length;
  const onConfirm = confirm.filter((r) => r.everChecked).length;
  const placed = hits + fps + onConfirm + strays.length;
  console.log(
    `${browser} ${part}: recall ${hits}/${fresh.length} (${pct(hits, fresh.length)}), ` +
      `false positives ${fps}/${current.length} (${pct(fps, current.length)}), ` +
      `precision ${hits}/${placed} (${pct(hits, placed)}), ` +
      `confirmations linked ${confirm.filter((r) => r.confirmLinked).length}/${confirm.length}` +
      `${onConfirm ? `, checks on a confirmation ${onConfirm}` : ''}` +
      `${strays.length ? `, checks on unlabelled fields ${strays.length}` : ''}`,
  );
}

const server = await startFixtureServer();
const all: Record<string, FieldResult[]> = {};
try {
  for (const name of browsers) {
    const browser = await launch(name, server.port);
    const results: FieldResult[] = [];
    const strays: { page: string; part: Part; field: string }[] = [];
    const problems: string[] = [];
    try {
      for (const file of pages) {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        try {
          const states = await measure(page, file);
          results.push(...judge(file, states));
          for (const field of new Set(states.flatMap((s) => s.strayChecks)))
            strays.push({ page: file, part: partOf.get(file) as Part, field });
        } catch (error) {
          problems.push(`${file}: bench failed: ${error instanceof Error ? error.message : error}`);
        }
        await page.close();
        for (const caught of await browser.caughtErrors())
          problems.push(`${file}: extension caught ${caught}`);
        for (const error of errors) problems.push(`${file}: page error ${error}`);
      }
    } finally {
      await browser.close();
    }
    all[name] = results;
    console.log('');
    for (const part of parts) {
      const mine = results.filter((r) => r.part === part);
      if (mine.length)
        report(
          name,
          part,
          mine,
          strays.filter((s) => s.part === part).map((s) => s.field),
        );
    }
    if (partArg === 'all')
      report(
        name,
        'all',
        results,
        strays.map((s) => s.field),
      );
    for (const r of results.filter((r) => r.shown && r.label === 'new' && !r.checked))
      console.log(`  miss ${tag(r)}${r.page} ${r.what}: got ${r.got}`);
    for (const r of results.filter((r) => r.shown && r.label === 'current' && r.everChecked))
      console.log(`  false positive ${tag(r)}${r.page} ${r.what}: got ${r.got}`);
    for (const r of results.filter((r) => r.shown && r.label === 'confirm' && r.everChecked))
      console.log(`  check on a confirmation ${r.page} ${r.what}`);
    for (const s of strays) console.log(`  check on an unlabelled field ${s.page} ${s.field}`);
    for (const r of results.filter((r) => !r.shown))
      console.log(`  never visible (fix the page) ${r.page} ${r.what}`);
    for (const problem of problems) console.log(`  PROBLEM ${problem}`);
  }
} finally {
  await server.close();
}
const json = args.get('json');
if (json) writeFileSync(json, JSON.stringify(all, null, 1));
