/** The words of the page for those who publish (/dang-tai/) and of its check in the browser. */
import { defineWords } from '../../base/words.ts';

export const publishWords = defineWords({
  vi: {
    'footer.publish': 'Đăng tải số liệu',
    'footer.publish.link': 'Mẫu Excel, kiểm tra tệp trước khi gửi',

    'publish.title': 'Đăng tải số liệu từ Excel',
    'publish.lead':
      'Trang này dành cho cán bộ xã, phường và các sở, ngành đưa số liệu lên cổng: lấy mẫu Excel, điền số liệu, kiểm tra tệp ngay trên máy của mình, rồi gửi cho ban biên tập hoặc tự nhập vào cổng.',
    'publish.toc': 'Trên trang này',
    'publish.steps': 'Các bước',
    'publish.step.1': 'Tải mẫu của loại số liệu cần công khai.',
    'publish.step.2': 'Điền mẫu bằng Excel (hoặc dùng tệp của cơ quan, nếu bảng có dòng tiêu đề quen thuộc).',
    'publish.step.3': 'Kiểm tra tệp trên trang này: mỗi lỗi chỉ rõ ô cần sửa.',
    'publish.step.4': 'Gửi tệp cho ban biên tập của cổng, hoặc nhập bằng lệnh `npm run import`.',

    'templates.title': 'Mẫu nào cho việc gì',
    'templates.intro':
      'Mỗi mẫu là một tệp Excel (.xlsx) có trang "Hướng dẫn", một dòng ví dụ và các ô thả xuống với danh sách xã, phường, đơn vị và các giá trị được chọn của {province}. Mẫu được tạo ra khi xây dựng trang, từ chính mô tả mà cổng dùng để kiểm tra số liệu, nên luôn khớp với những gì cổng kiểm tra.',
    'templates.download': 'Tải mẫu "{title}"',
    'templates.cli':
      'Người quản trị cổng cũng lấy được các mẫu này bằng lệnh `npm run templates`; thêm `--filled` để có thêm mỗi mẫu điền sẵn số liệu đang đăng, tiện sửa rồi nhập lại.',

    'fill.title': 'Cách điền',
    'fill.office':
      'Tệp của cơ quan (không theo mẫu) cũng đọc được khi bảng có dòng tiêu đề quen thuộc: tiêu đề gộp ô trên hai, ba dòng, dòng đánh số cột, ghi chú phía trên, chữ ký phía dưới, dòng "Tổng cộng" (được đối chiếu với tổng các dòng rồi bỏ qua). Năm và xã có thể lấy từ tiêu đề ("… XÃ CAM LỘ NĂM 2025"). Cột không có trong tệp giữ nguyên số đã đăng: một báo cáo 9 tháng chỉ thay cột 9 tháng.',

    'check.title': 'Kiểm tra tệp trước khi gửi',
    'check.private':
      'Tệp không rời khỏi máy của bạn: việc kiểm tra chạy ngay trong trình duyệt, không gửi tệp đi đâu. Khi trang đã tải xong, vẫn kiểm tra được cả khi mất mạng.',
    'check.noScript':
      'Trình duyệt này không chạy JavaScript, nên không kiểm tra được tệp ngay trên trang. Thay vào đó:',
    'check.noScript.send': 'gửi tệp cho ban biên tập ({contact}): họ kiểm tra bằng lệnh nhập và báo lại từng lỗi;',
    'check.noScript.cli':
      'hoặc, nếu có bản sao mã nguồn của cổng, chạy lệnh dưới đây: lệnh kiểm tra như trang này, và còn kiểm tra toàn bộ nội dung của cổng, nhưng không ghi gì.',
    'check.file': 'Tệp Excel đã điền (.xlsx hoặc .xls)',
    'check.drop': 'Hoặc kéo tệp thả vào khung này.',
    'check.kind': 'Mẫu',
    'check.kind.auto': 'Tự nhận ra (theo dấu của mẫu hoặc dòng tiêu đề của bảng)',
    'check.commune': 'Xã, phường',
    'check.commune.auto': 'Theo tệp (ô "Xã/phường:" hoặc tiêu đề)',
    'check.options': 'Chỉ cần chọn khi tệp không phải là mẫu của cổng và không ghi tên xã, phường.',
    'check.submit': 'Kiểm tra tệp',
    'check.reading': 'Đang đọc và kiểm tra tệp {file}…',
    'check.done': 'Đã kiểm tra xong tệp {file}.',
    'check.noFile': 'Hãy chọn một tệp trước.',
    'check.dataFailed': 'Không tải được dữ liệu để kiểm tra. Hãy tải lại trang khi có mạng.',
    'check.failed': 'Không kiểm tra được tệp này ({message}). Hãy gửi tệp cho ban biên tập.',
    'check.result': 'Kết quả kiểm tra: {file}',
    'check.ok': 'Không thấy lỗi nào.',
    'check.form': 'Mẫu: {form}.',
    'check.contains': 'Tệp có:',
    'check.rows': 'trang tính "{sheet}" ({title}): {rows} dòng',
    'check.rows.one': 'trang tính "{sheet}" ({title}): {rows} dòng',
    'check.changes': 'So với số liệu đang đăng (ngày {asOf}), khi nhập tệp này sẽ:',
    'check.added': 'tạo tệp {path}',
    'check.changed': 'sửa tệp {path}',
    'check.same': 'Không thay đổi gì: số liệu trong tệp giống hệt số liệu đang đăng.',
    'check.notes': 'Ghi chú của lệnh nhập',
    'check.next':
      'Bước tiếp theo: gửi tệp cho ban biên tập, hoặc nhập bằng npm run import -- {file}. Lệnh nhập còn kiểm tra toàn bộ nội dung của cổng trước khi ghi.',
    'check.problems': 'Có {count} lỗi cần sửa.',
    'check.problems.one': 'Có 1 lỗi cần sửa.',
    'check.problems.intro': 'Sửa từng ô dưới đây trong Excel, lưu lại, rồi kiểm tra lại.',
    'check.place.cell': 'Trang tính "{sheet}", ô {cell}',
    'check.place.row': 'Trang tính "{sheet}", hàng {row}',
    'check.place.column': 'Trang tính "{sheet}", cột {column}',
    'check.place.sheet': 'Trang tính "{sheet}"',
    'check.place.file': 'Cả tệp',
    'check.place.written': 'Tệp sẽ ghi: {file}',
    'check.place.writtenLine': 'Tệp sẽ ghi: {file}, dòng {line}',
    'check.field': 'Trường',
    'check.found': 'Tìm thấy',
    'check.expected': 'Cần có',
    'check.covers': 'Trang này kiểm tra những gì',
    'check.only': 'Chỉ lệnh nhập mới kiểm tra',

    'import.title': 'Gửi tệp và nhập vào cổng',
    'import.send': 'Gửi tệp đã kiểm tra cho ban biên tập của cổng:',
    'import.contact.none': 'cơ quan quản lý cổng (thông tin liên hệ chưa cung cấp)',
    'import.cli': 'Người quản trị cổng nhập tệp bằng lệnh, trong thư mục mã nguồn của cổng:',
    'import.explain':
      'Lệnh nhận ra mẫu, in ra những gì thay đổi (dòng thêm, dòng bỏ, số sửa với số cũ và số mới), rồi kiểm tra kết quả bằng chính bộ kiểm tra khi xây dựng trang, trên một bản sao của nội dung. Chỉ khi không còn lỗi nào tệp mới được ghi; dòng không đổi giữ nguyên như cũ. Sau khi nhập, xây dựng lại trang như thường lệ.',

    'errors.title': 'Các lỗi thường gặp',
    'errors.intro':
      'Mỗi lỗi ghi trang tính, ô (như Excel ghi: C12), trường, giá trị tìm thấy và giá trị cần có, bằng tiếng Việt và tiếng Anh. Lệnh nhập in một lỗi như sau:',
    'errors.meaning': 'Nghĩa là',
    'errors.fix': 'Cách sửa',

    'word.title': 'Văn bản Word',
    'word.text':
      'Kế hoạch, chỉ thị, công văn đăng toàn văn được nhập từ tệp Word (.docx) bằng lệnh `npm run import-word`. Lệnh đọc phần đầu văn bản theo thể thức của Nghị định 30/2020/NĐ-CP (cơ quan ban hành, số, nơi và ngày ban hành, loại và trích yếu, người ký, "Kính gửi", "Nơi nhận"), ghi văn bản vào thư mục `documents/` và lập bản nháp danh sách nhiệm vụ (`tasks/`) từ các mục đánh số. Những gì tệp Word không cho biết (tóm tắt, đơn vị chủ trì, đơn vị phối hợp…) để trống và được liệt kê, để người nhập điền trước khi xây dựng trang. Số điện thoại di động, số CMND/CCCD trong văn bản được chỉ ra để xóa trước khi nhập.',
    'word.old': 'Tệp .doc cũ (Word 97–2003) không đọc được: mở bằng Word rồi lưu thành .docx.',
  },
  en: {
    'footer.publish': 'Publishing figures',
    'footer.publish.link': 'Excel templates, checking a file before sending it',

    'publish.title': 'Publishing figures from Excel',
    'publish.lead':
      'This page is for commune, ward and department officials who put figures on the portal: get an Excel template, fill it in, check the file on your own computer, then send it to the editors or import it yourself.',
    'publish.toc': 'On this page',
    'publish.steps': 'The steps',
    'publish.step.1': 'Download the template for the figures you must publish.',
    'publish.step.2': "Fill it in with Excel (or use your office's own file, if its table has familiar headers).",
    'publish.step.3': 'Check the file on this page: every problem names the cell to correct.',
    'publish.step.4': "Send the file to the portal's editors, or import it with `npm run import`.",

    'templates.title': 'Which template for what',
    'templates.intro':
      'Each template is an Excel file (.xlsx) with a "Hướng dẫn" (instructions) sheet, an example row and drop-down lists of the communes, wards, units and closed values of {province}. The templates are made when the site is built, from the very descriptions the portal checks figures with, so they always match what the portal checks.',
    'templates.download': 'Download the template "{title}"',
    'templates.cli':
      "The portal's administrators can also get these templates with `npm run templates`; `--filled` also writes each template filled with the figures as published, to correct and import again.",

    'fill.title': 'How to fill it in',
    'fill.office':
      'An office\'s own file (not the template) can be read too when its table has familiar headers: headers merged over two or three rows, a row numbering the columns, notes above, signatures below, a "Tổng cộng" (total) row, which is checked against the rows and then left out. The year and the commune can come from the title ("… XÃ CAM LỘ NĂM 2025"). A column the file does not have keeps the published figures: a 9-month report replaces only the 9-month column.',

    'check.title': 'Check a file before sending it',
    'check.private':
      'The file does not leave your computer: the check runs in your browser and sends the file nowhere. Once the page has loaded, it works offline too.',
    'check.noScript': 'This browser does not run JavaScript, so it cannot check a file on this page. Instead:',
    'check.noScript.send':
      'send the file to the editors ({contact}): they check it with the import command and tell you each problem;',
    'check.noScript.cli':
      "or, with a copy of the portal's source code, run the command below: it checks as this page does, and also checks all of the portal's content, but writes nothing.",
    'check.file': 'The filled Excel file (.xlsx or .xls)',
    'check.drop': 'Or drag the file and drop it in this box.',
    'check.kind': 'Form',
    'check.kind.auto': "Recognise it (by the template's mark or the table's headers)",
    'check.commune': 'Commune or ward',
    'check.commune.auto': 'As the file says (the "Xã/phường:" cell or the title)',
    'check.options':
      "Needed only when the file is not one of the portal's templates and does not name the commune or ward.",
    'check.submit': 'Check the file',
    'check.reading': 'Reading and checking {file}…',
    'check.done': 'Finished checking {file}.',
    'check.noFile': 'Pick a file first.',
    'check.dataFailed': 'The data to check against could not be loaded. Reload the page when you are online.',
    'check.failed': 'This file could not be checked ({message}). Send it to the editors.',
    'check.result': 'Result of the check: {file}',
    'check.ok': 'No problems found.',
    'check.form': 'Form: {form}.',
    'check.contains': 'The file has:',
    'check.rows': 'sheet "{sheet}" ({title}): {rows} rows',
    'check.rows.one': 'sheet "{sheet}" ({title}): {rows} row',
    'check.changes': 'Compared with the figures as published (on {asOf}), importing this file would:',
    'check.added': 'create {path}',
    'check.changed': 'change {path}',
    'check.same': "Change nothing: the file's figures are the ones published.",
    'check.notes': "The import's notes",
    'check.next':
      "Next: send the file to the editors, or import it with npm run import -- {file}. The import also checks all of the portal's content before it writes anything.",
    'check.problems': '{count} problems to correct.',
    'check.problems.one': '1 problem to correct.',
    'check.problems.intro': 'Correct each cell below in Excel, save, then check again.',
    'check.place.cell': 'Sheet "{sheet}", cell {cell}',
    'check.place.row': 'Sheet "{sheet}", row {row}',
    'check.place.column': 'Sheet "{sheet}", column {column}',
    'check.place.sheet': 'Sheet "{sheet}"',
    'check.place.file': 'The whole file',
    'check.place.written': 'The file it would write: {file}',
    'check.place.writtenLine': 'The file it would write: {file}, line {line}',
    'check.field': 'Field',
    'check.found': 'Found',
    'check.expected': 'Expected',
    'check.covers': 'What this page checks',
    'check.only': 'What only the import checks',

    'import.title': 'Sending and importing',
    'import.send': "Send the checked file to the portal's editors:",
    'import.contact.none': 'the agency that runs the portal (contact details not provided yet)',
    'import.cli': "The portal's administrators import a file with a command, in the portal's source folder:",
    'import.explain':
      "The command recognises the form, prints what changes (rows added, rows removed, figures corrected with the old and new figure), then checks the result with the build's own checks on a copy of the content. Files are written only when no problem is left; unchanged rows stay exactly as they were. After the import, build the site as usual.",

    'errors.title': 'Common problems',
    'errors.intro':
      'Each problem names the sheet, the cell (as Excel names it: C12), the field, what was found and what was expected, in Vietnamese and English. The import prints a problem like this:',
    'errors.meaning': 'Meaning',
    'errors.fix': 'How to fix it',

    'word.title': 'Word documents',
    'word.text':
      'Plans, directives and dispatches published in full are imported from Word files (.docx) with `npm run import-word`. The command reads the head of the document as Decree 30/2020/NĐ-CP lays it out (issuing body, number, place and date, type and title, signer, "Kính gửi", "Nơi nhận"), writes the document into `documents/` and drafts its list of tasks (`tasks/`) from the numbered items. What a Word file does not say (summaries, lead and cooperating units…) is left empty and listed, for the person importing to fill in before the site is built. Mobile and identity-card numbers in the text are named, to be removed before the import.',
    'word.old': 'An old .doc file (Word 97–2003) cannot be read: open it in Word and save it as .docx.',
  },
});

export type PublishWord = Parameters<ReturnType<typeof publishWords>>[0];
