/** The search slice's interface words. "{n}" and "{q}" are filled in by the search page's script. */
import { defineWords } from '../../base/words.ts';

export const searchWords = defineWords({
  vi: {
    'search.title': 'Tìm kiếm',
    'search.header.label': 'Tìm trên cổng',
    'search.header.placeholder': 'Văn bản, xã, nhiệm vụ…',
    'search.button': 'Tìm',
    'search.label': 'Từ cần tìm',
    'search.hint':
      'Gõ có dấu hay không dấu đều được, ví dụ: dat dai, ho ngheo, ngân sách xã; số văn bản như 1682/QĐ-UBND; chữ viết tắt như UBND, HĐND.',
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
    'search.try.number': 'với số văn bản, chỉ gõ phần số (ví dụ 1682);',
    'search.try.filters': 'bỏ bộ lọc đang chọn;',
    'search.try.browse': 'xem theo từng mục dưới đây.',
    'search.sections': 'Xem theo mục',
  },
  en: {
    'search.title': 'Search',
    'search.header.label': 'Search this portal',
    'search.header.placeholder': 'Documents, communes, tasks…',
    'search.button': 'Search',
    'search.label': 'Search for',
    'search.hint':
      'Type with or without Vietnamese diacritics, e.g. dat dai, ho ngheo, ngân sách xã; a document number such as 1682/QĐ-UBND; abbreviations such as UBND, HĐND. Pages are in Vietnamese.',
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
    'search.try.number': 'for a document number, only its digits (e.g. 1682);',
    'search.try.filters': 'removing the filters you chose;',
    'search.try.browse': 'browsing by section below.',
    'search.sections': 'Browse by section',
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
] as const;
