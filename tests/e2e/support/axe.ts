// Runs axe-core inside the page, the way its own browser integrations do: the
// library's source is injected as a script and `axe.run` checks the document.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Impacts that the tests reject. Axe also reports `minor` and `moderate` findings, which the tests allow. */
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Returns the page's serious and critical violations as `rule (impact): selector`
 * lines, one per failing element, so that a failed assertion names each fix.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });

  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });

  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}`));
}
