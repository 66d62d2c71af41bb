/**
 * Two entries that would make one page address: the second is refused, naming the first, so
 * no page silently replaces another (src/base/content/addresses.ts). A land recovery project
 * id used twice in one file is a disclosure rule of its own (bad-input-disclosure-facts).
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, replace, type CorpusCase } from '../helpers/corpus.ts';
import { writeFile } from '../helpers/fixture.ts';

const COMPARISONS = 'papi/comparisons.yaml';

const CASES: CorpusCase[] = [
  {
    name: 'two comparisons of the same provinces',
    edit: (dir) =>
      writeFile(
        dir,
        COMPARISONS,
        '- provinces: [quang-tri, ha-noi]\n  note_vi: A.\n  note_en: A.\n- provinces: [quang-tri, ha-noi]\n  note_vi: B.\n  note_en: B.\n',
      ),
    issue: { file: COMPARISONS, field: 'provinces', line: 4, vi: 'trang /papi/so-sanh/quang-tri-ha-noi/ đã thuộc về', en: 'one page would be lost' },
  },
  {
    name: "a commune folder named like the land price page",
    edit: (dir) => {
      replace('units/admin.csv', 'xa-c,commune', 'bang-gia-dat,commune,xã,Xã Giá,,,19003,tinh-moi,2025-07-01,,\nxa-c,commune')(dir);
      cpSync(join(dir, 'disclosures/xa-c'), join(dir, 'disclosures/bang-gia-dat'), { recursive: true });
    },
    issue: { file: 'disclosures/bang-gia-dat', field: '(thư mục / folder)', vi: 'src/pages/[...lang]/cong-khai/bang-gia-dat.astro', en: 'two entries cannot share an address' },
  },
];

corpus('page addresses', CASES);
