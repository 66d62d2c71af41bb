/** The national hub's interface words. Names of units and legal texts stay in Vietnamese. */
import { defineWords } from '../../base/words.ts';

export const hubWords = defineWords({
  vi: {
    'hub.title': 'Minh bạch chính quyền địa phương cả nước',
    'hub.lead':
      'Cổng minh bạch của từng tỉnh, thành phố; chỉ số PAPI của các tỉnh, thành phố cũ (2011–2024); và việc sắp xếp đơn vị hành chính năm 2025: mỗi tỉnh, huyện, xã cũ nay thuộc đơn vị nào, theo nghị quyết nào.',
    'hub.search': 'Tìm trên cổng của mọi tỉnh',
    'hub.search.text': 'Một ô tìm kiếm cho văn bản, kế hoạch, đơn vị và công khai trên cổng của mọi tỉnh đã có cổng.',
    'hub.provinces': '{n} tỉnh, thành phố từ ngày 1/7/2025',
    'hub.provinces.count':
      '{n} trong {all} tỉnh, thành phố đã có cổng minh bạch; các tỉnh còn lại được liệt kê, ghi rõ chưa có cổng.',
    'hub.formedFrom': 'Hình thành từ',
    'hub.notMerged': 'không sáp nhập',
    'hub.portal': 'Cổng minh bạch',
    'hub.portal.link': 'Mở cổng của {name}',
    'hub.portal.none': 'Chưa có cổng minh bạch',
    'hub.portal.none.long': '{name} chưa có cổng minh bạch trên hệ thống này.',
    'hub.sections': 'Các mục',
    'hub.papi.text':
      'Điểm và thứ hạng của các tỉnh, thành phố trước 1/7/2025 qua từng năm, từng nội dung; so sánh các tỉnh.',
    'hub.reorganisation.text':
      'Mỗi tỉnh, huyện, xã, phường, thị trấn trước 1/7/2025 nay thuộc tỉnh, xã, phường nào, toàn bộ hay một phần, theo nghị quyết nào.',
    'province.since': 'Tỉnh, thành phố từ ngày 1/7/2025.',
    'province.papi': 'Chỉ số PAPI',
    'province.papi.text': 'Kết quả PAPI của các tỉnh cũ hợp thành, đặt cạnh nhau (PAPI chưa đo tỉnh mới).',
    'province.communes': 'Các xã, phường, đặc khu ({n}) và đơn vị cũ hợp thành',
    'province.communes.caption': 'Các xã, phường, đặc khu của {name} từ 1/7/2025 và các đơn vị trước đó đã nhập vào',
    'col.newCommune': 'Xã, phường từ 1/7/2025',
    'col.from': 'Hình thành từ (trước 1/7/2025)',
    'col.oldCommune': 'Xã, phường, thị trấn trước 1/7/2025',
    'col.to': 'Nay thuộc (từ 1/7/2025)',
    'move.full': 'toàn bộ',
    'move.partial': 'một phần',
    'move.none': 'Bảng chuyển đổi chính thức không có hàng nào về đơn vị này; cổng không đoán thay.',
    'move.wholeDistrict': 'cả huyện',
    basis: 'Căn cứ',
    'basis.provinces': 'Cấp tỉnh',
    'basis.communes': 'Cấp xã',
    'reorg.title': 'Sắp xếp đơn vị hành chính năm 2025',
    'reorg.lead':
      'Từ ngày 1/7/2025, {old} tỉnh, thành phố được sắp xếp thành {new}; cấp huyện chấm dứt hoạt động; xã, phường, thị trấn được sắp xếp thành xã, phường, đặc khu mới. Chọn tỉnh cũ để xem từng huyện, từng xã nay thuộc đơn vị nào.',
    'reorg.counts':
      'Trong dữ liệu: {districts} huyện và {communes} xã, phường, thị trấn trước 1/7/2025; {newCommunes} xã, phường, đặc khu từ 1/7/2025.',
    'reorg.gaps':
      '{n} xã, phường, thị trấn cũ không có hàng nào trong bảng chuyển đổi chính thức; trang của huyện ghi rõ từng đơn vị.',
    'reorg.oldProvinces': '{n} tỉnh, thành phố trước 1/7/2025',
    'reorg.source': 'Nguồn',
    'reorg.source.text':
      'Danh mục đơn vị hành chính và bảng chuyển đổi chính thức của Cục Thống kê; số, ngày và trích yếu nghị quyết đọc từ văn bản.',
    'old.province.lead': 'Tỉnh, thành phố đến hết ngày 30/6/2025.',
    'old.successor': 'Từ 1/7/2025 thuộc',
    'old.districts': 'Các huyện, quận, thị xã, thành phố ({n})',
    'old.district.lead': 'Đơn vị cấp huyện của {province}, chấm dứt hoạt động từ ngày 1/7/2025.',
    'old.district.successors': 'Các xã, phường từ 1/7/2025 nhận một phần hay toàn bộ huyện ({n})',
    'old.communes': 'Từng xã, phường, thị trấn ({n})',
    'old.communes.caption': 'Các xã, phường, thị trấn của {district} trước 1/7/2025 và nơi chúng thuộc từ 1/7/2025',
    'old.district.itself': 'Chính huyện (không qua xã)',
    'kind.province': 'Tỉnh',
    'kind.reorganisation': 'Sắp xếp 2025',
  },
  en: {
    'hub.title': 'Open local government across Viet Nam',
    'hub.lead':
      "Each province's transparency portal; PAPI for the former provinces (2011–2024); and the 2025 reorganisation: which province, district and commune of before became what, and by which resolution.",
    'hub.search': "Search every province's portal",
    'hub.search.text':
      'One search box for documents, plans, units and disclosures on the portal of every province that has one.',
    'hub.provinces': 'The {n} provinces since 1 July 2025',
    'hub.provinces.count':
      '{n} of the {all} provinces have a transparency portal; the others are listed, marked as having none yet.',
    'hub.formedFrom': 'Formed from',
    'hub.notMerged': 'not merged',
    'hub.portal': 'Transparency portal',
    'hub.portal.link': 'Open the portal of {name}',
    'hub.portal.none': 'No portal yet',
    'hub.portal.none.long': '{name} has no transparency portal on this system yet.',
    'hub.sections': 'Sections',
    'hub.papi.text':
      'Scores and ranks of the provinces of before 1 July 2025, year by year and by dimension; compare provinces.',
    'hub.reorganisation.text':
      'Which province, commune or ward each province, district and commune of before 1 July 2025 went into, wholly or in part, and by which resolution.',
    'province.since': 'Province since 1 July 2025.',
    'province.papi': 'PAPI',
    'province.papi.text':
      'The PAPI results of the former provinces it was formed from, side by side (PAPI has not measured the new province).',
    'province.communes': 'Its communes, wards and special zones ({n}) and the units they were formed from',
    'province.communes.caption':
      'The communes, wards and special zones of {name} since 1 July 2025 and the units that went into them',
    'col.newCommune': 'Commune since 1 July 2025',
    'col.from': 'Formed from (before 1 July 2025)',
    'col.oldCommune': 'Commune, ward or township before 1 July 2025',
    'col.to': 'Now part of (since 1 July 2025)',
    'move.full': 'whole',
    'move.partial': 'part',
    'move.none': 'No row of the official conversion table is about this unit; the portal does not guess.',
    'move.wholeDistrict': 'the whole district',
    basis: 'Legal basis',
    'basis.provinces': 'Provinces',
    'basis.communes': 'Communes',
    'reorg.title': 'The 2025 reorganisation of administrative units',
    'reorg.lead':
      'Since 1 July 2025, the {old} provinces have become {new}; districts have ended; communes, wards and townships have been rearranged into new communes, wards and special zones. Choose a former province to see where each district and commune went.',
    'reorg.counts':
      'In the data: {districts} districts and {communes} communes, wards and townships before 1 July 2025; {newCommunes} communes, wards and special zones since.',
    'reorg.gaps':
      "{n} former communes have no row in the official conversion table; their district's page names each of them.",
    'reorg.oldProvinces': 'The {n} provinces before 1 July 2025',
    'reorg.source': 'Source',
    'reorg.source.text':
      "The General Statistics Office's list of administrative units and official conversion table; numbers, dates and titles of the resolutions read from their texts.",
    'old.province.lead': 'Province or city until 30 June 2025.',
    'old.successor': 'Since 1 July 2025 part of',
    'old.districts': 'Its districts ({n})',
    'old.district.lead': 'A district of {province}; districts ended on 1 July 2025.',
    'old.district.successors': 'The communes since 1 July 2025 that took all or part of it ({n})',
    'old.communes': 'Each commune, ward and township ({n})',
    'old.communes.caption': 'The communes of {district} before 1 July 2025 and where they went on 1 July 2025',
    'old.district.itself': 'The district itself (not through a commune)',
    'kind.province': 'Province',
    'kind.reorganisation': 'Reorganisation 2025',
  },
});
