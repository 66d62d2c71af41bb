/**
 * The import rules between layers (eslint.config.js, eslint-plugin-boundaries) hold on the
 * whole of src/, and they do catch a violation: each deliberate one below must be reported.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const RULE = 'boundaries/dependencies';

async function boundaryErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('import rules', () => {
  it('hold on every file of src/', async () => {
    const results = await eslint.lintFiles(['src/**/*.ts', 'src/**/*.astro']);
    const broken = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === RULE || m.ruleId === 'boundaries/no-unknown-files')
        .map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(broken).toEqual([]);
    expect(results.length).toBeGreaterThan(200);
  }, 120_000);

  it.each([
    [
      'the base imports a kind',
      'src/base/example.ts',
      "import { papiKind } from '../kinds/papi/index.ts';\nexport const x = papiKind;\n",
    ],
    [
      'a shared output imports a kind',
      'src/outputs/data/example.ts',
      "import { unitsKind } from '../../kinds/units/index.ts';\nexport const x = unitsKind;\n",
    ],
    [
      'a shared output imports the portal',
      'src/outputs/feeds/example.ts',
      "import type { Portal } from '../../portal.ts';\nexport type X = Portal;\n",
    ],
    [
      'a kind imports a kind it does not declare',
      'src/kinds/units/example.ts',
      "import { plansKind } from '../plans/index.ts';\nexport const x = plansKind;\n",
    ],
    [
      'a kind imports the portal',
      'src/kinds/papi/example.ts',
      "import { getPortal } from '../../instance.ts';\nexport const x = getPortal;\n",
    ],
    [
      'the page frame imports a kind',
      'src/ui/example.ts',
      "import { documentsKind } from '../kinds/documents/index.ts';\nexport const x = documentsKind;\n",
    ],
    [
      'a part of the disclosures imports another part',
      'src/kinds/disclosures/land/example.ts',
      "import { budgetWords } from '../budget/words.ts';\nexport const x = budgetWords;\n",
    ],
  ])('report a violation: %s', async (_what, filePath, code) => {
    expect(await boundaryErrors(code, filePath)).not.toEqual([]);
  });

  it('allow what a kind declares, and a part of the disclosures the area it belongs to', async () => {
    const code = "import type { UnitTree } from '../units/tree.ts';\nexport type X = UnitTree;\n";
    expect(await boundaryErrors(code, 'src/kinds/plans/example.ts')).toEqual([]);
    const part = "import type { CommuneDisclosures } from '../model.ts';\nexport type X = CommuneDisclosures;\n";
    expect(await boundaryErrors(part, 'src/kinds/disclosures/land/example.ts')).toEqual([]);
  });
});
