import { AlignmentType, DeletedTextRun, InsertedTextRun, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxOf, listItem, para, table } from './docx-samples.ts';
import { DocxError, readDocx } from './docx-read.ts';

const texts = async (...children: Parameters<typeof docxOf>[0]) =>
  readDocx(await docxOf(children)).paragraphs.map((p) => p.text);

describe('readDocx', () => {
  it("writes out the numbers of Word's automatic lists as Word shows them", async () => {
    expect(
      await texts(
        listItem('outline', 'NHIỆM VỤ', 0),
        listItem('outline', 'Quản trị điện tử', 1),
        listItem('outline', 'Cổng thông tin', 2),
        listItem('outline', 'Dịch vụ công', 2),
        listItem('outline', 'Công khai', 1),
        listItem('outline', 'Ngân sách', 2),
        listItem('letters', 'Một việc'),
        listItem('letters', 'Việc khác'),
        listItem('dashes', 'Gạch đầu dòng'),
        listItem('outline', 'TỔ CHỨC THỰC HIỆN', 0),
      ),
    ).toEqual([
      'I. NHIỆM VỤ',
      '1. Quản trị điện tử',
      '1.1. Cổng thông tin',
      '1.2. Dịch vụ công',
      '2. Công khai',
      '2.1. Ngân sách',
      'a) Một việc',
      'b) Việc khác',
      '- Gạch đầu dòng',
      'II. TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('keeps tabs and line breaks, and gives alignment and table cells', async () => {
    const { paragraphs } = readDocx(
      await docxOf([
        para('ỦY BAN NHÂN DÂN\tCỘNG HÒA\nTỈNH CŨ', { align: AlignmentType.CENTER }),
        table([
          [[para('a'), para('b')], [para('c')]],
          [[para('d')], [para('e')]],
        ]),
        para('sau bảng', { align: AlignmentType.JUSTIFIED }),
      ]),
    );
    expect(paragraphs).toEqual([
      { text: 'ỦY BAN NHÂN DÂN\tCỘNG HÒA\nTỈNH CŨ', align: 'center', cell: null },
      { text: 'a', align: null, cell: { table: 0, row: 0, col: 0 } },
      { text: 'b', align: null, cell: { table: 0, row: 0, col: 0 } },
      { text: 'c', align: null, cell: { table: 0, row: 0, col: 1 } },
      { text: 'd', align: null, cell: { table: 0, row: 1, col: 0 } },
      { text: 'e', align: null, cell: { table: 0, row: 1, col: 1 } },
      { text: 'sau bảng', align: 'justify', cell: null },
    ]);
  });

  it('reads tracked changes as accepted: insertions kept, deletions dropped', async () => {
    const change = { id: 1, author: 'Văn thư', date: '2021-05-10T00:00:00Z' };
    expect(
      await texts(
        new Paragraph({
          children: [
            new TextRun('Số: 12'),
            new DeletedTextRun({ text: '3', ...change }),
            new InsertedTextRun({ text: '/KH-UBND', ...change, id: 2 }),
          ],
        }),
      ),
    ).toEqual(['Số: 12/KH-UBND']);
  });

  it('reads what Word itself writes: numbering from a paragraph style, fields, content controls, merged cells', () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const styles = `<w:styles ${W}>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Muc"><w:basedOn w:val="Normal"/>
        <w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Tieude"><w:pPr><w:jc w:val="center"/></w:pPr></w:style>
    </w:styles>`;
    const numbering = `<w:numbering ${W}>
      <w:abstractNum w:abstractNumId="3">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
    </w:numbering>`;
    const document = `<w:document ${W}><w:body>
      <w:p><w:pPr><w:pStyle w:val="Tieude"/></w:pPr><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="Muc"/></w:pPr><w:proofErr w:type="spellStart"/><w:r><w:t>Quản</w:t></w:r>
        <w:bookmarkStart w:id="0" w:name="a"/><w:r><w:t xml:space="preserve"> trị </w:t></w:r><w:bookmarkEnd w:id="0"/>
        <w:smartTag w:uri="x" w:element="y"><w:r><w:t>điện tử</w:t></w:r></w:smartTag></w:p>
      <w:p><w:pPr><w:pStyle w:val="Muc"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr>
        <w:r><w:t xml:space="preserve">Xem trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>
        <w:r><w:instrText xml:space="preserve"> PAGEREF a \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>
        <w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
        <w:hyperlink r:id="rId9" xmlns:r="r"><w:r><w:t xml:space="preserve">; cổng</w:t></w:r></w:hyperlink></w:p>
      <w:p><w:pPr><w:pStyle w:val="Muc"/><w:numPr><w:ilvl w:val="2"/><w:numId w:val="7"/></w:numPr></w:pPr>
        <w:r><w:t>Một ý</w:t></w:r></w:p>
      <w:sdt><w:sdtContent><w:p><w:pPr><w:pStyle w:val="Muc"/></w:pPr><w:r><w:t>Công khai</w:t></w:r></w:p></w:sdtContent></w:sdt>
      <w:p><w:pPr><w:pStyle w:val="Muc"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr>
        <w:r><w:t>Ngân sách</w:t></w:r></w:p>
      <w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>gộp</w:t></w:r></w:p></w:tc>
        <w:tc><w:p><w:r><w:t>ba</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:tc><w:p><w:r><w:t>một</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>hai</w:t></w:r></w:p></w:tc>
        <w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>
      <w:sectPr/>
    </w:body></w:document>`;
    const { paragraphs } = readDocx(
      zipSync({
        'word/document.xml': strToU8(document),
        'word/styles.xml': strToU8(styles),
        'word/numbering.xml': strToU8(numbering),
      }),
    );
    expect(paragraphs).toEqual([
      { text: 'KẾ HOẠCH', align: 'center', cell: null },
      { text: '1. Quản trị điện tử', align: 'justify', cell: null },
      { text: 'a) Xem trang 3; cổng', align: 'justify', cell: null },
      { text: '- Một ý', align: 'justify', cell: null },
      { text: '2. Công khai', align: 'justify', cell: null },
      { text: 'a) Ngân sách', align: 'justify', cell: null },
      { text: 'gộp', align: 'justify', cell: { table: 0, row: 0, col: 0 } },
      { text: 'ba', align: 'justify', cell: { table: 0, row: 0, col: 2 } },
      { text: 'một', align: 'justify', cell: { table: 0, row: 1, col: 0 } },
      { text: 'hai', align: 'justify', cell: { table: 0, row: 1, col: 1 } },
      { text: '', align: 'justify', cell: { table: 0, row: 1, col: 2 } },
    ]);
  });

  it('says, in both languages, why a file is not a .docx', () => {
    const reasons = (bytes: Uint8Array) => {
      try {
        readDocx(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(DocxError);
        return [(error as DocxError).found.vi, (error as DocxError).found.en];
      }
      throw new Error('expected a DocxError');
    };
    expect(reasons(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))[1]).toMatch(
      /old Word file \(\.doc/,
    );
    expect(reasons(strToU8('%PDF-1.7\n'))[0]).toMatch(/tệp PDF/);
    expect(reasons(strToU8('KẾ HOẠCH\nnội dung'))[1]).toMatch(/not a zip archive/);
    expect(reasons(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toEqual([
      expect.stringMatching(/không có word\/document\.xml/),
      expect.stringMatching(/without word\/document\.xml/),
    ]);
    expect(reasons(zipSync({ 'word/document.xml': strToU8('<w:document x="1></w:document>') }))[1]).toMatch(/damaged/);
    expect(reasons(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))[1]).toMatch(/without a body/);
  });
});
