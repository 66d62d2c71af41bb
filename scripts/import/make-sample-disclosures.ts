/**
 * Writes the illustrative commune disclosures (dữ liệu minh họa) of both instances:
 *   npm run make-sample-disclosures
 * No commune-level tables exist in the portal's sources, so these files show how the portal
 * presents a commune's budget, land, poor-household counts and the rest. Every file says
 * `sample: true` (the CSV tables through the YAML beside them); every page says so too.
 * Names are titles, never persons. No phone number, e-mail or address to write to is made up:
 * those fields are null (not published), and pages say so.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { budgetCsv, sampleBudget, seeded, totals, type Stage } from './sample/budget.ts';
import { SAMPLE_COMMUNES, type SampleCommune } from './sample/communes.ts';
import { discussion, recoveryProjects } from './sample/discuss-land.ts';

const root = join(import.meta.dirname, '..', '..');
const HEADER =
  '# Dữ liệu minh họa (sample data): sinh bởi scripts/import/make-sample-disclosures.ts; không phải số liệu thật.\n';
const SAMPLE_SOURCE =
  'Dữ liệu minh họa do cổng soạn để trình bày cách công khai; không phải số liệu thật của xã. Số hiệu văn bản là số minh họa.';
const doc = (kind: string, n: number, date: string) =>
  `${kind} số ${n} (số hiệu minh họa) ngày ${date.split('-').reverse().map(Number).join('/')}`;
const STAGE_DOCS: Record<Stage, string> = {
  estimate: 'Nghị quyết của HĐND về dự toán ngân sách',
  exec_3m: 'Báo cáo tình hình thực hiện dự toán 3 tháng',
  exec_6m: 'Báo cáo tình hình thực hiện dự toán 6 tháng',
  exec_9m: 'Báo cáo tình hình thực hiện dự toán 9 tháng',
  exec_year: 'Báo cáo tình hình thực hiện dự toán năm',
  settlement: 'Nghị quyết của HĐND phê chuẩn quyết toán ngân sách',
};

function writeBudget(dir: string, c: SampleCommune, year: number) {
  const dates = c.budget[year]!;
  const stages = (Object.keys(STAGE_DOCS) as Stage[]).filter((s) => dates[s]);
  const lines = sampleBudget(`${c.id}-${year}`, c.scale * (year === 2025 ? 1.06 : 1), stages);
  const meta = {
    sample: true,
    year,
    unit: 'triệu đồng',
    rounding: 1,
    explanation: `Dự toán năm ${year} ${year === 2025 ? 'tổng hợp từ dự toán của các xã, phường trước sắp xếp (từ 1/7/2025 do ' + c.name + ' thực hiện); ' : ''}thu tiền sử dụng đất dự kiến từ đấu giá các lô đất ở đã có quy hoạch; chi đầu tư phát triển tập trung cho đường giao thông nông thôn và trường học; dự phòng ngân sách để chủ động phòng, chống thiên tai. (Thuyết minh minh họa.)`,
    source: SAMPLE_SOURCE,
    variance_threshold_percent: 10,
    stages: Object.fromEntries(
      stages.map((s, i) => [
        s,
        { published: dates[s], document: doc(STAGE_DOCS[s], 10 + i, dates[s]!), ...totals(lines, s) },
      ]),
    ),
  };
  writeFileSync(join(dir, `ngan-sach-${year}.yaml`), HEADER + stringify(meta, { lineWidth: 0 }));
  writeFileSync(join(dir, `ngan-sach-${year}.csv`), budgetCsv(lines));
}

export function lowerName(c: SampleCommune): string {
  return c.name.replace(/^(Xã|Phường)/, (m) => m.toLowerCase());
}

function village(c: SampleCommune, i: number) {
  return `${c.division === 'phường' ? 'Khu phố' : 'Thôn'} ${i + 1}`;
}

function writePoor(dir: string, c: SampleCommune) {
  const rand = seeded(`${c.id}-poor`);
  const n = (max: number) => Math.floor(rand() * max);
  const rows = Array.from({ length: c.villages }, (_, i) => {
    const poor = 2 + n(14);
    const near = 3 + n(18);
    return [
      village(c, i),
      poor,
      poor * 2 + n(poor + 1),
      near,
      near * 3 + n(near),
      n(5),
      n(6),
      i === 0 ? 'Có hộ nghèo không có khả năng lao động' : '',
    ];
  });
  const head =
    'village,poor_households,poor_persons,near_poor_households,near_poor_persons,exited_poor_households,exited_near_poor_households,note';
  writeFileSync(join(dir, 'ho-ngheo-2025.csv'), `${head}\n${rows.map((r) => r.join(',')).join('\n')}\n`);
}

function writePrices(dir: string, c: SampleCommune) {
  const rand = seeded(`${c.id}-prices`);
  const urban = c.division === 'phường';
  const rows = c.roads.flatMap((r, i) => {
    const top = Math.round(((urban ? 18000 : 6500) * (1 - i * 0.12) * (0.85 + rand() * 0.3)) / 100) * 100;
    const pos = (f: number) => Math.round((top * f) / 100) * 100;
    const seg = r.segment ? `"${r.segment}"` : '';
    return [
      `${r.road},${seg},${urban ? 'Đất ở đô thị' : 'Đất ở nông thôn'},${top},${pos(0.55)},${pos(0.35)},${urban ? pos(0.22) : ''}`,
      `${r.road},${seg},"Đất thương mại, dịch vụ",${pos(0.8)},${pos(0.44)},${pos(0.28)},`,
    ];
  });
  writeFileSync(
    join(dir, 'bang-gia-dat-2025.csv'),
    `road,segment,land_type,position_1,position_2,position_3,position_4\n${rows.join('\n')}\n`,
  );
}

function info(c: SampleCommune) {
  const office = `Trụ sở UBND ${lowerName(c)}`;
  return {
    sample: true,
    source: SAMPLE_SOURCE,
    poor_households: c.poorPublished
      ? [
          {
            year: 2025,
            decision: doc('Quyết định của Chủ tịch UBND công nhận hộ nghèo, hộ cận nghèo', 215, '2025-12-12'),
            posted_from: '2025-11-20',
            posted_to: '2025-11-26',
            published: c.poorPublished,
          },
        ]
      : [],
    contributions: c.contributionsPublished
      ? [
          {
            year: 2024,
            published: c.contributionsPublished,
            document: doc(
              'Báo cáo kết quả huy động, sử dụng các khoản đóng góp tự nguyện năm 2024',
              31,
              c.contributionsPublished,
            ),
            items: [
              {
                id: 'be-tong-duong-thon',
                purpose: `Bê tông hóa đường ${village(c, 1).toLowerCase()}`,
                mobilised: Math.round(420 * c.scale),
                spent: Math.round(398 * c.scale),
                unit: 'triệu đồng',
              },
              {
                id: 'quy-khuyen-hoc',
                purpose: 'Quỹ khuyến học',
                mobilised: Math.round(86 * c.scale),
                spent: Math.round(61 * c.scale),
                unit: 'triệu đồng',
              },
              {
                id: 'quy-vi-nguoi-ngheo',
                purpose: 'Quỹ Vì người nghèo',
                mobilised: Math.round(120 * c.scale),
                spent: Math.round(120 * c.scale),
                unit: 'triệu đồng',
              },
            ],
          },
        ]
      : [],
    investment: c.investmentPublished
      ? [
          {
            year: 2025,
            published: c.investmentPublished,
            document: doc('Kế hoạch đầu tư công năm 2025', 22, c.investmentPublished),
            items: [
              {
                id: 'duong-lien-thon',
                name: `Nâng cấp đường liên ${c.division === 'phường' ? 'khu phố' : 'thôn'} ${village(c, 0).split(' ')[1]}–${village(c, 2).split(' ')[1]}`,
                total_investment: Math.round(3800 * c.scale),
                unit: 'triệu đồng',
                funding: 'Ngân sách tỉnh hỗ trợ 70%, ngân sách xã 20%, nhân dân đóng góp 10%',
                progress: 'Đang thi công, đạt khoảng 65% khối lượng',
                supervision: {
                  board: 'Ban Giám sát đầu tư của cộng đồng',
                  date: '2025-09-18',
                  result:
                    'Thi công đúng thiết kế; đề nghị nhà thầu bổ sung biển báo an toàn và tưới nước chống bụi ở đoạn qua khu dân cư.',
                },
              },
              {
                id: 'nha-van-hoa',
                name: `Sửa chữa nhà văn hóa ${village(c, 3).toLowerCase()}`,
                total_investment: Math.round(650 * c.scale),
                unit: 'triệu đồng',
                funding: 'Ngân sách xã',
                progress: 'Chưa khởi công, đang lựa chọn nhà thầu',
                supervision: null,
              },
            ],
          },
        ]
      : [],
    // Not published: the commune's page says so once and points to the reception schedule.
    contact: {
      address: null,
      phone: null,
      hotline: null,
      email: null,
      reception_days: null,
      feedback_url: null,
      zalo_url: null,
    },
    reception: c.receptionPublished
      ? [
          {
            valid_from: '2025-07-01',
            valid_to: null,
            published: c.receptionPublished,
            schedule: [
              {
                day: 'Thứ Năm hằng tuần',
                time: '7 giờ 30 – 11 giờ 00',
                person_title: `Chủ tịch UBND ${c.division}`,
                place: `Phòng tiếp công dân, ${office}`,
                office_phone: null,
              },
              {
                day: 'Ngày 10 và 25 hằng tháng',
                time: '13 giờ 30 – 16 giờ 30',
                person_title: `Phó Chủ tịch UBND ${c.division}`,
                place: `Phòng tiếp công dân, ${office}`,
                office_phone: null,
              },
            ],
          },
        ]
      : [],
    hotlines: c.receptionPublished
      ? [
          // The number is not made up: a sample hotline shows that the commune has one, not a number to dial.
          { name: `Văn phòng HĐND và UBND ${c.division}`, phone: null, hours: 'Giờ hành chính' },
        ]
      : [],
    anti_corruption_reports: c.antiCorruptionPublished
      ? [
          {
            year: 2025,
            document: doc('Báo cáo công tác phòng, chống tham nhũng năm 2025', 140, c.antiCorruptionPublished),
            published: c.antiCorruptionPublished,
            summary:
              'Đã công khai, minh bạch hoạt động của chính quyền theo quy định; không phát hiện vụ việc tham nhũng; đã kê khai tài sản, thu nhập lần đầu cho cán bộ thuộc diện kê khai sau sắp xếp. (Tóm tắt minh họa.)',
          },
        ]
      : [],
    land_use_plans: [
      {
        id: 'quy-hoach-2021-2030',
        kind: 'period',
        title: 'Quy hoạch sử dụng đất thời kỳ 2021–2030 (phần địa bàn của ' + c.name + ')',
        from_year: 2021,
        to_year: 2030,
        decision: doc('Quyết định của UBND tỉnh phê duyệt quy hoạch sử dụng đất', 3, '2022-06-30'),
        published: '2022-07-20',
        documents: [{ title: 'Quyết định phê duyệt', file: null }],
        maps: [{ title: 'Bản đồ quy hoạch sử dụng đất đến năm 2030', file: null }],
      },
      ...(c.landPlanPublished
        ? [
            {
              id: 'ke-hoach-2025',
              kind: 'yearly',
              title: 'Kế hoạch sử dụng đất năm 2025',
              from_year: 2025,
              to_year: 2025,
              decision: doc('Quyết định của UBND tỉnh phê duyệt kế hoạch sử dụng đất năm 2025', 45, '2025-01-10'),
              published: c.landPlanPublished,
              documents: [{ title: 'Quyết định phê duyệt và danh mục công trình, dự án', file: null }],
              maps: [{ title: 'Bản đồ kế hoạch sử dụng đất năm 2025', file: null }],
            },
          ]
        : []),
    ],
    land_prices: c.pricesPublished
      ? [
          {
            year: 2025,
            decision: doc('Quyết định của UBND tỉnh ban hành bảng giá đất', 7, '2024-12-20'),
            valid_from: '2025-01-01',
            published: c.pricesPublished,
            unit: 'nghìn đồng/m²',
          },
        ]
      : [],
  };
}

for (const instance of ['quang-tri', 'bac-ninh'] as const) {
  const base = join(root, 'content', instance, 'disclosures');
  rmSync(base, { recursive: true, force: true });
  for (const c of SAMPLE_COMMUNES.filter((x) => x.instance === instance)) {
    const dir = join(base, c.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'cong-khai.yaml'), HEADER + stringify(info(c), { lineWidth: 0 }));
    for (const year of Object.keys(c.budget).map(Number)) writeBudget(dir, c, year);
    if (c.poorPublished) writePoor(dir, c);
    if (c.pricesPublished) writePrices(dir, c);
    const projects = recoveryProjects(c);
    if (projects.length) writeFileSync(join(dir, 'thu-hoi-dat.yaml'), HEADER + stringify(projects, { lineWidth: 0 }));
    const talk = discussion(c);
    if (talk) writeFileSync(join(dir, 'gop-y.yaml'), HEADER + stringify(talk, { lineWidth: 0 }));
  }
  writeFileSync(
    join(base, 'SOURCE.md'),
    `# Công khai của xã, phường — dữ liệu minh họa

**Mọi tệp trong thư mục này là dữ liệu minh họa (sample data), không phải số liệu thật.**

- Nguồn: không có. Các nguồn dữ liệu công khai mà cổng đang dùng không có bảng số liệu cấp xã
  (ngân sách xã, bảng giá đất theo đoạn đường, hộ nghèo theo thôn…). Các tệp ở đây do cổng soạn
  để trình bày cách một xã công khai, theo thuật ngữ và cấu trúc của biểu mẫu ngân sách
  (dự toán, thực hiện 3/6/9 tháng và cả năm, quyết toán; thu cân đối, chi đầu tư phát triển,
  chi thường xuyên), bảng giá đất (đoạn đường, vị trí 1/2/3/4) và quy trình thu hồi đất.
- Số hiệu văn bản là số minh họa; không có tên người (chỉ chức danh); không có số điện thoại,
  thư điện tử hay địa chỉ liên hệ bịa ra: các mục này để null (chưa công bố) và trang ghi rõ như vậy.
- Mỗi tệp YAML ghi \`sample: true\`; bảng CSV đi kèm tệp YAML cùng tên hoặc cong-khai.yaml.
  Mọi trang, bảng, biểu đồ và tệp tải về dùng các số này đều ghi "Dữ liệu minh họa".
- Tạo lại: \`npm run make-sample-disclosures\` (xóa và viết lại thư mục này).
- Khi có số liệu thật của một xã: thay thư mục của xã đó bằng tệp của xã, ghi \`sample: false\`
  và \`source:\` là văn bản, địa chỉ đã công khai.
`,
  );
}
console.log('✓ sample disclosures written');
