/**
 * The disclosure tables as open data (CSV/JSON at /du-lieu/<id>.*). All of them are sample
 * data today, and say so: `sample` follows the content files' own `sample` flag.
 */
import type { DisclosuresScope } from './index.ts';
import type { Column, Dataset, Row } from '../../base/dataset.ts';
import { answerDays, consultationState } from './consultations/derive.ts';
import { budgetDatasets } from './budget/datasets.ts';
import { recoveryStepNames } from './land/timeline.ts';
import { complianceRules } from './compliance.ts';
import { contributionBalance, portalCompliance, priceListings } from './derive.ts';

const col = (key: string, vi: string, en: string, type: Column['type'] = 'text', unit?: { vi: string; en: string }): Column => ({
  key, label: { vi, en }, description: { vi, en }, type, ...(unit ? { unit } : {}),
});
const MILLION = { vi: 'triệu đồng', en: 'million đồng' };
const SOURCE = {
  vi: 'Dữ liệu minh họa do cổng soạn (content/<tỉnh>/disclosures/SOURCE.md); không phải số liệu thật của xã, phường.',
  en: 'Sample data written for the portal (content/<province>/disclosures/SOURCE.md); not any commune’s real figures.',
};

export function disclosureDatasets(portal: DisclosuresScope): Dataset[] {
  const { disclosures, asOf } = portal;
  if (!disclosures.length) return [];
  const name = (id: string) => portal.units.label(id);
  const sample = disclosures.some((d) => d.info.sample);
  const base = { source: SOURCE, sample, updated: asOf };
  const communeCol = col('xa', 'Xã, phường', 'Commune or ward');
  const each = <T>(pick: (d: DisclosuresScope['disclosures'][number]) => T[], row: (item: T, commune: string) => Row) =>
    disclosures.flatMap((d) => pick(d).map((item) => row(item, d.commune)));

  const datasets: Dataset[] = [
    {
      ...base, id: 'cong-khai-tinh-hinh', page: '/cong-khai/',
      title: { vi: 'Tình hình công khai của các xã, phường', en: 'Disclosure compliance of communes' },
      description: { vi: `Mỗi dòng: một xã và một nội dung phải công khai, kỳ gần nhất đã đến hạn, ngày công khai và tình trạng tính đến ${asOf}.`, en: `Each row: a commune and a mandated disclosure, the latest period due, when it was published and its status as of ${asOf}.` },
      columns: [communeCol, col('ma_xa', 'Mã xã trên cổng', 'Portal id'), col('noi_dung', 'Nội dung', 'Disclosure'), col('ky', 'Kỳ', 'Period'), col('han', 'Hạn', 'Due', 'date'), col('ngay_cong_khai', 'Ngày công khai', 'Published', 'date'), col('tinh_trang', 'Tình trạng (on-time/late/missing)', 'Status (on-time/late/missing)'), col('so_ngay_muon', 'Số ngày muộn', 'Days late', 'integer')],
      rows: portalCompliance(portal).flatMap((r) => r.cells.map((c) => ({ xa: name(r.commune), ma_xa: r.commune, noi_dung: complianceRules[c.kind].name.vi, ky: c.period.label.vi, han: c.period.due, ngay_cong_khai: c.published, tinh_trang: c.status, so_ngay_muon: c.daysLate }))),
    },
    ...budgetDatasets(portal, base),
    {
      ...base, id: 'ho-ngheo-theo-thon', page: '/cong-khai/',
      title: { vi: 'Hộ nghèo, hộ cận nghèo theo thôn, khu phố', en: 'Poor and near-poor households by village' },
      description: { vi: 'Số hộ và số người theo kết quả rà soát; không có tên người.', en: 'Counts of households and persons from the review; no names.' },
      columns: [communeCol, col('nam', 'Năm', 'Year', 'integer'), col('thon', 'Thôn, khu phố', 'Village'), col('ho_ngheo', 'Hộ nghèo', 'Poor households', 'integer'), col('nguoi_ngheo', 'Người thuộc hộ nghèo', 'Persons in poor households', 'integer'), col('ho_can_ngheo', 'Hộ cận nghèo', 'Near-poor households', 'integer'), col('nguoi_can_ngheo', 'Người thuộc hộ cận nghèo', 'Persons in near-poor households', 'integer'), col('thoat_ngheo', 'Hộ thoát nghèo', 'Households that left poverty', 'integer'), col('thoat_can_ngheo', 'Hộ thoát cận nghèo', 'Households that left near-poverty', 'integer'), col('ghi_chu', 'Ghi chú', 'Note')],
      rows: each((d) => d.poorHouseholds.flatMap((p) => p.rows.map((r) => ({ ...r, year: p.meta.year }))), (r, c) => ({ xa: name(c), nam: r.year, thon: r.village, ho_ngheo: r.poor_households, nguoi_ngheo: r.poor_persons, ho_can_ngheo: r.near_poor_households, nguoi_can_ngheo: r.near_poor_persons, thoat_ngheo: r.exited_poor_households, thoat_can_ngheo: r.exited_near_poor_households, ghi_chu: r.note })),
    },
    {
      ...base, id: 'bang-gia-dat', page: '/cong-khai/bang-gia-dat/',
      title: { vi: 'Bảng giá đất theo đường, đoạn đường và vị trí', en: 'Land prices by road, segment and position' },
      description: { vi: 'Giá đất theo bảng giá đất của tỉnh, như xã, phường niêm yết.', en: "Land prices from the province's price table, as the commune posts them." },
      columns: [communeCol, col('nam', 'Năm áp dụng', 'Year', 'integer'), col('duong', 'Đường', 'Road'), col('doan', 'Đoạn', 'Segment'), col('loai_dat', 'Loại đất', 'Land type'), ...[1, 2, 3, 4].map((p) => col(`vi_tri_${p}`, `Vị trí ${p}`, `Position ${p}`, 'integer', { vi: 'nghìn đồng/m²', en: 'thousand đồng/m²' }))],
      rows: priceListings(portal, name).map((l) => ({ xa: name(l.commune), nam: l.year, duong: l.road, doan: l.segment, loai_dat: l.land_type, vi_tri_1: l.position_1, vi_tri_2: l.position_2, vi_tri_3: l.position_3, vi_tri_4: l.position_4 })),
    },
    {
      ...base, id: 'thu-hoi-dat', page: '/cong-khai/',
      title: { vi: 'Dự án thu hồi đất', en: 'Land recovery projects' },
      description: { vi: 'Mục đích, diện tích, số hộ bị ảnh hưởng và ngày của từng bước.', en: 'Purpose, area, households affected and the date of each step.' },
      columns: [communeCol, col('du_an', 'Dự án', 'Project'), col('muc_dich', 'Mục đích', 'Purpose'), col('dien_tich', 'Diện tích', 'Area', 'number', { vi: 'ha', en: 'ha' }), col('so_ho', 'Số hộ bị ảnh hưởng', 'Households affected', 'integer'), col('loai_dat', 'Loại đất', 'Land types'), col('tai_dinh_cu', 'Tái định cư', 'Resettlement'), ...(Object.keys(recoveryStepNames.vi) as (keyof typeof recoveryStepNames.vi)[]).map((s) => col(s, recoveryStepNames.vi[s], recoveryStepNames.en[s], 'date'))],
      rows: each((d) => d.recovery, (p, c) => ({ xa: name(c), du_an: p.name, muc_dich: p.purpose, dien_tich: p.area_ha, so_ho: p.households, loai_dat: p.land_types.join('; '), tai_dinh_cu: p.resettlement, ...p.timeline })),
    },
    {
      ...base, id: 'dong-gop-tu-nguyen', page: '/cong-khai/',
      title: { vi: 'Các khoản đóng góp tự nguyện', en: 'Voluntary contributions' },
      description: { vi: 'Số huy động, đã chi và còn lại (còn lại = huy động − đã chi).', en: 'Mobilised, spent and balance (balance = mobilised − spent).' },
      columns: [communeCol, col('nam', 'Năm', 'Year', 'integer'), col('noi_dung', 'Nội dung', 'Purpose'), col('huy_dong', 'Huy động', 'Mobilised', 'integer', MILLION), col('da_chi', 'Đã chi', 'Spent', 'integer', MILLION), col('con_lai', 'Còn lại', 'Balance', 'integer', MILLION)],
      rows: each((d) => d.info.contributions.flatMap((y) => y.items.map((i) => ({ ...i, year: y.year }))), (i, c) => ({ xa: name(c), nam: i.year, noi_dung: i.purpose, huy_dong: i.mobilised, da_chi: i.spent, con_lai: contributionBalance(i) })),
    },
    {
      ...base, id: 'dau-tu-giam-sat-cong-dong', page: '/cong-khai/',
      title: { vi: 'Dự án đầu tư và kết quả giám sát của cộng đồng', en: 'Investment projects and community supervision' },
      description: { vi: 'Tổng mức đầu tư, nguồn vốn, tiến độ và kết quả giám sát của cộng đồng.', en: 'Total investment, funding, progress and community supervision results.' },
      columns: [communeCol, col('nam', 'Năm', 'Year', 'integer'), col('du_an', 'Dự án', 'Project'), col('tong_muc', 'Tổng mức đầu tư', 'Total investment', 'integer', MILLION), col('nguon_von', 'Nguồn vốn', 'Funding'), col('tien_do', 'Tiến độ', 'Progress'), col('ngay_giam_sat', 'Ngày giám sát', 'Supervised on', 'date'), col('ket_qua_giam_sat', 'Kết quả giám sát', 'Supervision result')],
      rows: each((d) => d.info.investment.flatMap((y) => y.items.map((i) => ({ ...i, year: y.year }))), (i, c) => ({ xa: name(c), nam: i.year, du_an: i.name, tong_muc: i.total_investment, nguon_von: i.funding, tien_do: i.progress, ngay_giam_sat: i.supervision?.date ?? null, ket_qua_giam_sat: i.supervision?.result ?? null })),
    },
    {
      ...base, id: 'lich-tiep-cong-dan', page: '/cong-khai/',
      title: { vi: 'Lịch tiếp công dân và đường dây nóng', en: 'Citizen reception and hotlines' },
      description: { vi: 'Ngày, giờ, chức danh người tiếp, nơi tiếp và điện thoại cơ quan; đường dây nóng.', en: 'Day, time, title of the official, place and office phone; hotlines.' },
      columns: [communeCol, col('loai', 'Loại (tiếp dân / đường dây nóng)', 'Kind (reception / hotline)'), col('ngay', 'Ngày', 'Day'), col('gio', 'Giờ', 'Time'), col('nguoi_tiep', 'Chức danh người tiếp / nơi nhận', 'Title / who answers'), col('noi_tiep', 'Nơi tiếp', 'Place'), col('dien_thoai', 'Điện thoại cơ quan', 'Office phone')],
      rows: disclosures.flatMap((d) => [
        ...d.info.reception.flatMap((r) => r.schedule.map((s) => ({ xa: name(d.commune), loai: 'tiếp công dân', ngay: s.day, gio: s.time, nguoi_tiep: s.person_title, noi_tiep: s.place, dien_thoai: s.office_phone }))),
        ...d.info.hotlines.map((h) => ({ xa: name(d.commune), loai: 'đường dây nóng', ngay: null, gio: h.hours, nguoi_tiep: h.name, noi_tiep: null, dien_thoai: h.phone })),
      ]),
    },
    {
      ...base, id: 'gop-y-du-thao', page: '/gop-y/',
      title: { vi: 'Lấy ý kiến dự thảo', en: 'Consultations on drafts' },
      description: { vi: `Thời gian lấy ý kiến, tình trạng tính đến ${asOf}, số ý kiến và tóm tắt kết quả.`, en: `Consultation period, status as of ${asOf}, comments received and the summary of results.` },
      columns: [communeCol, col('tieu_de', 'Tiêu đề', 'Title'), col('tu_ngay', 'Từ ngày', 'Opens', 'date'), col('den_ngay', 'Đến ngày', 'Closes', 'date'), col('tinh_trang', 'Tình trạng (open/closed/upcoming)', 'Status (open/closed/upcoming)'), col('so_y_kien', 'Số ý kiến', 'Comments', 'integer'), col('ket_qua', 'Tóm tắt kết quả', 'Summary of results')],
      rows: each((d) => d.consultations, (k, c) => ({ xa: name(c), tieu_de: k.title, tu_ngay: k.opens, den_ngay: k.closes, tinh_trang: consultationState(k, asOf), so_y_kien: k.result?.comments_received ?? null, ket_qua: k.result?.summary ?? null })),
    },
    {
      ...base, id: 'hoi-dap', page: '/gop-y/',
      title: { vi: 'Câu hỏi của người dân và trả lời', en: "Residents' questions and answers" },
      description: { vi: 'Ngày hỏi, ngày trả lời và số ngày (tính đến ngày số liệu nếu chưa trả lời).', en: 'Asked, answered and the days it took (to the as-of date when not answered).' },
      columns: [communeCol, col('chu_de', 'Chủ đề', 'Topic'), col('cau_hoi', 'Câu hỏi', 'Question'), col('ngay_hoi', 'Ngày hỏi', 'Asked', 'date'), col('ngay_tra_loi', 'Ngày trả lời', 'Answered', 'date'), col('so_ngay', 'Số ngày', 'Days', 'integer'), col('tra_loi', 'Trả lời', 'Answer')],
      rows: each((d) => d.questions, (q, c) => ({ xa: name(c), chu_de: q.topic, cau_hoi: q.question, ngay_hoi: q.asked, ngay_tra_loi: q.answered, so_ngay: answerDays(q, asOf).days, tra_loi: q.answer })),
    },
  ];
  return datasets;
}
