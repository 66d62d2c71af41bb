/**
 * axe-core in a page: the WCAG 2.0–2.2 A and AA rules, for the accessibility tests. The
 * global setup serves axe-core's folder (axeUrl): a script loaded from an address is compiled
 * once and then taken from the browser's code cache, where a script injected as text is
 * compiled on every page (a third of the time of a check).
 */
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  passes: unknown[];
}

/**
 * Runs the rules on the page as it is now, or only on the parts `include` selects (CSS
 * selectors). Returns each violation, one per element ("id (impact): help — element"), and
 * how many rules passed, so a run that checked nothing can be told from a clean one.
 */
export async function axeCheck(page: Page, include?: string[]): Promise<{ violations: string[]; passes: number }> {
  await page.addScriptTag({ url: `${inject('axeUrl')}/axe.min.js` });
  const result = await page.evaluate(
    ({ tags, include }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
      return axe.run(include ? { include: include.map((selector) => [selector]) } : document, {
        runOnly: { type: 'tag', values: tags },
      });
    },
    { tags: WCAG_AA, include },
  );
  return {
    violations: result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}`),
    ),
    passes: result.passes.length,
  };
}
