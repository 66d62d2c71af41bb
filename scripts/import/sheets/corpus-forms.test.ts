/**
 * The spreadsheet corpus, made by the tests (3 of 3): the other forms (land recovery, consultations,
 * investment, contributions, reception and contact, tasks and reports) filled in — each imported into a copy of the
 * minimal instance and compared with the content it must give, or refused with one precise
 * message (file, sheet, cell, field, found, expected in Vietnamese and English) and nothing
 * written. Shared pieces: corpus-harness.ts.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/base/content/errors.ts';
import { writeTemplate } from '../../../src/base/sheets/template.ts';
import { fillTemplate, headerRow, rowsAt, workbook, type CellSpec } from './workbooks.ts';
import { changeOf, form, useCorpus } from './corpus-harness.ts';

const { corpus, run, refused } = useCorpus();

describe('the other forms, filled in', () => {
  const INFO = 'disclosures/xa-c/cong-khai.yaml';

  it('contributions for a year, in nghìn đồng: written in the triệu đồng the content uses', async () => {
    const template = await writeTemplate(form('dong-gop'), corpus.lists);
    const header = await headerRow(template, 'Đóng góp', 'Mã');
    const bytes = await fillTemplate(template, {
      'Đóng góp': {
        B2: 'Xã C',
        B3: 2025,
        A4: 'Đơn vị tính: nghìn đồng',
        ...rowsAt(header + 1, [
          [null, 'Làm đường giao thông thôn 3', 450000, '398.500'],
          ['quy-khuyen-hoc', 'Quỹ khuyến học', 90000, 61000],
        ]),
      },
      'Thông tin': { B3: '20/01/2026', B4: 'Báo cáo số 5/BC-UBND ngày 20/1/2026' },
    });
    const result = run('dong-gop-2025.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    const after = changeOf(result, INFO)!.after;
    expect(after).toContain(
      '  - year: 2025\n    published: 2026-01-20\n    document: Báo cáo số 5/BC-UBND ngày 20/1/2026\n    items:\n      - id: lam-duong-giao-thong-thon-3\n        purpose: Làm đường giao thông thôn 3\n        mobilised: 450\n        spent: 398.5\n        unit: triệu đồng\n',
    );
  });

  it('investment as an office lists it (Tr.đồng): one project’s progress corrected, the rest of the file as it was', () => {
    const sheet: CellSpec[][] = [
      ['DANH MỤC CÔNG TRÌNH ĐẦU TƯ NĂM 2025 - XÃ C'],
      ['ĐVT: Tr.đồng'],
      [
        'STT',
        'Mã',
        'Tên công trình',
        'Tổng mức đầu tư',
        'Nguồn vốn',
        'Tiến độ thực hiện',
        'Ban giám sát',
        'Ngày giám sát',
        'Kết quả giám sát',
      ],
      [
        1,
        'duong-lien-thon',
        'Nâng cấp đường liên khu phố phố–phố',
        '7.980',
        'Ngân sách tỉnh hỗ trợ 70%, ngân sách xã 20%, nhân dân đóng góp 10%',
        'Đã hoàn thành, chờ nghiệm thu',
        'Ban Giám sát đầu tư của cộng đồng',
        '18/09/2025',
        'Thi công đúng thiết kế; đề nghị nhà thầu bổ sung biển báo an toàn và tưới nước chống bụi ở đoạn qua khu dân cư.',
      ],
      [
        2,
        'nha-van-hoa',
        'Sửa chữa nhà văn hóa khu phố 4',
        1365,
        'Ngân sách xã',
        'Chưa khởi công, đang lựa chọn nhà thầu',
        null,
        '-',
        null,
      ],
    ];
    const result = run('dau-tu.xlsx', workbook([{ name: 'Sheet1', rows: sheet }]));
    expect(result.issues.map(formatIssue)).toEqual([]);
    const change = changeOf(result, INFO)!;
    expect(change.summary).toEqual([
      'investment.0.items.0.progress: "Đang thi công, đạt khoảng 65% khối lượng" → "Đã hoàn thành, chờ nghiệm thu"',
    ]);
    expect(change.after).toBe(
      change.before!.replace('Đang thi công, đạt khoảng 65% khối lượng', 'Đã hoàn thành, chờ nghiệm thu'),
    );
  });

  it('a new reception schedule and the hotlines', async () => {
    const template = await writeTemplate(form('tiep-cong-dan'), corpus.lists);
    const header = await headerRow(template, 'Lịch tiếp công dân', 'Ngày tiếp');
    const hot = await headerRow(template, 'Đường dây nóng', 'Nơi nhận');
    const bytes = await fillTemplate(template, {
      'Lịch tiếp công dân': {
        B2: 'Xã C',
        ...rowsAt(header + 1, [
          ['Thứ Ba hằng tuần', '8 giờ – 11 giờ', 'Chủ tịch UBND xã', 'Trụ sở UBND xã C', '0233 3000 101'],
        ]),
      },
      'Đường dây nóng': rowsAt(hot + 1, [['Văn phòng UBND xã', '0233 3000 101', 'Giờ hành chính']]),
      'Thông tin': { B3: '01/01/2026', B5: '20/12/2025' },
    });
    const result = run('tiep-cong-dan.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    const after = changeOf(result, INFO)!.after;
    expect(after).toContain(
      '  - valid_from: 2026-01-01\n    valid_to: null\n    published: 2025-12-20\n    schedule:\n      - day: Thứ Ba hằng tuần\n',
    );
    expect(after).toContain(
      'hotlines:\n  - name: Văn phòng UBND xã\n    phone: 0233 3000 101\n    hours: Giờ hành chính\nanti_corruption_reports:',
    );
  });

  it("the commune's contact channels, from the reception form's information sheet", async () => {
    const template = await writeTemplate(form('tiep-cong-dan'), corpus.lists);
    const bytes = await fillTemplate(template, {
      'Lịch tiếp công dân': { B2: 'Xã C' },
      'Thông tin': { B6: 'Trụ sở UBND xã C', B7: '(0233) 3.852.111', B9: 'vanphong.xac@quangtri.gov.vn' },
    });
    const result = run('tiep-cong-dan.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(changeOf(result, INFO)!.after).toContain(
      'contact:\n  address: Trụ sở UBND xã C\n  phone: (0233) 3.852.111\n  hotline: null\n  email: vanphong.xac@quangtri.gov.vn\n',
    );
  });

  it("a contact number that is not a public body's is refused at its cell; nothing written", async () => {
    const template = await writeTemplate(form('tiep-cong-dan'), corpus.lists);
    const bytes = await fillTemplate(template, {
      'Lịch tiếp công dân': { B2: 'Xã C' },
      'Thông tin': { B7: '3852 111' },
    });
    refused('tiep-cong-dan.xlsx', bytes, { sheet: 'Thông tin', cell: 'B7' });
  });

  it('a land recovery project with compensation in đồng/m², written in nghìn đồng/m²', async () => {
    const template = await writeTemplate(form('thu-hoi-dat'), corpus.lists);
    const header = await headerRow(template, 'Dự án', 'Mã dự án');
    const rates = await headerRow(template, 'Bồi thường', 'Mã dự án');
    const row: CellSpec[] = [
      null,
      'Xây dựng trường mầm non thôn 2',
      'Xây trường mầm non',
      null,
      '0,85',
      12,
      'Đất trồng lúa; Đất ở nông thôn',
      null,
    ];
    const bytes = await fillTemplate(template, {
      'Dự án': {
        B2: 'Xã C',
        ...rowsAt(header + 1, [[...row, '02/02/2026', '15/03/2026', null, null, null, null, '03/02/2026']]),
      },
      'Bồi thường': {
        A2: 'Đơn vị tính: đồng/m²',
        ...rowsAt(rates + 1, [
          ['xay-dung-truong-mam-non-thon-2', 'Đất trồng lúa', '62.500'],
          ['xay-dung-truong-mam-non-thon-2', 'Đất ở nông thôn', 1200000],
        ]),
      },
    });
    const result = run('thu-hoi-dat.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    const after = changeOf(result, 'disclosures/xa-c/thu-hoi-dat.yaml')!.after;
    expect(after).toContain('- id: xay-dung-truong-mam-non-thon-2\n  name: Xây dựng trường mầm non thôn 2\n');
    expect(after).toContain(
      '    - land_type: Đất trồng lúa\n      rate: 62.5\n      unit: nghìn đồng/m²\n    - land_type: Đất ở nông thôn\n      rate: 1200\n',
    );
    expect(after).toContain('  area_ha: 0.85\n  households: 12\n');
  });

  it('land recovery steps out of order are refused by the build’s check; nothing written', async () => {
    const template = await writeTemplate(form('thu-hoi-dat'), corpus.lists);
    const header = await headerRow(template, 'Dự án', 'Mã dự án');
    const bytes = await fillTemplate(template, {
      'Dự án': {
        B2: 'Xã C',
        ...rowsAt(header + 1, [
          [
            null,
            'Dự án X',
            'Mở đường',
            null,
            1,
            3,
            'Đất trồng lúa',
            null,
            '15/03/2026',
            '02/02/2026',
            null,
            null,
            null,
            null,
            '03/02/2026',
          ],
        ]),
      },
    });
    const issue = refused('thu-hoi-dat.xlsx', bytes, {
      sheet: 'Dự án',
      cell: `J${header + 1}`,
      field: 'timeline.inventory',
    });
    expect(issue.expected.vi).toContain('theo thứ tự');
  });

  it('a resident’s question and its answer', async () => {
    const template = await writeTemplate(form('gop-y'), corpus.lists);
    const header = await headerRow(template, 'Câu hỏi', 'Mã');
    const bytes = await fillTemplate(template, {
      'Lấy ý kiến': { B2: 'Xã C' },
      'Câu hỏi': rowsAt(header + 1, [
        [
          'hoi-nuoc-sach',
          '02/01/2026',
          'Hạ tầng',
          'Khi nào thôn 3 có nước sạch?',
          '09/01/2026',
          'Quý II/2026.',
          'Chủ tịch UBND xã',
        ],
      ]),
    });
    const result = run('gop-y.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(changeOf(result, 'disclosures/xa-c/gop-y.yaml')!.after).toContain(
      '  - id: hoi-nuoc-sach\n    asked: 2026-01-02\n    topic: Hạ tầng\n    question: Khi nào thôn 3 có nước sạch?\n    answered: 2026-01-09\n    answer: Quý II/2026.\n    answered_by: Chủ tịch UBND xã\n',
    );
  });

  it('a plan’s tasks: a deadline added, units by name', async () => {
    const template = await writeTemplate(form('nhiem-vu'), corpus.lists);
    const header = await headerRow(template, 'Nhiệm vụ', 'Phần');
    const section = ['II. NHIỆM VỤ', null, '1', 'Quản trị điện tử'];
    const bytes = await fillTemplate(template, {
      'Nhiệm vụ': {
        B2: 'Kế hoạch thử',
        ...rowsAt(header + 1, [
          [
            ...section,
            'thu-1-a',
            'a)',
            'Nâng cấp cổng thông tin điện tử.',
            'Sở Nội vụ',
            null,
            'Ủy ban nhân dân tỉnh Cũ',
            null,
            '8',
            null,
            null,
            null,
            null,
          ],
          [
            ...section,
            'thu-1-b',
            null,
            'Tuyên truyền.',
            null,
            'Các sở, ngành',
            null,
            null,
            null,
            null,
            null,
            '30/06/2021',
            'trước ngày 30/6/2021',
          ],
        ]),
      },
    });
    const result = run('nhiem-vu.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    const change = changeOf(result, 'tasks/ke-hoach-thu.yaml')!;
    expect(change.summary).toEqual([
      'sections.0.tasks.1.deadline: (không có / none) → "2021-06-30"',
      'sections.0.tasks.1.deadline_text: (không có / none) → "trước ngày 30/6/2021"',
    ]);
    // The task's targets, written by hand, stay.
    expect(change.after).toContain('targets:');
  });

  it('a unit the portal does not have, among the lead units, is refused at its cell', async () => {
    const template = await writeTemplate(form('nhiem-vu'), corpus.lists);
    const header = await headerRow(template, 'Nhiệm vụ', 'Phần');
    const bytes = await fillTemplate(template, {
      'Nhiệm vụ': {
        B2: 'Kế hoạch thử',
        ...rowsAt(header + 1, [[null, null, '1', null, 'thu-1-a', null, 'Nâng cấp.', 'Sở Nội vụ; Sở Không Có']]),
      },
    });
    refused('nhiem-vu.xlsx', bytes, {
      sheet: 'Nhiệm vụ',
      cell: `H${header + 1}`,
      field: 'Đơn vị chủ trì',
      found: '"Sở Không Có"',
    });
  });

  it('a progress report for the year, added beside the six-month one', async () => {
    const template = await writeTemplate(form('bao-cao'), corpus.lists);
    const header = await headerRow(template, 'Báo cáo', 'Đơn vị báo cáo');
    const bytes = await fillTemplate(template, {
      'Báo cáo': {
        B2: 'Kế hoạch thử',
        ...rowsAt(header + 1, [
          ['Sở Nội vụ', '2021-y', '25/11/2021', 'thu-1-a', 'Hoàn thành', 100, 'Đã nâng cấp cổng.', null],
        ]),
      },
    });
    const result = run('bao-cao.xlsx', bytes);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(changeOf(result, 'reports/ke-hoach-thu.yaml')!.after).toContain(
      '  - unit: so-noi-vu\n    period: 2021-y\n    submitted: 2021-11-25\n    items:\n      - task: thu-1-a\n        status: hoan-thanh\n        progress: 100\n        account: Đã nâng cấp cổng.\n',
    );
  });

  it('a task the plan does not have: the build’s check, placed at the report’s row', async () => {
    const template = await writeTemplate(form('bao-cao'), corpus.lists);
    const header = await headerRow(template, 'Báo cáo', 'Đơn vị báo cáo');
    const bytes = await fillTemplate(template, {
      'Báo cáo': {
        B2: 'Kế hoạch thử',
        ...rowsAt(header + 1, [['Sở Nội vụ', '2021-y', '25/11/2021', 'thu-9-z', 'Hoàn thành', 100, 'Đã làm.']]),
      },
    });
    refused('bao-cao.xlsx', bytes, { sheet: 'Báo cáo', cell: `D${header + 1}` });
  });

  it('a status outside the list is refused at its cell', async () => {
    const template = await writeTemplate(form('bao-cao'), corpus.lists);
    const header = await headerRow(template, 'Báo cáo', 'Đơn vị báo cáo');
    const bytes = await fillTemplate(template, {
      'Báo cáo': {
        B2: 'Kế hoạch thử',
        ...rowsAt(header + 1, [['Sở Nội vụ', '2021-y', '25/11/2021', 'thu-1-a', 'Xong', 100, 'Đã làm.']]),
      },
    });
    refused('bao-cao.xlsx', bytes, { sheet: 'Báo cáo', cell: `E${header + 1}`, field: 'Tình trạng', found: '"Xong"' });
  });
});
