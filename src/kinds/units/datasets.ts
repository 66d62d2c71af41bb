/** The units and the 2025 succession links as open data. */
import { codeWords, column, type Dataset } from '../../base/dataset.ts';
import { routes } from '../../base/routes.ts';
import type { UnitsScope } from './index.ts';
import { unitKinds } from './schema.ts';
import { unitKindLabels } from './words.ts';

export function unitDatasets(portal: UnitsScope): Dataset[] {
  const { units } = portal;
  const updated = portal.unitsUpdated;
  const succession = units.all.flatMap((u) => units.successors(u.id).map((link) => ({ from: u, link })));
  // The legal bases this instance's links cite (its own resolutions), each once, as its rows give them.
  const bases = [...new Set(succession.map(({ link }) => link.basis))];
  const cited = bases.length ? `; ${bases.join('; ')}` : '';
  return [
    {
      id: 'don-vi',
      title: { vi: 'Danh sách đơn vị', en: 'Units' },
      description: {
        vi: 'Cơ quan, tổ chức và đơn vị hành chính (trước và sau 1/7/2025) được nhắc đến trên cổng.',
        en: 'Agencies, organisations and administrative units (before and after 1 July 2025) named on the portal.',
      },
      columns: [
        column(
          'id',
          'Mã trên cổng',
          'Portal id',
          'code',
          `Phần cuối địa chỉ trang ${routes.unit('<mã>')}`,
          `Last part of the page address ${routes.unit('<id>')}`,
        ),
        column('ten', 'Tên', 'Name', 'text', 'Tên chính thức', 'Official name (Vietnamese)'),
        {
          ...column('loai', 'Loại', 'Kind', 'text', 'Loại đơn vị (mã)', 'Kind of unit (code)'),
          values: codeWords(unitKinds, (kind, lang) => unitKindLabels[lang][kind]),
        },
        column(
          'ma_hanh_chinh',
          'Mã ĐVHC',
          'Official code',
          'text',
          'Mã đơn vị hành chính của Cục Thống kê, nếu có',
          'National Statistics Office code, where one exists',
        ),
        column('thuoc', 'Thuộc', 'Part of', 'code', 'Mã trên cổng của đơn vị cấp trên', 'Portal id of the parent unit'),
        column('tu_ngay', 'Từ ngày', 'From', 'date', 'Ngày bắt đầu tồn tại, nếu biết', 'First day, where known'),
        column(
          'den_ngay',
          'Đến ngày',
          'Until',
          'date',
          'Ngày cuối cùng tồn tại, nếu đã chấm dứt',
          'Last day, if it has ended',
        ),
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
      page: routes.units(),
      updated,
    },
    {
      id: 'sap-xep-2025',
      title: {
        vi: 'Sắp xếp đơn vị từ 1/7/2025: đơn vị cũ và đơn vị kế thừa',
        en: 'The 1 July 2025 reorganisation: former units and their successors',
      },
      description: {
        vi: 'Mỗi dòng: một đơn vị cũ, đơn vị mới nhận toàn bộ hoặc một phần địa bàn của nó, và căn cứ pháp lý.',
        en: 'Each row: a former unit, the new unit that took all or part of it, and the legal basis.',
      },
      columns: [
        column(
          'don_vi_cu',
          'Đơn vị cũ',
          'Former unit',
          'code',
          'Mã trên cổng của đơn vị cũ',
          'Portal id of the former unit',
        ),
        column('ten_cu', 'Tên đơn vị cũ', 'Former name', 'text', 'Tên chính thức', 'Official name'),
        column(
          'don_vi_moi',
          'Đơn vị kế thừa',
          'Successor',
          'code',
          'Mã trên cổng của đơn vị mới',
          'Portal id of the successor',
        ),
        column('ten_moi', 'Tên đơn vị kế thừa', 'Successor name', 'text', 'Tên chính thức', 'Official name'),
        {
          ...column(
            'pham_vi',
            'Phạm vi',
            'Extent',
            'text',
            'Toàn bộ hay một phần địa bàn',
            'The whole area or part of it',
          ),
          values: { full: { vi: 'toàn bộ', en: 'whole' }, partial: { vi: 'một phần', en: 'part' } },
        },
        column(
          'can_cu',
          'Căn cứ',
          'Legal basis',
          'text',
          'Văn bản quyết định việc sắp xếp',
          'The act that made the change',
        ),
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
        vi: `Bảng chuyển đổi đơn vị hành chính (Cục Thống kê)${cited}.`,
        en: `Conversion table of administrative units (National Statistics Office)${cited}.`,
      },
      page: routes.units(),
      updated,
    },
  ];
}
