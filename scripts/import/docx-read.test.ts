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
