/** The units and the 2025 succession links as open data. */
import type { Dataset } from '../data/dataset.ts';
import type { Portal } from '../content/portal.ts';

export function unitDatasets(portal: Portal): Dataset[] {
  const { units } = portal;
  const updated = portal.asOf;
  const succession = units.all.flatMap((u) => units.successors(u.id).map((link) => ({ from: u, link })));
  return [
    {
      id: 'don-vi',
      title: { vi: 'Danh sách đơn vị', en: 'Units' },
      description: {
        vi: 'Cơ quan, tổ chức và đơn vị hành chính (trước và sau 1/7/2025) được nhắc đến trên cổng.',
        en: 'Agencies, organisations and administrative units (before and after 1 July 2025) named on the portal.',
      },
      columns: [
        { key: 'id', label: { vi: 'Mã trên cổng', en: 'Portal id' }, description: { vi: 'Phần cuối địa chỉ trang /don-vi/<mã>/', en: 'Last part of the page address /don-vi/<id>/' }, type: 'text' },
        { key: 'ten', label: { vi: 'Tên', en: 'Name' }, description: { vi: 'Tên chính thức', en: 'Official name (Vietnamese)' }, type: 'text' },
        { key: 'loai', label: { vi: 'Loại', en: 'Kind' }, description: { vi: 'Loại đơn vị (mã)', en: 'Kind of unit (code)' }, type: 'text' },
        { key: 'ma_hanh_chinh', label: { vi: 'Mã ĐVHC', en: 'Official code' }, description: { vi: 'Mã đơn vị hành chính của Cục Thống kê, nếu có', en: 'National Statistics Office code, where one exists' }, type: 'text' },
        { key: 'thuoc', label: { vi: 'Thuộc', en: 'Part of' }, description: { vi: 'Mã trên cổng của đơn vị cấp trên', en: 'Portal id of the parent unit' }, type: 'text' },
        { key: 'tu_ngay', label: { vi: 'Từ ngày', en: 'From' }, description: { vi: 'Ngày bắt đầu tồn tại, nếu biết', en: 'First day, where known' }, type: 'date' },
        { key: 'den_ngay', label: { vi: 'Đến ngày', en: 'Until' }, description: { vi: 'Ngày cuối cùng tồn tại, nếu đã chấm dứt', en: 'Last day, if it has ended' }, type: 'date' },
      ],
      rows: units.all.map((u) => ({
        id: u.id,
        ten: u.name_vi,
        loai: u.kind,
        ma_hanh_chinh: u.code,
        thuoc: u.parent,
        tu_ngay: u.valid_from,
        den_ngay: u.valid_to,
      })),
      source: {
        vi: 'Danh mục đơn vị hành chính của Cục Thống kê (trước và sau 1/7/2025), các nghị quyết sắp xếp đơn vị hành chính năm 2025, và các văn bản đăng trên cổng.',
        en: "The National Statistics Office's lists of administrative units (before and after 1 July 2025), the 2025 reorganisation resolutions, and the documents published here.",
      },
      page: '/don-vi/',
      updated,
    },
    {
      id: 'sap-xep-2025',
      title: { vi: 'Sắp xếp đơn vị từ 1/7/2025: đơn vị cũ và đơn vị kế thừa', en: 'The 1 July 2025 reorganisation: former units and their successors' },
      description: {
        vi: 'Mỗi dòng: một đơn vị cũ, đơn vị mới nhận toàn bộ hoặc một phần địa bàn của nó, và căn cứ pháp lý.',
        en: 'Each row: a former unit, the new unit that took all or part of it, and the legal basis.',
      },
      columns: [
        { key: 'don_vi_cu', label: { vi: 'Đơn vị cũ', en: 'Former unit' }, description: { vi: 'Mã trên cổng của đơn vị cũ', en: 'Portal id of the former unit' }, type: 'text' },
        { key: 'ten_cu', label: { vi: 'Tên đơn vị cũ', en: 'Former name' }, description: { vi: 'Tên chính thức', en: 'Official name' }, type: 'text' },
        { key: 'don_vi_moi', label: { vi: 'Đơn vị kế thừa', en: 'Successor' }, description: { vi: 'Mã trên cổng của đơn vị mới', en: 'Portal id of the successor' }, type: 'text' },
        { key: 'ten_moi', label: { vi: 'Tên đơn vị kế thừa', en: 'Successor name' }, description: { vi: 'Tên chính thức', en: 'Official name' }, type: 'text' },
        { key: 'pham_vi', label: { vi: 'Phạm vi', en: 'Extent' }, description: { vi: 'full: toàn bộ; partial: một phần', en: 'full or partial' }, type: 'text' },
        { key: 'can_cu', label: { vi: 'Căn cứ', en: 'Legal basis' }, description: { vi: 'Văn bản quyết định việc sắp xếp', en: 'The act that made the change' }, type: 'text' },
      ],
      rows: succession.map(({ from, link }) => ({
        don_vi_cu: from.id,
        ten_cu: from.name_vi,
        don_vi_moi: link.unit.id,
        ten_moi: link.unit.name_vi,
        pham_vi: link.type,
        can_cu: link.basis,
      })),
      source: {
        vi: 'Bảng chuyển đổi đơn vị hành chính (Cục Thống kê); Nghị quyết 202/2025/QH15, 1680/NQ-UBTVQH15, 1658/NQ-UBTVQH15.',
        en: 'Conversion table of administrative units (National Statistics Office); Resolutions 202/2025/QH15, 1680/NQ-UBTVQH15, 1658/NQ-UBTVQH15.',
      },
      page: '/don-vi/',
      updated,
    },
  ];
}
