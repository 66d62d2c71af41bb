/**
 * The longer parts of the page for those who publish, in both languages: how to fill a form,
 * what the check in the browser covers and what only the import does, the common problems,
 * and the commands. Each problem is named as the messages name it (the field, what is expected).
 */
import type { Bilingual } from '../../base/words.ts';

export const fillRules: Bilingual[] = [
  {
    vi: 'Mỗi mẫu có trang "Hướng dẫn" (các cột, cột nào bắt buộc, giá trị được chọn) và, nếu cần, trang "Thông tin" (quyết định, ngày niêm yết, ngày công bố, văn bản…).',
    en: 'Each template has a "Hướng dẫn" (instructions) sheet — the columns, which are required, the values to pick — and, where needed, a "Thông tin" (information) sheet: decision, posting dates, publication date, document…',
  },
  {
    vi: 'Chọn xã, phường và ghi năm ở các ô phía trên bảng.',
    en: 'Pick the commune or ward and write the year in the cells above the table.',
  },
  {
    vi: 'Đơn vị tính ghi ở ô phía trên bảng ("Đơn vị tính: triệu đồng"). Nếu số liệu theo đơn vị khác, sửa ô đó (đồng, nghìn đồng, triệu đồng, tỷ đồng; giá đất theo …/m²): cổng đổi chính xác sang đơn vị đang dùng, không làm tròn.',
    en: 'The unit is stated in the cell above the table ("Đơn vị tính: triệu đồng", million đồng). If your figures use another unit, change that cell (đồng, nghìn đồng, triệu đồng, tỷ đồng; land prices per m²): the portal converts exactly, without rounding.',
  },
  {
    vi: 'Số viết như thường viết: 1.234.567 hoặc 1.234,5; số âm -1.234 hoặc (1.234); số gõ dạng chữ cũng được. Không viết kiểu Anh 1,234,567.',
    en: 'Write numbers the Vietnamese way: 1.234.567 or 1.234,5; negatives -1.234 or (1.234); numbers typed as text are fine. Not the English way, 1,234,567.',
  },
  {
    vi: 'Chưa có số liệu: để trống hoặc ghi "-". Không ghi 0, vì 0 nghĩa là bằng không. Riêng mẫu hộ nghèo, số hộ luôn phải có: ghi 0 khi không có hộ nào.',
    en: 'A figure not published yet: leave it empty or write "-". Not 0, which means zero. In the poor-household form the counts are always needed: write 0 for none.',
  },
  {
    vi: 'Mã dòng ngân sách (cột STT) ghi như trên biểu: A, B, I, II, 1, 1.1, a, -. Dòng cha là dòng gần nhất phía trên có cấp cao hơn; dòng cha phải bằng tổng các dòng con, dòng A, B phải bằng tổng thu, tổng chi văn bản ghi.',
    en: 'Budget line codes (the STT column) as on the official form: A, B, I, II, 1, 1.1, a, -. A line’s parent is the nearest line above of a higher level; a parent must equal the sum of its lines, and lines A and B the total revenue and spending the document states.',
  },
  {
    vi: 'Dòng ví dụ (chữ nghiêng, màu xám) được bỏ qua nếu để nguyên; hãy ghi đè hoặc xóa.',
    en: 'The example row (grey italics) is skipped if left as it is; overwrite or delete it.',
  },
  {
    vi: 'Không bao giờ ghi họ tên, số CMND/CCCD hay số điện thoại di động của người dân: tệp có số như vậy bị từ chối.',
    en: "Never write residents' names, identity-card numbers or mobile numbers: a file with such a number is refused.",
  },
];

export const browserCovers: Bilingual[] = [
  {
    vi: 'đọc tệp .xlsx hoặc .xls như lệnh nhập đọc, và nhận ra mẫu;',
    en: 'reads the .xlsx or .xls file as the import does, and recognises the form;',
  },
  {
    vi: 'từng ô: số viết kiểu Việt Nam, đơn vị tính, ngày có thật, ô bắt buộc, giá trị trong danh sách (xã, phường, đơn vị, loại đất, tình trạng…);',
    en: 'every cell: Vietnamese numbers, the unit, real dates, required cells, values from the lists (communes, wards, units, land types, statuses…);',
  },
  {
    vi: 'mã dòng ngân sách, dòng cha bằng tổng các dòng con, dòng A, B bằng tổng thu, tổng chi văn bản ghi; dòng "Tổng cộng";',
    en: 'budget line codes, parents equal to the sum of their lines, lines A and B equal to the totals the document states; "Tổng cộng" (total) rows;',
  },
  {
    vi: 'các tệp mà việc nhập sẽ ghi, bằng chính các kiểm tra của cổng cho từng tệp: lược đồ dữ liệu, các quy tắc trong tệp (ngày niêm yết, các bước thu hồi đất theo thứ tự, dòng trùng…), số điện thoại di động và số CMND/CCCD;',
    en: "the files the import would write, with the portal's own checks of each file: its schema, the rules within it (posting dates, land recovery steps in order, repeated rows…), mobile and identity-card numbers;",
  },
  {
    vi: 'đối chiếu với số liệu đang đăng: dòng thêm, số sửa (số cũ → số mới), giai đoạn ngân sách chưa công bố, nhiệm vụ có trong kế hoạch.',
    en: 'against the figures as published: rows added, figures corrected (old → new), budget stages not yet published, tasks in the plan.',
  },
];

export const importOnly: Bilingual[] = [
  {
    vi: 'toàn bộ nội dung của cổng sau khi ghi, như khi xây dựng trang: các kiểm tra giữa các loại nội dung và giữa các xã (đơn vị còn hoạt động vào ngày báo cáo, kỳ báo cáo của kế hoạch, văn bản được nhắc đến, địa chỉ trang trùng nhau…);',
    en: "all of the portal's content after writing, as the build checks it: the checks across kinds and communes (a unit existing on the day it reports, a plan's reporting periods, documents referred to, page addresses used twice…);",
  },
  {
    vi: 'số liệu sửa sau ngày trang này được xây dựng: trang dùng bản sao nội dung lúc xây dựng.',
    en: 'figures corrected after this page was built: the page checks against a copy of the content made then.',
  },
];

export interface CommonProblem {
  problem: Bilingual;
  meaning: Bilingual;
  fix: Bilingual;
}

export const commonProblems: CommonProblem[] = [
  {
    problem: { vi: '"Đơn vị tính" — cần một đơn vị tính', en: '"Đơn vị tính" — expected a unit' },
    meaning: {
      vi: 'không thấy ô "Đơn vị tính: …" phía trên bảng, hoặc đơn vị lạ (USD…)',
      en: 'no "Đơn vị tính: …" cell above the table, or an unknown unit (USD…)',
    },
    fix: {
      vi: 'ghi "Đơn vị tính: triệu đồng" (hoặc nghìn đồng, đồng, tỷ đồng) ở một ô phía trên bảng',
      en: 'write "Đơn vị tính: triệu đồng" (or nghìn đồng, đồng, tỷ đồng) in a cell above the table',
    },
  },
  {
    problem: { vi: 'cần một số viết kiểu Việt Nam', en: 'expected a number written the Vietnamese way' },
    meaning: {
      vi: 'ô có chữ, hoặc số viết kiểu Anh (1,234,567)',
      en: 'the cell holds words, or a number written the English way (1,234,567)',
    },
    fix: {
      vi: 'viết 1.234.567 hoặc 1.234,5; để trống hay ghi "-" nếu chưa có',
      en: 'write 1.234.567 or 1.234,5; leave it empty or write "-" if not published',
    },
  },
  {
    problem: { vi: 'cần một số nguyên không âm (hộ nghèo)', en: 'expected a whole number (poor households)' },
    meaning: { vi: 'ô số hộ, số khẩu trống hoặc ghi "-"', en: 'a household or person count is empty or "-"' },
    fix: { vi: 'ghi 0 nếu không có', en: 'write 0 for none' },
  },
  {
    problem: { vi: '"STT" — mã dòng như trên biểu', en: '"STT" — a line code as on the form' },
    meaning: {
      vi: 'mã lạ (§1), 1.1 không nằm dưới dòng 1, hoặc một mã trùng trong cùng dòng cha',
      en: 'an unknown code (§1), 1.1 not under a line 1, or a code twice under one parent',
    },
    fix: { vi: 'sửa mã theo biểu: A, I, 1, 1.1, a, -', en: 'correct the code as on the form: A, I, 1, 1.1, a, -' },
  },
  {
    problem: { vi: 'bằng tổng các dòng con', en: 'equal to the sum of its lines' },
    meaning: {
      vi: 'dòng cha khác tổng các dòng con ở một giai đoạn (ô của dòng cha được chỉ ra)',
      en: 'a parent line differs from the sum of its lines in one stage (the parent’s cell is named)',
    },
    fix: { vi: 'sửa số của dòng cha hoặc các dòng con', en: 'correct the parent’s figure or its lines’' },
  },
  {
    problem: { vi: 'bằng tổng thu, tổng chi mà văn bản ghi', en: 'equal to the total the document states' },
    meaning: {
      vi: 'dòng A hoặc B khác số trên trang "Công bố"',
      en: 'line A or B differs from the figure on the "Công bố" (publication) sheet',
    },
    fix: { vi: 'sửa cho khớp với văn bản', en: 'make them agree with the document' },
  },
  {
    problem: {
      vi: 'ngày công bố, văn bản… của giai đoạn',
      en: 'the publication date, document… of a stage',
    },
    meaning: {
      vi: 'tệp có cột của một giai đoạn chưa công bố (ví dụ "Ước thực hiện cả năm")',
      en: 'the file has a column of a stage not published yet (e.g. "Ước thực hiện cả năm", the year’s estimate)',
    },
    fix: { vi: 'điền trang "Công bố" của mẫu', en: 'fill in the "Công bố" sheet of the template' },
  },
  {
    problem: { vi: 'một giá trị trong danh sách', en: 'a value from the list' },
    meaning: {
      vi: 'xã, loại đất, giai đoạn, đơn vị, tình trạng… không có trong danh sách',
      en: 'a commune, land type, stage, unit, status… that is not in the list',
    },
    fix: { vi: 'chọn trong ô thả xuống', en: 'pick it from the drop-down' },
  },
  {
    problem: { vi: 'tổng các thôn', en: 'the sum of the villages' },
    meaning: {
      vi: 'dòng "Tổng cộng" khác tổng các thôn',
      en: 'the "Tổng cộng" (total) row differs from the villages’ sum',
    },
    fix: { vi: 'sửa dòng tổng hoặc các thôn', en: 'correct the total or the villages' },
  },
  {
    problem: { vi: 'một ngày có thật', en: 'a real date' },
    meaning: {
      vi: 'ngày không có thật (30/02) hoặc viết lạ',
      en: 'a date that does not exist (30/02) or an odd spelling',
    },
    fix: { vi: 'ghi ngày/tháng/năm, ví dụ 20/12/2025', en: 'write day/month/year, e.g. 20/12/2025' },
  },
  {
    problem: { vi: 'số điện thoại di động, số định danh', en: 'a mobile number, an identity number' },
    meaning: {
      vi: 'có số di động hoặc số CMND/CCCD của người dân',
      en: 'a resident’s mobile number or identity-card number',
    },
    fix: {
      vi: 'xóa; chỉ ghi số máy bàn của cơ quan hoặc đường dây nóng',
      en: 'remove it; write only the office landline or a hotline',
    },
  },
  {
    problem: {
      vi: 'các bước thu hồi đất diễn ra theo thứ tự',
      en: 'land recovery steps happen in order',
    },
    meaning: { vi: 'ngày của một bước sớm hơn bước trước', en: 'a step’s date is before the step before it' },
    fix: { vi: 'sửa ngày', en: 'correct the date' },
  },
  {
    problem: { vi: '`(mẫu / form)` — không nhận ra', en: '`(mẫu / form)` — not recognised' },
    meaning: { vi: 'bảng không có dòng tiêu đề của mẫu nào', en: 'the table has no form’s header row' },
    fix: {
      vi: 'dùng mẫu, hoặc chọn mẫu ở ô "Mẫu" khi kiểm tra (`--kind` khi nhập)',
      en: 'use the template, or choose the form in the "Form" box when checking (`--kind` when importing)',
    },
  },
  {
    problem: { vi: '`(tệp / file)` — không đọc được', en: '`(tệp / file)` — cannot be read' },
    meaning: {
      vi: 'tệp không phải .xlsx hay .xls (CSV, PDF, trang web lưu thành .xls) hoặc có mật khẩu',
      en: 'not an .xlsx or .xls file (a CSV, a PDF, a web page saved as .xls) or protected by a password',
    },
    fix: {
      vi: 'mở bằng Excel rồi lưu lại thành tệp .xlsx',
      en: 'open it in Excel and "Save As" Excel Workbook (.xlsx)',
    },
  },
];

/** A problem as the import prints it. */
export const exampleMessage = `✗ ho-ngheo.xls, trang tính/sheet "Sheet1", ô/cell G8 — trường/field "Số hộ thoát nghèo"
  [vi] Tìm thấy "-"; cần một số nguyên không âm, ví dụ 12 (ghi 0 nếu không có; không để trống, không ghi "-").
  [en] Found "-"; expected a whole number, e.g. 12 (write 0 for none; not empty, not "-").`;

/** Commands with a comment line above each, so they read at a phone's width. */
export const importCommands: Bilingual = {
  vi: `# kiểm tra, in những gì sẽ thay đổi, không ghi gì
npm run import -- bao-cao-9-thang.xlsx --dry-run
# kiểm tra rồi ghi
npm run import -- bao-cao-9-thang.xlsx
# khi tệp không ghi tên xã
npm run import -- ho-ngheo.xls --commune xa-cam-lo
# khi không nhận ra được mẫu
npm run import -- bang-gia.xlsx --kind bang-gia-dat
# nhập vào cổng của tỉnh khác
PORTAL_CONTENT=content/bac-ninh npm run import -- tep.xlsx`,
  en: `# check, print what would change, write nothing
npm run import -- bao-cao-9-thang.xlsx --dry-run
# check, then write
npm run import -- bao-cao-9-thang.xlsx
# when the file does not name the commune
npm run import -- ho-ngheo.xls --commune xa-cam-lo
# when the form is not recognised
npm run import -- bang-gia.xlsx --kind bang-gia-dat
# import into another province's portal
PORTAL_CONTENT=content/bac-ninh npm run import -- tep.xlsx`,
};

export const dryRunCommand = 'npm run import -- <tệp.xlsx> --dry-run';

export const wordCommands: Bilingual = {
  vi: `# in những gì sẽ ghi, không ghi gì
npm run import-word -- ke-hoach.docx --dry-run
# ghi, với mã văn bản tự chọn
npm run import-word -- ke-hoach.docx --id ke-hoach-123-2025`,
  en: `# print what would be written, write nothing
npm run import-word -- ke-hoach.docx --dry-run
# write it, with an id of your choosing
npm run import-word -- ke-hoach.docx --id ke-hoach-123-2025`,
};
