import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] as const;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page (WCAG 2.2 A + AA rules) and returns its violations, shortened for a readable
 * failure message. Extension pages forbid inline scripts, so if the script tag is refused the same source
 * is evaluated through the DevTools protocol instead, which page CSP does not apply to.
 */
export async function axeViolations(
  page: Page,
  tags: readonly string[] = WCAG_AA_TAGS,
): Promise<AxeViolation[]> {
  const loaded = () => page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!(await loaded())) {
    await page.addScriptTag({ path: AXE_PATH }).catch(() => {});
    if (!(await loaded())) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  }
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } })
      .axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const results = await axe.run(document, { runOnly: { type: 'tag', values } });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, tags as string[]);
}
