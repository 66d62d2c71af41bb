/**
 * Starts the portal of any of the 34 provinces, from the national data, in one command:
 *   npm run new-instance -- <province>              e.g. 15, "Lao Cai", "lào cai", "Tỉnh Lào Cai"
 *   npm run new-instance -- <province> --out <folder>        (default content/<slug>)
 *   npm run new-instance -- <province> --units-only [--out <folder>]
 * writes content/<slug>/: site.yaml (what only the province can fill left null and marked "to be
 * filled"), units/ and succession/ (the province and its communes since 1/7/2025; its former
 * provinces, districts and communes, with the succession links and their legal basis), a PAPI
 * comparison of its former provinces, and empty, explained folders for documents, tasks, reports
 * and disclosures. Then it checks the folder as `npm run validate` does. It never overwrites a
 * folder; --units-only rewrites only the generated unit files of an existing instance (the two in
 * the repository are made so). The work is in scripts/lib/instance/.
 */
import { join } from 'node:path';
import { pendingReport } from '../src/base/site/pending.ts';
import { StageError } from './lib/atomic-build.ts';
import { createInstance, InstanceError } from './lib/instance/create.ts';
import { regenerateCommand } from './lib/instance/write-units.ts';

const USAGE = `Cách dùng / Usage: npm run new-instance -- <mã hoặc tên tỉnh / code or name of a 2025 province> [--out <thư mục / folder>] [--units-only]
  npm run new-instance -- 15
  npm run new-instance -- "Lao Cai"
  npm run new-instance -- 44 --units-only --out content/quang-tri`;

const args = process.argv.slice(2);
const names: string[] = [];
let out: string | undefined;
let unitsOnly = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--out') out = args[++i];
  else if (arg === '--units-only') unitsOnly = true;
  else if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (arg.startsWith('--')) {
    console.error(`Không hiểu / Unknown option ${arg}\n${USAGE}`);
    process.exit(2);
  } else names.push(arg);
}
if (!names.length) {
  console.error(USAGE);
  process.exit(2);
}

const started = performance.now();
try {
  const { province, units, portal } = createInstance({ province: names.join(' '), out, unitsOnly });
  const folder = out ?? join('content', province.slug);
  const formers = units.unitsOld.filter((u) => u.kind === 'province');
  console.log(
    `✓ ${folder}: ${province.name_vi} (mã / code ${province.code}), ${units.units2025.length - 1} xã, phường / communes; ` +
      `trước 1/7/2025 / before 1 July 2025: ${formers.map((f) => `${f.name_vi} (${f.code})`).join(', ')}, ` +
      `${units.unitsOld.length - formers.length} huyện, xã / districts and communes; ${units.links.length} liên kết kế thừa / succession links.`,
  );
  console.log(
    `✓ Kiểm tra như npm run validate / checked as npm run validate does: ${portal.units.all.length} đơn vị / units, ` +
      `${portal.addresses.length} địa chỉ trang / page addresses — hợp lệ / valid (${((performance.now() - started) / 1000).toFixed(1)} s).`,
  );
  if (units.gaps.oldWithoutSuccessor.length)
    console.log(
      `! ${units.gaps.oldWithoutSuccessor.length} xã cũ không có dòng kế thừa trong bảng chuyển đổi (xem units/SOURCE.md) / ` +
        `old communes without a successor row in the conversion table (see units/SOURCE.md).`,
    );
  if (!unitsOnly) {
    for (const line of pendingReport(portal.site, join(folder, 'site.yaml'))) console.log(line);
    console.log(
      `\nTiếp theo / Next: điền site.yaml; thêm văn bản, nhiệm vụ, công khai (xem README.md của cổng); rồi\n` +
        `  PORTAL_CONTENT=${folder} npm run validate\n  PORTAL_CONTENT=${folder} npm run build\n` +
        `Các tệp đơn vị được tạo lại bằng / the unit files are regenerated with: ${regenerateCommand(province.code, folder)}`,
    );
  }
} catch (error) {
  if (error instanceof InstanceError || error instanceof StageError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
