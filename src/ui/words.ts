/**
 * Interface words in Vietnamese and English. Content (document bodies, unit names) stays
 * Vietnamese; only the interface is translated. Plain words, as GOV.UK writes them.
 */
import type { DocumentKind } from '../kinds/documents/schema.ts';
import type { Lang } from '../base/format.ts';
import type { UnitKind } from '../kinds/units/schema.ts';

export type { Lang };
export const languages: Lang[] = ['vi', 'en'];

const vi = {
  'lang.name': 'Tiếng Việt',
  'lang.switch': 'English',
  'skip': 'Bỏ qua, đến nội dung chính',
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
  'notStated': 'không ghi trong văn bản',
  'unknown': 'chưa rõ',
  'home.title': 'Chính quyền địa phương minh bạch',
  'home.lead': 'Xem chính quyền đã hứa gì, ai chịu trách nhiệm và đã làm đến đâu.',
  'home.new': 'Mới đăng',
  'home.sections': 'Các mục',
  'home.documents.text': 'Kế hoạch, chỉ thị, công văn đăng toàn văn.',
  'home.units.text': 'Cơ quan, tỉnh, xã, phường — trước và sau sắp xếp 1/7/2025.',
  'home.disclosures.text': 'Ngân sách, đất đai, hộ nghèo, đóng góp của từng xã, phường — và xã nào chưa công khai gì.',
  'home.discuss.text': 'Góp ý dự thảo đang lấy ý kiến; câu hỏi của người dân và câu trả lời.',
  'documents.title': 'Văn bản',
  'documents.lead': 'Kế hoạch, chỉ thị và công văn của tỉnh và các địa phương, đăng toàn văn.',
  'doc.number': 'Số hiệu',
  'doc.date': 'Ngày ban hành',
  'doc.kind': 'Loại văn bản',
  'doc.issuer': 'Cơ quan ban hành',
  'doc.signer': 'Người ký',
  'doc.addressees': 'Kính gửi',
  'doc.recipients': 'Nơi nhận',
  'doc.implements': 'Thực hiện văn bản',
  'doc.implements.notPublished': 'chưa đăng trên cổng này',
  'doc.papi': 'Nội dung PAPI được đề cập',
  'doc.concerns': 'Đơn vị liên quan',
  'doc.source': 'Nguồn bản sao',
  'doc.text': 'Toàn văn',
  'doc.metadata': 'Thông tin văn bản',
  'doc.bodyLanguage': '',
  'doc.none': 'không có',
  'units.title': 'Đơn vị',
  'units.lead': 'Các cơ quan và đơn vị hành chính được nhắc đến trên cổng, trước và sau sắp xếp ngày 1/7/2025.',
  'units.current': 'Đơn vị hành chính hiện nay (từ 1/7/2025)',
  'units.before': 'Đơn vị hành chính trước 1/7/2025',
  'units.bodies': 'Cơ quan, tổ chức',
  'unit.kind': 'Loại',
  'unit.code': 'Mã đơn vị hành chính',
  'unit.parent': 'Thuộc',
  'unit.validFrom': 'Hiệu lực từ',
  'unit.validTo': 'Đến hết ngày',
  'unit.stillExists': 'đang hoạt động',
  'unit.successors': 'Đơn vị kế thừa',
  'unit.successors.lead': 'Từ ngày 1/7/2025 đơn vị này không còn; địa bàn của nó thuộc:',
  'unit.predecessors': 'Hình thành từ',
  'unit.predecessors.lead': 'Đơn vị này được sắp xếp từ:',
  'unit.children': 'Đơn vị trực thuộc',
  'unit.documents.issued': 'Văn bản do đơn vị ban hành',
  'unit.documents.concerned': 'Văn bản giao nhiệm vụ hoặc nhắc đến đơn vị',
  'unit.nothing': 'Chưa có nội dung nào trên cổng nhắc đến đơn vị này.',
  'unit.whole': 'toàn bộ',
  'unit.part': 'một phần',
  'unit.basis': 'Căn cứ',
  'notFound.title': 'Không tìm thấy trang',
  'notFound.lead': 'Địa chỉ này không có trên cổng. Có thể trang đã đổi địa chỉ hoặc địa chỉ gõ chưa đúng.',
  'notFound.try': 'Bạn có thể thử:',
  'breadcrumb': 'Đường dẫn',
  'feeds.follow': 'Theo dõi (Atom)',
  'feeds.all': 'Mọi nội dung mới',
  'feeds.all.list': 'Tất cả nguồn tin',
  'feeds.title': 'Nguồn tin (Atom)',
  'feeds.lead': 'Đăng ký nguồn tin bằng ứng dụng đọc tin (Feedly, Thunderbird…) để biết ngay khi cổng đăng nội dung mới. Mỗi đơn vị cũng có nguồn tin riêng trên trang của đơn vị.',
  'feeds.topics': 'Theo chủ đề',
  'feeds.corrections': 'Đính chính',
  'feeds.calendar': 'Lịch hạn báo cáo, lấy ý kiến và tiếp công dân (iCalendar, thêm vào lịch điện thoại)',
  'feeds.unit': 'Nguồn tin của đơn vị này',
} as const;

export type UiKey = keyof typeof vi;

const en: Record<UiKey, string> = {
  'lang.name': 'English',
  'lang.switch': 'Tiếng Việt',
  'skip': 'Skip to main content',
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
  'notStated': 'not stated in the document',
  'unknown': 'unknown',
  'home.title': 'Open local government',
  'home.lead': 'See what local government promised, who is responsible, and how far it got.',
  'home.new': 'New',
  'home.sections': 'Sections',
  'home.documents.text': 'Plans, directives and dispatches in full.',
  'home.units.text': 'Agencies, provinces, communes and wards — before and after the 1 July 2025 reorganisation.',
  'home.disclosures.text': "Each commune's budget, land, poor households and contributions — and which commune has not published what.",
  'home.discuss.text': "Comment on drafts open for consultation; residents' questions and the answers.",
  'documents.title': 'Documents',
  'documents.lead': 'Plans, directives and dispatches of the province and its localities, in full (in Vietnamese).',
  'doc.number': 'Number',
  'doc.date': 'Date issued',
  'doc.kind': 'Kind',
  'doc.issuer': 'Issued by',
  'doc.signer': 'Signed by',
  'doc.addressees': 'Addressed to',
  'doc.recipients': 'Copied to (Nơi nhận)',
  'doc.implements': 'Implements',
  'doc.implements.notPublished': 'not published on this portal',
  'doc.papi': 'PAPI dimensions addressed',
  'doc.concerns': 'Units concerned',
  'doc.source': 'Source of our copy',
  'doc.text': 'Full text',
  'doc.metadata': 'About this document',
  'doc.bodyLanguage': 'The document is published in Vietnamese, as issued.',
  'doc.none': 'none',
  'units.title': 'Units',
  'units.lead': 'Agencies and administrative units named on this portal, before and after the 1 July 2025 reorganisation.',
  'units.current': 'Administrative units today (since 1 July 2025)',
  'units.before': 'Administrative units before 1 July 2025',
  'units.bodies': 'Agencies and organisations',
  'unit.kind': 'Kind',
  'unit.code': 'Official code',
  'unit.parent': 'Part of',
  'unit.validFrom': 'In force from',
  'unit.validTo': 'Until',
  'unit.stillExists': 'still in existence',
  'unit.successors': 'Successors',
  'unit.successors.lead': 'This unit ceased to exist on 1 July 2025; its area now belongs to:',
  'unit.predecessors': 'Formed from',
  'unit.predecessors.lead': 'This unit was formed from:',
  'unit.children': 'Units under it',
  'unit.documents.issued': 'Documents issued by this unit',
  'unit.documents.concerned': 'Documents that assign tasks to or name this unit',
  'unit.nothing': 'Nothing on this portal concerns this unit yet.',
  'unit.whole': 'whole',
  'unit.part': 'part',
  'unit.basis': 'Legal basis',
  'notFound.title': 'Page not found',
  'notFound.lead': 'This address is not on the portal. The page may have moved, or the address may be mistyped.',
  'notFound.try': 'You could try:',
  'breadcrumb': 'Breadcrumb',
  'feeds.follow': 'Follow (Atom)',
  'feeds.all': 'Everything new',
  'feeds.all.list': 'All feeds',
  'feeds.title': 'Feeds (Atom)',
  'feeds.lead': 'Subscribe in a feed reader (Feedly, Thunderbird…) to know as soon as the portal publishes something. Each unit also has its own feed on its page.',
  'feeds.topics': 'By topic',
  'feeds.corrections': 'Corrections',
  'feeds.calendar': 'Calendar of reporting deadlines, consultations and citizen-reception days (iCalendar, add to your phone)',
  'feeds.unit': "This unit's feed",
};

export const unitKindLabels: Record<Lang, Record<UnitKind, string>> = {
  vi: {
    province: 'Tỉnh, thành phố',
    district: 'Huyện, quận, thị xã, thành phố thuộc tỉnh',
    commune: 'Xã, phường, thị trấn, đặc khu',
    'people-committee': 'Ủy ban nhân dân',
    'people-council': 'Hội đồng nhân dân',
    'party-committee': 'Cấp ủy Đảng',
    'national-assembly-delegation': 'Đoàn đại biểu Quốc hội',
    department: 'Cơ quan chuyên môn',
    'central-agency': 'Cơ quan Trung ương trên địa bàn',
    'public-service-unit': 'Đơn vị sự nghiệp',
    media: 'Cơ quan báo chí, truyền thông',
    'mass-organisation': 'Mặt trận, đoàn thể',
    'inspection-board': 'Ban thanh tra, giám sát của nhân dân',
    enterprise: 'Doanh nghiệp',
    official: 'Chức danh, công chức',
    committee: 'Ban chỉ đạo',
  },
  en: {
    province: 'Province or city',
    district: 'District (abolished 1 July 2025)',
    commune: 'Commune, ward or township',
    'people-committee': "People's Committee",
    'people-council': "People's Council",
    'party-committee': 'Party committee',
    'national-assembly-delegation': 'National Assembly delegation',
    department: 'Department',
    'central-agency': 'Central agency in the province',
    'public-service-unit': 'Public service unit',
    media: 'Media',
    'mass-organisation': 'Fatherland Front and mass organisations',
    'inspection-board': "People's inspection and supervision boards",
    enterprise: 'Enterprise',
    official: 'Post or civil servant',
    committee: 'Steering committee',
  },
};

export const documentKindLabels: Record<Lang, Record<DocumentKind, string>> = {
  vi: {
    'cong-van': 'Công văn',
    'ke-hoach': 'Kế hoạch',
    'chi-thi': 'Chỉ thị',
    'quyet-dinh': 'Quyết định',
    'nghi-quyet': 'Nghị quyết',
    'thong-bao': 'Thông báo',
    'bao-cao': 'Báo cáo',
  },
  en: {
    'cong-van': 'Official dispatch',
    'ke-hoach': 'Plan',
    'chi-thi': 'Directive',
    'quyet-dinh': 'Decision',
    'nghi-quyet': 'Resolution',
    'thong-bao': 'Notice',
    'bao-cao': 'Report',
  },
};

/** PAPI dimension names, as PAPI publishes them (2018 on). */
export const papiDimensionNames: Record<Lang, Record<number, string>> = {
  vi: {
    1: 'Tham gia của người dân ở cấp cơ sở',
    2: 'Công khai, minh bạch trong việc ra quyết định ở địa phương',
    3: 'Trách nhiệm giải trình với người dân',
    4: 'Kiểm soát tham nhũng trong khu vực công',
    5: 'Thủ tục hành chính công',
    6: 'Cung ứng dịch vụ công',
    7: 'Quản trị môi trường',
    8: 'Quản trị điện tử',
  },
  en: {
    1: 'Participation at local levels',
    2: 'Transparency in local decision-making',
    3: 'Vertical accountability',
    4: 'Control of corruption in the public sector',
    5: 'Public administrative procedures',
    6: 'Public service delivery',
    7: 'Environmental governance',
    8: 'E-governance',
  },
};

/**
 * A slice's own interface words, so each slice keeps its vocabulary beside its code:
 *   export const papiWords = defineWords({ vi: { 'papi.title': 'Chỉ số PAPI' }, en: { 'papi.title': 'PAPI' } });
 *   const w = papiWords(lang); w('papi.title')
 * English must have every key Vietnamese has (the types check it).
 */
export function defineWords<K extends string>(words: { vi: Record<K, string>; en: Record<NoInfer<K>, string> }) {
  return (lang: Lang) =>
    (key: K): string =>
      words[lang][key];
}

/** The shared interface words of one language: `const t = useT(lang); t('nav.home')`. */
export const useT = defineWords<UiKey>({ vi, en });

/** A site path in a language: "/van-ban/" → "/en/van-ban/" for English. */
export function localePath(lang: Lang, path: string): string {
  return lang === 'vi' ? path : `/en${path}`;
}

/** The `lang` route parameter: undefined for Vietnamese (the root), "en" for English. */
export function langFromParam(param: string | undefined): Lang {
  return param === 'en' ? 'en' : 'vi';
}

export const langParams = [{ lang: undefined }, { lang: 'en' }] as const;
