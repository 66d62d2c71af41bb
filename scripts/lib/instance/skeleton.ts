/**
 * What a new instance starts with besides its units: site.yaml, where what only the province
 * can fill is null and marked "CẦN ĐIỀN / TO BE FILLED" (never a made-up value); the PAPI
 * comparison of the provinces it was formed from (from the data); an empty corrections list;
 * the folders that are empty for now (documents, tasks, reports, disclosures), and a README.md
 * saying what goes in each, with an example to copy.
 */
import { withoutMarks } from '../../../src/base/text.ts';
import type { AdminUnitTables, Province2025 } from '../admin-units.ts';

/** "Tỉnh Lào Cai" → "Lao Cai Province"; "Thành phố Huế" → "Hue City" (the Vietnamese name without its marks). */
export function englishName(p: Province2025): string {
  const rest = withoutMarks(p.name_vi.slice(p.division.length + 1));
  return `${rest} ${p.division === 'tỉnh' ? 'Province' : 'City'}`;
}

const quote = (s: string) => JSON.stringify(s);

export function siteYaml(p: Province2025, slug: string, provinceId: string): string {
  return `# Cấu hình cổng minh bạch của ${p.name_vi} (mã ${p.code}), tạo bằng \`npm run new-instance -- ${p.code}\`.
# Configuration of the ${p.name_vi} portal, written by \`npm run new-instance -- ${p.code}\`.
#
# CẦN ĐIỀN / TO BE FILLED: các mục đang để null dưới đây chỉ tỉnh điền được (tên miền, liên hệ,
# đường dây nóng, giấy phép dữ liệu). Khi còn null, cổng vẫn dựng được: trang ghi "chưa cung cấp",
# không có mã QR, mã nhúng hay sitemap, và \`npm run validate\` / \`npm run build\` liệt kê các mục
# còn thiếu. Không điền giá trị giả vào chỗ trống.
# The null fields below are for the province to fill (domain, contact, hotline, data licence).
# While they are null the portal still builds: pages say "not provided", there are no QR codes,
# embed codes or sitemap, and validate and build list what is missing. Never fill in a placeholder.
id: ${slug}
province: ${provinceId}
name:
  vi: ${quote(p.name_vi)}
  # Viết từ tên tiếng Việt bỏ dấu; sửa nếu tỉnh dùng tên tiếng Anh khác. / From the Vietnamese name; correct it if the province uses another.
  en: ${quote(englishName(p))}
portal_name:
  vi: Cổng minh bạch chính quyền địa phương
  en: Local Government Transparency Portal
# CẦN ĐIỀN / TO BE FILLED: địa chỉ công khai của cổng (https://…) / the portal's public address.
site_url: null
# Bản trình diễn: mọi trang và tờ niêm yết ghi rõ "Bản trình diễn". Khi tỉnh đã điền site_url và
# công bố cổng, đổi thành false (bản dựng để công bố dừng lại nếu site_url còn trống hay là địa chỉ ví dụ).
# A demonstration: every page and notice sheet says so. Once the province has filled in site_url and
# publishes the portal, set it to false (a build for publication stops while site_url is missing or an example).
demonstration: true
# CẦN ĐIỀN / TO BE FILLED: cơ quan công bố cổng và cách liên hệ. agency: { vi: "…", en: "…" };
# phone: số máy bàn của cơ quan, không bao giờ là số di động cá nhân / an office landline, never a personal mobile.
contact:
  agency: null
  address: null
  email: null
  phone: null
  # CẦN ĐIỀN / TO BE FILLED: đường dây nóng tiếp nhận phản ánh / the hotline for residents' reports (numbers of public bodies only).
  hotline: null
  # Hệ thống tiếp nhận phản ánh, kiến nghị của tỉnh / the province's system for reports and petitions (https://…).
  feedback_url: null
  # Trang Zalo Official Account của cơ quan / the agency's Zalo Official Account (https://zalo.me/…).
  zalo_url: null
  # Ngày tiếp công dân, bằng lời / reception days, in words: "Thứ Năm hằng tuần, 7 giờ 30 – 11 giờ".
  reception_days: null
# Nơi biểu mẫu góp ý dự thảo gửi tới (https://…); null: không có biểu mẫu, người dân được chỉ thư điện tử
# hoặc địa chỉ của xã. / Where the comment form of an open consultation posts (https://…); null: no form.
feedback:
  endpoint: null
# CẦN ĐIỀN / TO BE FILLED: giấy phép tỉnh chọn cho dữ liệu đăng trên cổng / the licence the province chooses, e.g.
#   data_licence:
#     id: CC-BY-4.0
#     name: { vi: "Creative Commons Ghi công 4.0 (CC BY 4.0)", en: "Creative Commons Attribution 4.0 (CC BY 4.0)" }
#     url: https://creativecommons.org/licenses/by/4.0/deed.vi
data_licence: null
# Các trang được phép nhúng bảng, biểu đồ của cổng (cổng thông tin điện tử của tỉnh), ví dụ [https://….gov.vn].
# Sites allowed to embed the portal's tables and charts (the provincial portal). Empty: none.
embed_origins: []
# null: mọi hạn được xét theo ngày dựng trang. PORTAL_AS_OF=YYYY-MM-DD ghi đè.
# null: judged as of the day of the build. PORTAL_AS_OF=YYYY-MM-DD overrides.
as_of: null
`;
}

/** The ready-made comparison of the provinces the new one was formed from; none when it was not merged. */
export function comparisonsYaml(t: AdminUnitTables, p: Province2025): string | null {
  const formers = t.provincesOld.filter((o) => o.successor_code === p.code);
  if (formers.length < 2) return null;
  const names = formers.map((o) => o.name_vi.replace(/^(Tỉnh|Thành phố) /, ''));
  const list = (ns: string[], and: string) => `${ns.slice(0, -1).join(', ')} ${and} ${ns.at(-1)}`;
  return `# Ready-made PAPI comparisons offered on /papi/so-sanh/ (2–4 provinces before 1/7/2025, by slug).
# Written by \`npm run new-instance\` from content/national/admin-units/provinces-pre2025.csv: the provinces
# that formed ${p.name_vi}, side by side (PAPI scored each; their scores are never added or averaged).
- provinces: [${formers.map((o) => o.slug).join(', ')}]
  note_vi: ${quote(`Các tỉnh hợp thành ${p.name_vi.replace(/^Tỉnh/, 'tỉnh').replace(/^Thành phố/, 'thành phố')} từ 1/7/2025: ${list(names, 'và')}.`)}
  note_en: ${quote(`The provinces that formed ${englishName(p)} on 1 July 2025: ${list(names.map(withoutMarks), 'and')}.`)}
`;
}

export const CORRECTIONS_YAML = `# Đính chính / Corrections. When the portal changes something it has published (a wrong figure,
# a mistyped number), add an entry here: it shows in the corrections feed (/nguon-tin/dinh-chinh.xml).
#
# - date: "2026-12-01"                     # day the correction is published
#   page: "/van-ban/<document-id>/"        # the corrected page
#   what_vi: "Sửa số hiệu văn bản từ … thành …"
#   what_en: "Corrected the document number from … to …"
[]
`;

/** The folders a new instance has nothing in yet: written empty, and explained in its README.md. */
export const EMPTY_FOLDERS = ['documents', 'tasks', 'reports', 'disclosures'] as const;

/** The instance's README.md: what goes in each folder, with an example to copy, and the commands. */
export function readme(p: Province2025, folder: string): string {
  return `# ${p.name_vi} — nội dung của cổng / the portal's content

Tạo bằng \`npm run new-instance -- ${p.code}\`. Kiểm tra: \`PORTAL_CONTENT=${folder} npm run validate\`;
dựng trang: \`PORTAL_CONTENT=${folder} npm run build\`. Written by \`npm run new-instance -- ${p.code}\`.

| thư mục / folder | nội dung / what goes there | ví dụ / example |
| --- | --- | --- |
| \`site.yaml\` | tên miền, liên hệ, đường dây nóng, giấy phép dữ liệu: **cần tỉnh điền** (đang để \`null\`) / domain, contact, hotline, data licence: **to be filled** by the province | \`content/quang-tri/site.yaml\` |
| \`units/\`, \`succession/\` | đơn vị hành chính trước và sau 1/7/2025, liên kết kế thừa: **được tạo từ dữ liệu, không sửa tay** (xem \`units/SOURCE.md\`); cơ quan, tổ chức thêm vào \`units/organisations.yaml\` / administrative units and succession links: **generated, do not edit** (see \`units/SOURCE.md\`); add agencies in \`units/organisations.yaml\` | \`content/quang-tri/units/organisations.yaml\` |
| \`documents/\` | mỗi văn bản một tệp \`<mã>.md\`: phần đầu YAML (số hiệu, ngày, cơ quan ban hành, người ký…) rồi toàn văn; điều văn bản không ghi thì để \`null\` / one \`<id>.md\` per document: front matter, then the full text; \`null\` for what it does not state | \`content/quang-tri/documents/\` |
| \`tasks/\` | \`<mã văn bản>.yaml\`: nhiệm vụ văn bản giao, theo mục của văn bản / the tasks a document states | \`content/bac-ninh/tasks/\` |
| \`reports/\` | \`<mã văn bản>.yaml\`: báo cáo tiến độ của các đơn vị theo kỳ / progress reports per unit and period | \`content/bac-ninh/reports/\` |
| \`disclosures/\` | \`<mã xã>/\`: công khai của từng xã, phường (ngân sách, hộ nghèo, đất đai, lịch tiếp công dân…) / each commune's disclosures | \`content/quang-tri/disclosures/\` |
| \`papi/comparisons.yaml\` | so sánh PAPI dựng sẵn (các tỉnh cũ hợp thành tỉnh, đặt cạnh nhau) / ready-made PAPI comparisons | \`content/bac-ninh/papi/comparisons.yaml\` |
| \`corrections.yaml\` | đính chính sau khi đăng / corrections after publication | \`content/quang-tri/corrections.yaml\` |

Văn bản, nhiệm vụ hay báo cáo minh họa (không phải thật) ghi \`sample: true\`: mọi trang, bảng, tệp tải về hiển thị
chúng đều ghi "dữ liệu minh họa". Không bao giờ đăng số định danh hay số di động cá nhân.
Illustrative documents, tasks or reports carry \`sample: true\` and are labelled "dữ liệu minh họa" everywhere.
Never publish identity numbers or personal mobile numbers.
`;
}
