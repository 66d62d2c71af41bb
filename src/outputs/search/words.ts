/** The search slice's interface words. "{n}" and "{q}" are filled in by the search page's script. */
import { defineWords } from '../../base/words.ts';

export const searchWords = defineWords({
  vi: {
    'search.title': 'Tìm kiếm',
    'search.header.label': 'Tìm trên cổng',
    'search.button': 'Tìm',
    'search.label': 'Từ cần tìm',
    'search.hint':
      'Gõ có dấu hay không dấu đều được, ví dụ: dat dai, ho ngheo, ngân sách xã; số văn bản như {number}; chữ viết tắt như UBND, HĐND.',
    'search.hint.noNumber':
      'Gõ có dấu hay không dấu đều được, ví dụ: dat dai, ho ngheo, ngân sách xã; số văn bản (số và ký hiệu); chữ viết tắt như UBND, HĐND.',
    'search.noScript':
      'Ô tìm kiếm cần JavaScript, mà trình duyệt của bạn đang tắt hoặc chưa tải được. Bạn vẫn xem được toàn bộ nội dung theo từng mục dưới đây.',
    'search.filters': 'Lọc kết quả',
    'search.filter.kind': 'Loại trang',
    'search.filter.unit': 'Đơn vị',
    'search.filter.year': 'Năm',
    'search.filter.dimension': 'Nội dung PAPI',
    'search.filter.any': 'Tất cả',
    'search.results': 'Kết quả',
    'search.loading': 'Đang tìm…',
    'search.count': 'Tìm thấy {n} kết quả cho “{q}”.',
    'search.countOne': 'Tìm thấy 1 kết quả cho “{q}”.',
    'search.none': 'Không tìm thấy kết quả nào cho “{q}”.',
    'search.failed': 'Chưa tải được bộ tìm kiếm. Hãy thử lại sau, hoặc xem nội dung theo từng mục dưới đây.',
    'search.more': 'Xem thêm kết quả',
    'search.try': 'Bạn có thể thử',
    'search.try.fewer': 'gõ ít từ hơn, hoặc một từ khác cùng nghĩa;',
    'search.try.abbr': 'gõ chữ viết tắt hoặc viết đầy đủ (UBND hay Ủy ban nhân dân);',
    'search.try.number': 'với số văn bản, chỉ gõ phần số (ví dụ {digits});',
    'search.try.number.plain': 'với số văn bản, chỉ gõ phần số;',
    'search.try.filters': 'bỏ bộ lọc đang chọn;',
    'search.try.browse': 'xem theo từng mục dưới đây.',
    'search.sections': 'Xem theo mục',
    'search.hub.title': 'Tìm trên cổng của mọi tỉnh',
    'search.hub.lead':
      'Tìm cùng lúc trên trang cả nước và cổng minh bạch của {n} tỉnh, thành phố: {names}. Mỗi kết quả ghi tên tỉnh có nó; lọc theo tỉnh ở mục “Lọc kết quả”.',
    'search.hub.noPortal': 'Chưa tỉnh nào có cổng: chỉ tìm được trên trang cả nước.',
    'search.hub.without': '{n} tỉnh, thành phố chưa có cổng nên chưa tìm được nội dung của các tỉnh này.',
    'search.hub.failed': 'Không tải được chỉ mục của {names}. Kết quả dưới đây là của các tỉnh còn lại.',
    'search.filter.province': 'Tỉnh, thành phố',
    'search.origin.hub': 'Trang cả nước',
  },
  en: {
    'search.title': 'Search',
    'search.header.label': 'Search this portal',
    'search.button': 'Search',
    'search.label': 'Search for',
    'search.hint':
      'Type with or without Vietnamese diacritics, e.g. dat dai, ho ngheo, ngân sách xã; a document number such as {number}; abbreviations such as UBND, HĐND. Pages are in Vietnamese.',
    'search.hint.noNumber':
      'Type with or without Vietnamese diacritics, e.g. dat dai, ho ngheo, ngân sách xã; a document number (number and symbol); abbreviations such as UBND, HĐND. Pages are in Vietnamese.',
    'search.noScript':
      'The search box needs JavaScript, which is off or has not loaded in your browser. You can still find everything by section below.',
    'search.filters': 'Filter results',
    'search.filter.kind': 'Kind of page',
    'search.filter.unit': 'Unit',
    'search.filter.year': 'Year',
    'search.filter.dimension': 'PAPI dimension',
    'search.filter.any': 'All',
    'search.results': 'Results',
    'search.loading': 'Searching…',
    'search.count': '{n} results for “{q}”.',
    'search.countOne': '1 result for “{q}”.',
    'search.none': 'No results for “{q}”.',
    'search.failed': 'Search could not be loaded. Please try again later, or find what you need by section below.',
    'search.more': 'Show more results',
    'search.try': 'You could try',
    'search.try.fewer': 'fewer words, or another word with the same meaning;',
    'search.try.abbr': 'the abbreviation or the name in full (UBND or Ủy ban nhân dân);',
    'search.try.number': 'for a document number, only its digits (e.g. {digits});',
    'search.try.number.plain': 'for a document number, only its digits;',
    'search.try.filters': 'removing the filters you chose;',
    'search.try.browse': 'browsing by section below.',
    'search.sections': 'Browse by section',
    'search.hub.title': "Search every province's portal",
    'search.hub.lead':
      'Searches the national pages and the transparency portals of {n} provinces at once: {names}. Each result names the province it is from; filter by province under “Filter results”.',
    'search.hub.noPortal': 'No province has a portal yet: only the national pages are searched.',
    'search.hub.without': '{n} provinces have no portal yet, so their content cannot be searched.',
    'search.hub.failed':
      'The search index of {names} could not be loaded. The results below are from the other provinces.',
    'search.filter.province': 'Province',
    'search.origin.hub': 'National page',
  },
});

/** The words the browser script needs, handed to it in a data attribute. */
export const clientWordKeys = [
  'search.loading',
  'search.count',
  'search.countOne',
  'search.none',
  'search.failed',
  'search.filter.any',
  'search.hub.failed',
  'search.origin.hub',
] as const;
