/**
 * Interface words in Vietnamese and English. Content (document bodies, unit names) stays
 * Vietnamese; only the interface is translated. Plain words, as GOV.UK writes them.
 */
import { defineWords } from '../base/words.ts';

const vi = {
  'lang.name': 'Tiếng Việt',
  'lang.switch': 'English',
  skip: 'Bỏ qua, đến nội dung chính',
  'nav.label': 'Các mục chính',
  'nav.home': 'Trang chủ',
  'nav.papi': 'Chỉ số PAPI',
  'nav.documents': 'Văn bản',
  'nav.units': 'Đơn vị',
  'nav.plans': 'Kế hoạch, nhiệm vụ',
  'nav.data': 'Dữ liệu mở',
  'nav.disclosures': 'Công khai',
  'nav.discuss': 'Góp ý',
  'footer.licence': 'Giấy phép dữ liệu',
  'footer.contact': 'Liên hệ',
  'footer.hotline': 'Đường dây nóng',
  'footer.notProvided': 'chưa cung cấp',
  'footer.asOf': 'Số liệu tính đến ngày',
  'footer.asOf.build-date': '(ngày xây dựng trang)',
  'footer.asOf.site': '(theo cấu hình)',
  'footer.asOf.env': '(theo cấu hình)',
  'footer.motto': 'Dân biết, dân bàn, dân làm, dân kiểm tra.',
  notStated: 'không ghi trong văn bản',
  unknown: 'chưa rõ',
  'home.title': 'Chính quyền địa phương minh bạch',
  'home.lead': 'Xem chính quyền đã hứa gì, ai chịu trách nhiệm và đã làm đến đâu.',
  'home.sections': 'Các mục',
  'home.disclosures.text': 'Ngân sách, đất đai, hộ nghèo, đóng góp của từng xã, phường — và xã nào chưa công khai gì.',
  'home.discuss.text': 'Góp ý dự thảo đang lấy ý kiến; câu hỏi của người dân và câu trả lời.',
  'units.title': 'Đơn vị',
  'notFound.title': 'Không tìm thấy trang',
  'notFound.lead': 'Địa chỉ này không có trên cổng. Có thể trang đã đổi địa chỉ hoặc địa chỉ gõ chưa đúng.',
  'notFound.try': 'Bạn có thể thử:',
  breadcrumb: 'Đường dẫn',
  'feeds.follow': 'Theo dõi (Atom)',
  'feeds.all': 'Mọi nội dung mới',
  'feeds.all.list': 'Tất cả nguồn tin',
  'feeds.title': 'Nguồn tin (Atom)',
  'feeds.lead':
    'Đăng ký nguồn tin bằng ứng dụng đọc tin (Feedly, Thunderbird…) để biết ngay khi cổng đăng nội dung mới. Mỗi đơn vị cũng có nguồn tin riêng trên trang của đơn vị.',
  'feeds.topics': 'Theo chủ đề',
  'feeds.corrections': 'Đính chính',
  'feeds.calendar': 'Lịch hạn báo cáo, lấy ý kiến và tiếp công dân (iCalendar, thêm vào lịch điện thoại)',
  'feeds.unit': 'Nguồn tin của đơn vị này',
} as const;

export type UiKey = keyof typeof vi;

const en: Record<UiKey, string> = {
  'lang.name': 'English',
  'lang.switch': 'Tiếng Việt',
  skip: 'Skip to main content',
  'nav.label': 'Main sections',
  'nav.home': 'Home',
  'nav.papi': 'PAPI',
  'nav.documents': 'Documents',
  'nav.units': 'Units',
  'nav.plans': 'Plans and tasks',
  'nav.data': 'Open data',
  'nav.disclosures': 'Disclosures',
  'nav.discuss': 'Have your say',
  'footer.licence': 'Data licence',
  'footer.contact': 'Contact',
  'footer.hotline': 'Hotline',
  'footer.notProvided': 'not provided',
  'footer.asOf': 'Figures as of',
  'footer.asOf.build-date': '(the day the site was built)',
  'footer.asOf.site': '(as configured)',
  'footer.asOf.env': '(as configured)',
  'footer.motto': 'People know, discuss, do and supervise.',
  notStated: 'not stated in the document',
  unknown: 'unknown',
  'home.title': 'Open local government',
  'home.lead': 'See what local government promised, who is responsible, and how far it got.',
  'home.sections': 'Sections',
  'home.disclosures.text':
    "Each commune's budget, land, poor households and contributions — and which commune has not published what.",
  'home.discuss.text': "Comment on drafts open for consultation; residents' questions and the answers.",
  'units.title': 'Units',
  'notFound.title': 'Page not found',
  'notFound.lead': 'This address is not on the portal. The page may have moved, or the address may be mistyped.',
  'notFound.try': 'You could try:',
  breadcrumb: 'Breadcrumb',
  'feeds.follow': 'Follow (Atom)',
  'feeds.all': 'Everything new',
  'feeds.all.list': 'All feeds',
  'feeds.title': 'Feeds (Atom)',
  'feeds.lead':
    'Subscribe in a feed reader (Feedly, Thunderbird…) to know as soon as the portal publishes something. Each unit also has its own feed on its page.',
  'feeds.topics': 'By topic',
  'feeds.corrections': 'Corrections',
  'feeds.calendar':
    'Calendar of reporting deadlines, consultations and citizen-reception days (iCalendar, add to your phone)',
  'feeds.unit': "This unit's feed",
};

/** The shared interface words of one language: `const t = useT(lang); t('nav.home')`. */
export const useT = defineWords<UiKey>({ vi, en });
