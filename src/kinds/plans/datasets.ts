/** Tasks, progress reports and unit scorecards as open data (CSV/JSON at /du-lieu/). */
import type { PlansScope } from './index.ts';
import { codeWords, column as col, type Column, type Dataset } from '../../base/dataset.ts';
import { routes } from '../../base/routes.ts';
import { complianceGrid, unitScorecard, unitsWithTasks } from './progress.ts';
import { sectionLabel, targetLabel } from './summary.ts';
import { progressDatasets } from './tables.ts';
import { plansUpdated } from './changes.ts';
import { taskStatuses } from './schema.ts';
import { planWords } from './words.ts';

const SAMPLE_SOURCE = {
  vi: 'Dữ liệu minh họa do cổng soạn (không phải báo cáo thật), tính đến ngày số liệu của cổng.',
  en: 'Sample data written for the portal (not real reports), as of the portal’s as-of date.',
};

export function planDatasets(scope: PlansScope): Dataset[] {
  const { plans, units, asOf } = scope;
  const sample = plans.some((p) => p.sample);
  const sampleTasks = plans.some((p) => p.sampleTasks);
  const join = (ids: string[]) => (ids.length ? ids.join('; ') : null);
  const tasks: Dataset = {
    id: 'nhiem-vu',
    title: { vi: 'Nhiệm vụ trong các kế hoạch', en: 'Tasks in the plans' },
    description: {
      vi: 'Mỗi dòng một nhiệm vụ như văn bản nêu: văn bản, mục, nội dung nguyên văn, đơn vị chủ trì, phối hợp, nội dung PAPI, chỉ tiêu, thời hạn.',
      en: 'One row per task as the document states it: document, section, text as written, lead and cooperating units, PAPI dimension, targets, deadline.',
    },
    columns: [
      col(
        'id',
        'Mã nhiệm vụ',
        'Task id',
        'code',
        `Phần cuối địa chỉ ${routes.task('<mã>')}`,
        `Last part of ${routes.task('<id>')}`,
      ),
      col(
        'van_ban',
        'Văn bản',
        'Document',
        'code',
        `Mã văn bản trên cổng (${routes.document('<mã>')})`,
        'Document id on the portal',
      ),
      col('muc', 'Mục', 'Section', 'text', 'Mục của văn bản', 'Section of the document'),
      col(
        'so_thu_tu',
        'Số thứ tự',
        'Item mark',
        'text',
        'Ký hiệu của nhiệm vụ trong mục, như văn bản ghi',
        'The item’s mark as written',
      ),
      col('noi_dung', 'Nội dung', 'Text', 'text', 'Nội dung nhiệm vụ, nguyên văn', 'The task, as written (Vietnamese)'),
      col(
        'chu_tri',
        'Chủ trì',
        'Lead',
        'code',
        'Mã đơn vị chủ trì, cách nhau bằng dấu chấm phẩy; trống khi văn bản không nêu',
        'Lead unit ids separated by semicolons; empty when not named',
      ),
      col(
        'chu_tri_theo_van_ban',
        'Chủ trì (lời văn bản)',
        'Lead (as written)',
        'text',
        'Đối tượng văn bản giao khi đó là một nhóm',
        'The group the document assigns, when it names a group',
      ),
      col('phoi_hop', 'Phối hợp', 'Cooperating', 'code', 'Mã đơn vị phối hợp', 'Cooperating unit ids'),
      col(
        'noi_dung_papi',
        'Nội dung PAPI',
        'PAPI dimensions',
        'text',
        'Số thứ tự nội dung PAPI (1–8)',
        'PAPI dimension numbers (1–8)',
      ),
      col('linh_vuc', 'Lĩnh vực CCHC', 'Reform area', 'code', 'Lĩnh vực cải cách hành chính (mã)', 'Reform area codes'),
      col('chi_tieu', 'Chỉ tiêu', 'Targets', 'text', 'Chỉ tiêu có số', 'Targets with numbers'),
      col(
        'thoi_han',
        'Thời hạn',
        'Deadline',
        'date',
        'Thời hạn văn bản ghi; trống khi không ghi',
        'Deadline the document states; empty when none',
      ),
    ],
    rows: plans.flatMap((plan) =>
      plan.tasks.map((t) => ({
        id: t.id,
        van_ban: plan.id,
        muc: sectionLabel(plan.sections[t.section]!, t.section, 'vi'),
        so_thu_tu: t.number,
        noi_dung: t.text,
        chu_tri: join(t.leads),
        chu_tri_theo_van_ban: t.lead_text,
        phoi_hop: join(t.cooperating),
        noi_dung_papi: join(t.dimensions.map(String)),
        linh_vuc: join(t.areas),
        chi_tieu: join(t.targets.map((x) => `${targetLabel(x, 'vi')}: ${x.text}`)),
        thoi_han: t.deadline,
      })),
    ),
    source: {
      vi: 'Các văn bản đăng trên cổng (mục Văn bản), nhập thành từng nhiệm vụ.',
      en: 'The documents published on the portal, entered task by task.',
    },
    sample: sampleTasks,
    page: routes.tasks(),
    updated: plansUpdated(scope, plans),
  };
  const reports: Dataset = {
    id: 'bao-cao-tien-do',
    title: { vi: 'Báo cáo tiến độ nhiệm vụ', en: 'Progress reports on tasks' },
    description: {
      vi: 'Mỗi dòng: một đơn vị báo cáo về một nhiệm vụ trong một kỳ, với ngày nộp, hạn nộp và tình trạng.',
      en: 'Each row: one unit’s report on one task for one period, with the date filed, the deadline and the status.',
    },
    columns: [
      col('van_ban', 'Văn bản', 'Document', 'code', 'Mã văn bản', 'Document id'),
      col('don_vi', 'Đơn vị', 'Unit', 'code', 'Mã đơn vị báo cáo', 'Reporting unit id'),
      col(
        'ky',
        'Kỳ',
        'Period',
        'code',
        'Mã kỳ báo cáo (2021-h1: 6 tháng đầu năm 2021; 2021-y: năm 2021)',
        'Period id (2021-h1: first half of 2021; 2021-y: year 2021)',
      ),
      col(
        'han_nop',
        'Hạn nộp',
        'Due',
        'date',
        'Hạn văn bản ghi; trống khi không ghi',
        'Deadline stated; empty when none',
      ),
      col('ngay_nop', 'Ngày nộp', 'Filed', 'date', 'Ngày báo cáo đến nơi nhận', 'Day the report arrived'),
      {
        ...col(
          'dung_han',
          'Đúng hạn',
          'Timeliness',
          'text',
          'Báo cáo nộp đúng hạn hay muộn',
          'Whether the report was on time',
        ),
        values: codeWords(['on-time', 'late', 'filed-no-deadline'] as const, (code, lang) =>
          planWords(lang)(`timeliness.${code}`),
        ),
      },
      col('nhiem_vu', 'Nhiệm vụ', 'Task', 'code', 'Mã nhiệm vụ', 'Task id'),
      {
        ...col('tinh_trang', 'Tình trạng', 'Status', 'text', 'Tình trạng đơn vị báo cáo', 'Status the unit reported'),
        values: codeWords(taskStatuses, (code, lang) => planWords(lang)(`status.${code}`)),
      },
      {
        ...col(
          'muc_hoan_thanh',
          'Mức hoàn thành',
          'Share done',
          'number',
          'Phần trăm hoàn thành khi đo được; trống khi không đo được',
          'Percent done where measurable; empty otherwise',
        ),
        unit: { vi: '%', en: '%' },
        digits: 0,
      },
      col('tuong_trinh', 'Tường trình', 'Account', 'text', 'Đơn vị tường trình ngắn', 'The unit’s short account'),
      col(
        'minh_chung',
        'Minh chứng',
        'Evidence',
        'text',
        'Đường dẫn minh chứng, cách nhau bằng dấu chấm phẩy',
        'Evidence links separated by semicolons',
      ),
    ],
    rows: plans.flatMap((plan) => {
      const grid = complianceGrid(plan, asOf);
      return plan.reports.flatMap((r) => {
        const cell = grid?.rows.find((row) => row.unit === r.unit)?.cells.find((c) => c.period.id === r.period);
        return r.items.map((item) => ({
          van_ban: plan.id,
          don_vi: r.unit,
          ky: r.period,
          han_nop: cell?.period.due ?? null,
          ngay_nop: r.submitted,
          dung_han: cell?.state ?? null,
          nhiem_vu: item.task,
          tinh_trang: item.status,
          muc_hoan_thanh: item.progress,
          tuong_trinh: item.account,
          minh_chung: join(item.evidence),
        }));
      });
    }),
    source: sample ? SAMPLE_SOURCE : { vi: 'Báo cáo của các đơn vị.', en: 'The units’ reports.' },
    sample,
    page: routes.plans(),
    updated: plansUpdated(scope, plans),
  };
  const cards = unitsWithTasks(plans).map((unit) => unitScorecard(plans, unit, asOf));
  const n = (key: string, vi: string, en: string, dvi: string, den: string): Column => ({
    ...col(key, vi, en, 'integer', dvi, den),
    unit: { vi: 'nhiệm vụ', en: 'tasks' },
  });
  const k = (key: string, vi: string, en: string, dvi: string, den: string): Column => ({
    ...col(key, vi, en, 'integer', dvi, den),
    unit: { vi: 'kỳ', en: 'periods' },
  });
  const scorecards: Dataset = {
    id: 'bang-diem-don-vi',
    title: { vi: 'Bảng theo dõi nhiệm vụ theo đơn vị', en: 'Scorecards by unit' },
    description: {
      vi: 'Mỗi đơn vị: số nhiệm vụ chủ trì, phối hợp, đã hoàn thành, hoàn thành đúng hạn, quá hạn, chưa có báo cáo, và số kỳ báo cáo đúng hạn, muộn, chưa nộp. Số kỳ trống khi chưa có kỳ nào đến hạn.',
      en: 'Per unit: tasks led, cooperated on, done, done by the deadline, overdue, with no report, and reporting periods on time, late, not filed. Period counts are empty when none has fallen due.',
    },
    columns: [
      col('don_vi', 'Đơn vị', 'Unit', 'code', 'Mã đơn vị', 'Unit id'),
      col('ten', 'Tên', 'Name', 'text', 'Tên đơn vị', 'Unit name'),
      n('chu_tri', 'Chủ trì', 'Led', 'Số nhiệm vụ đơn vị chủ trì', 'Tasks led'),
      n(
        'phoi_hop',
        'Phối hợp',
        'Cooperating',
        'Số nhiệm vụ đơn vị phối hợp (không chủ trì)',
        'Tasks cooperated on (not led)',
      ),
      n('hoan_thanh', 'Hoàn thành', 'Done', 'Nhiệm vụ chủ trì đã báo cáo hoàn thành', 'Led tasks reported done'),
      n(
        'dung_han',
        'Hoàn thành đúng hạn',
        'Done on time',
        'Hoàn thành trước thời hạn văn bản ghi',
        'Done by the stated deadline',
      ),
      n(
        'qua_han',
        'Quá hạn',
        'Overdue',
        'Quá thời hạn mà chưa báo cáo hoàn thành',
        'Past the deadline without a report of completion',
      ),
      n(
        'chua_bao_cao',
        'Chưa có báo cáo',
        'No report',
        'Nhiệm vụ chủ trì chưa có báo cáo nào',
        'Led tasks with no report',
      ),
      k('ky_den_han', 'Kỳ đến hạn', 'Periods due', 'Số kỳ báo cáo đã đến hạn', 'Reporting periods due'),
      k('ky_dung_han', 'Nộp đúng hạn', 'On time', 'Số kỳ nộp đúng hạn', 'Periods filed on time'),
      k('ky_muon', 'Nộp muộn', 'Late', 'Số kỳ nộp muộn', 'Periods filed late'),
      k('ky_chua_nop', 'Chưa nộp', 'Not filed', 'Số kỳ đã quá hạn mà chưa nộp', 'Periods overdue and not filed'),
    ],
    rows: cards.map((c) => ({
      don_vi: c.unit,
      ten: units.label(c.unit),
      chu_tri: c.led.length,
      phoi_hop: c.cooperating.length,
      hoan_thanh: c.done,
      dung_han: c.doneOnTime,
      qua_han: c.overdue,
      chua_bao_cao: c.counts.none,
      ky_den_han: c.reports?.due ?? null,
      ky_dung_han: c.reports?.onTime ?? null,
      ky_muon: c.reports?.late ?? null,
      ky_chua_nop: c.reports?.missing ?? null,
    })),
    source: sample
      ? SAMPLE_SOURCE
      : { vi: 'Tính từ các nhiệm vụ và báo cáo trên cổng.', en: 'Computed from the tasks and reports on the portal.' },
    sample,
    page: routes.tasks(),
    updated: plansUpdated(scope, plans),
  };
  return [tasks, reports, scorecards, ...progressDatasets(scope)];
}
