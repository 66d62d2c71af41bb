/**
 * Word files for the importer's tests, made with the `docx` package (an independent writer of
 * .docx, so the reader is checked against files it did not write itself) rather than committed
 * as binaries. Two documents in the layout of Decree 30/2020/NĐ-CP, named after the units of
 * test/fixtures/minimal: a plan with every header field, its header and signature in tables, its
 * items numbered both by hand and by Word's automatic lists; and a dispatch laid out with tabs,
 * whose number and date are left blank as in a draft before registration.
 */
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ParagraphChild,
} from 'docx';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** A paragraph; "\t" in the text is a Word tab, "\n" a line break (Shift+Enter). */
export function para(text: string, options: { align?: Align; bold?: boolean } = {}): Paragraph {
  const children: ParagraphChild[] = [];
  text.split('\n').forEach((line, i) => {
    line.split('\t').forEach((piece, j) => {
      if (j > 0) children.push(new TextRun({ children: [new Tab()] }));
      if (piece !== '' || (i > 0 && j === 0))
        children.push(new TextRun({ text: piece, bold: options.bold, break: i > 0 && j === 0 ? 1 : undefined }));
    });
  });
  return new Paragraph({ alignment: options.align, children });
}

const centred = (text: string, bold = true) => para(text, { align: AlignmentType.CENTER, bold });

function cell(paragraphs: Paragraph[]): TableCell {
  return new TableCell({ children: paragraphs.length > 0 ? paragraphs : [para('')] });
}

export function table(rows: Paragraph[][][]): Table {
  return new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map(cell) })) });
}

/** Word's automatic lists used by the samples: lettered items "a)", and "-" bullets. */
const numbering = {
  config: [
    {
      reference: 'letters',
      levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)', alignment: AlignmentType.LEFT }],
    },
    {
      reference: 'dashes',
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT }],
    },
    {
      reference: 'outline',
      levels: [
        { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
        { level: 2, format: LevelFormat.DECIMAL, text: '%2.%3.', alignment: AlignmentType.LEFT },
      ],
    },
  ],
};

export function listItem(reference: 'letters' | 'dashes' | 'outline', text: string, level = 0): Paragraph {
  return new Paragraph({
    numbering: { reference, level },
    alignment: AlignmentType.JUSTIFIED,
    children: [new TextRun(text)],
  });
}

export async function docxOf(children: (Paragraph | Table)[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ numbering, sections: [{ children }] }));
}

const body = (text: string) => para(text, { align: AlignmentType.JUSTIFIED });

/** A plan with every header field: header and signature in two-column tables. */
export function fullPlan(): Promise<Buffer> {
  return docxOf([
    table([
      [
        [centred('ỦY BAN NHÂN DÂN', false), centred('TỈNH CŨ')],
        [centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), centred('Độc lập - Tự do - Hạnh phúc')],
      ],
      [[centred('Số: 12/KH-UBND', false)], [centred('Cũ, ngày 10 tháng 5 năm 2021', false)]],
    ]),
    para(''),
    centred('KẾ HOẠCH'),
    centred('Nâng cao Chỉ số Hiệu quả quản trị và hành chính công (PAPI)'),
    centred('tỉnh Cũ năm 2021'),
    centred('_______________'),
    para(''),
    body(
      'Thực hiện Quyết định số 1682/QĐ-UBND ngày 05/7/2019 của UBND tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
    ),
    body('I. MỤC ĐÍCH, YÊU CẦU'),
    body('Nâng cao chất lượng phục vụ người dân và doanh nghiệp.'),
    body('II. NHIỆM VỤ VÀ GIẢI PHÁP'),
    body('1. Quản trị điện tử'),
    listItem('letters', 'Nâng cấp Cổng thông tin điện tử của tỉnh, bảo đảm 100% hồ sơ được tiếp nhận trực tuyến.'),
    listItem('letters', 'Công khai số đường dây nóng trên Cổng thông tin điện tử.'),
    body('2. Công khai, minh bạch'),
    listItem('dashes', 'Công khai danh sách hộ nghèo tại trụ sở UBND xã.'),
    body('- Công khai thu, chi ngân sách xã và các khoản đóng góp của Nhân dân.'),
    body('III. TỔ CHỨC THỰC HIỆN'),
    body('Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này; báo cáo UBND tỉnh trước ngày 20/6 hằng năm./.'),
    table([
      [[para('STT')], [para('Nhiệm vụ')], [para('Chủ trì')]],
      [[para('1')], [para('Nâng cấp Cổng thông tin điện tử')], [para('Sở Nội vụ')]],
    ]),
    para(''),
    table([
      [
        [para('Nơi nhận:', { bold: true }), para('- Như trên;'), para('- Sở Nội vụ;'), para('- Lưu: VT, NC.')],
        [
          centred('TM. ỦY BAN NHÂN DÂN'),
          centred('KT. CHỦ TỊCH'),
          centred('PHÓ CHỦ TỊCH'),
          centred(''),
          centred('(Đã ký)', false),
          centred(''),
          centred('Nguyễn Văn A'),
        ],
      ],
    ]),
  ]);
}

/** A dispatch laid out with tabs, its number and date left blank: "Số:      /UBND-NC", "ngày   tháng   năm 2021". */
export function draftDispatch(): Promise<Buffer> {
  return docxOf([
    para('ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
    para('TỈNH CŨ\t\tĐộc lập - Tự do - Hạnh phúc', { bold: true }),
    para('Số:        /UBND-NC\t\tCũ, ngày      tháng      năm 2021'),
    para('V/v tuyên truyền kết quả'),
    para('Chỉ số PAPI năm 2020'),
    para(''),
    para('Kính gửi:', { align: AlignmentType.CENTER }),
    para('- Sở Nội vụ;'),
    para('- UBND các huyện, thị xã.'),
    para(''),
    body('Để nâng cao Chỉ số PAPI năm 2021, Chủ tịch UBND tỉnh yêu cầu:'),
    body('1. Sở Nội vụ chủ trì tuyên truyền kết quả Chỉ số PAPI năm 2020 đến cán bộ, công chức.'),
    body('2. UBND các huyện, thị xã tổ chức đối thoại với Nhân dân về kết quả Chỉ số PAPI./.'),
    para(''),
    para('Nơi nhận:\t\t\tCHỦ TỊCH', { bold: true }),
    para('- Như trên;'),
    para('- Lưu: VT.'),
    para(''),
    para('\t\t\tTrần Thị B', { bold: true }),
  ]);
}
