/**
 * Consistency of a commune's land disclosures: the price table (bang-gia-dat-<year>.csv), the
 * land recovery projects (thu-hoi-dat.yaml) and the land-use plans and price tables listed in
 * cong-khai.yaml. The order of a recovery's steps is checked in timeline.ts.
 */
import { keyOf, repeats, sameText, tableRow, unlikely, yearEnd, type RuleProblem } from '../rules.ts';
import { priceColumns, type LandUsePlan, type PriceRow, type RecoveryProject } from './schema.ts';

const positionName = (column: (typeof priceColumns)[number]) => column.replace('position_', '');

/**
 * The two ends of a segment as tables write it: "Từ cầu Đông Hà đến ngã tư Lê Lợi",
 * "Đoạn từ … tới …"; null for any other wording ("Toàn tuyến", "Các đoạn còn lại").
 */
export function segmentEnds(segment: string): { from: string; to: string } | null {
  const m = /^(?:đoạn\s+)?từ\s+(.+?)\s+(?:đến|tới)\s+(.+)$/iu.exec(segment.normalize('NFC').trim());
  return m ? { from: m[1]!, to: m[2]! } : null;
}

/** Problems of the rows of one year's price table; paths are [row index, column]. */
export function priceRowProblems(rows: readonly PriceRow[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  rows.forEach((row, index) => {
    const published = priceColumns.filter((c) => row[c] !== null);
    if (published.length === 0) {
      // An empty cell is "not published", never zero; a row with nothing published is a row
      // without its prices.
      problems.push({
        path: [index, 'position_1'],
        found: '(trống ở cả 4 vị trí / empty in all 4 positions)',
        expected: {
          vi: 'giá của ít nhất một vị trí: ô trống là vị trí không có giá, nhưng một hàng phải có giá (nếu đoạn đường này không có giá, xóa hàng)',
          en: 'a price for at least one position: an empty cell is a position without a price, but a row needs one (if the segment has none, delete the row)',
        },
      });
    }
    // Position 1 is the most favourable, each next one less so (Decree 71/2024/NĐ-CP): prices
    // do not rise from one published position to the next. Gaps are skipped, never read as 0.
    for (let k = 1; k < published.length; k++) {
      const before = published[k - 1]!;
      const column = published[k]!;
      if (row[column]! > row[before]!) {
        problems.push({
          path: [index, column],
          found: String(row[column]),
          expected: unlikely({
            vi: `một giá không cao hơn giá vị trí ${positionName(before)} (${row[before]}): vị trí 1 thuận lợi nhất, các vị trí sau kém thuận lợi hơn nên giá không cao hơn`,
            en: `a price not above the price of position ${positionName(before)} (${row[before]}): position 1 is the most favourable and each next position less so, so its price is not higher`,
          }),
        });
      }
    }
    const ends = row.segment === null ? null : segmentEnds(row.segment);
    if (ends && sameText(ends.from) === sameText(ends.to)) {
      problems.push({
        path: [index, 'segment'],
        found: JSON.stringify(row.segment),
        expected: {
          vi: `một đoạn từ một điểm đến một điểm khác: đoạn này bắt đầu và kết thúc cùng ở "${ends.from}"`,
          en: `a segment from one point to another: this one starts and ends at "${ends.from}"`,
        },
      });
    }
  });
  for (const { index, first } of repeats(rows, (r) => keyOf(r.road, r.segment, r.land_type))) {
    const row = rows[first]!;
    const what = `"${row.road}"${row.segment ? `, "${row.segment}"` : ''}, "${row.land_type}"`;
    problems.push({
      path: [index, 'land_type'],
      found: JSON.stringify(rows[index]!.land_type),
      expected: {
        vi: `một loại đất chưa có giá cho đường, đoạn này: hàng ${tableRow(first)} đã có ${what} (mỗi đường hoặc đoạn, mỗi loại đất một hàng)`,
        en: `a land type not yet priced for this road or segment: row ${tableRow(first)} has ${what} (one row per road or segment and land type)`,
      },
    });
  }
  return problems.sort((a, b) => (a.path[0] as number) - (b.path[0] as number));
}

/**
 * Problems of the land recovery projects of a commune (thu-hoi-dat.yaml); paths are
 * [project index, field…]. Each project has a page named by its id, so ids are unique.
 */
export function recoveryProblems(projects: readonly RecoveryProject[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const { index, first } of repeats(projects, (p) => p.id)) {
    problems.push({
      path: [index, 'id'],
      found: JSON.stringify(projects[index]!.id),
      expected: {
        vi: `một mã chưa dùng: dự án thứ ${first + 1} ("${projects[first]!.name}") đã có mã này, và mỗi dự án có trang riêng theo mã`,
        en: `an id not used yet: project ${first + 1} ("${projects[first]!.name}") has it, and each project has its own page named by its id`,
      },
    });
  }
  projects.forEach((project, index) => {
    for (const { index: k, first } of repeats(project.land_types, sameText)) {
      problems.push({
        path: [index, 'land_types', k],
        found: JSON.stringify(project.land_types[k]),
        expected: {
          vi: `một loại đất chưa có trong danh sách (đã có ở mục ${first + 1})`,
          en: `a land type not yet in the list (item ${first + 1} has it)`,
        },
      });
    }
    const recovered = new Set(project.land_types.map(sameText));
    project.compensation.forEach((c, k) => {
      if (!recovered.has(sameText(c.land_type)))
        problems.push({
          path: [index, 'compensation', k, 'land_type'],
          found: JSON.stringify(c.land_type),
          expected: {
            vi: `một loại đất bị thu hồi của dự án (land_types: ${project.land_types.join('; ')}): giá bồi thường là cho đất bị thu hồi`,
            en: `a land type the project recovers (land_types: ${project.land_types.join('; ')}): compensation is for recovered land`,
          },
        });
    });
  });
  return problems;
}

/** What cong-khai.yaml says of the commune's land: its plans and its price tables. */
export interface LandInfo {
  land_use_plans: readonly LandUsePlan[];
  land_prices: readonly { year: number; valid_from: string }[];
}

/** Problems of the land entries of cong-khai.yaml; paths start at its land_use_plans or land_prices. */
export function landInfoProblems(info: LandInfo): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const plans = info.land_use_plans;
  for (const { index, first } of repeats(plans, (p) => p.id)) {
    problems.push({
      path: ['land_use_plans', index, 'id'],
      found: JSON.stringify(plans[index]!.id),
      expected: {
        vi: `một mã chưa dùng: quy hoạch, kế hoạch thứ ${first + 1} ("${plans[first]!.title}") đã có mã này`,
        en: `an id not used yet: plan ${first + 1} ("${plans[first]!.title}") has it`,
      },
    });
  }
  plans.forEach((plan, index) => {
    if (plan.to_year < plan.from_year) {
      problems.push({
        path: ['land_use_plans', index, 'to_year'],
        found: String(plan.to_year),
        expected: {
          vi: `một năm không sớm hơn from_year (${plan.from_year})`,
          en: `a year not before from_year (${plan.from_year})`,
        },
      });
    } else if (plan.kind === 'yearly' && plan.to_year !== plan.from_year) {
      problems.push({
        path: ['land_use_plans', index, 'to_year'],
        found: String(plan.to_year),
        expected: {
          vi: `${plan.from_year}, như from_year: kế hoạch sử dụng đất hằng năm (kind: yearly) chỉ cho một năm; nhiều năm là quy hoạch (kind: period)`,
          en: `${plan.from_year}, as from_year: a yearly land-use plan (kind: yearly) covers one year; several years make a planning period (kind: period)`,
        },
      });
    }
  });
  info.land_prices.forEach((table, index) => {
    if (table.valid_from > yearEnd(table.year)) {
      problems.push({
        path: ['land_prices', index, 'valid_from'],
        found: table.valid_from,
        expected: {
          vi: `một ngày không muộn hơn ${yearEnd(table.year)}: bảng giá của năm ${table.year} phải bắt đầu áp dụng trong hoặc trước năm đó`,
          en: `a date no later than ${yearEnd(table.year)}: the ${table.year} price table must apply from that year or earlier`,
        },
      });
    }
  });
  return problems;
}
