import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readLayout, type WordParagraph } from './from-word-layout.ts';

const p = (text: string, align: WordParagraph['align'] = null): WordParagraph => ({ text, align, cell: null });
const c = (table: number, row: number, col: number, text: string): WordParagraph => ({
  text,
  align: 'center',
  cell: { table, row, col },
});
/** Lines of text extracted from a PDF, as the seeds are: each line a paragraph, no columns. */
const lines = (...texts: string[]) => texts.map((t) => p(t));

/** The front matter of a committed document, to compare with what the parser reads from its seed. */
function committed(instance: string, id: string): Record<string, unknown> {
  const text = readFileSync(join(process.cwd(), 'content', instance, 'documents', `${id}.md`), 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
}
const texts = (list: unknown) => (list as { text: string }[]).map((a) => a.text);

describe('readLayout: the header', () => {
  it('reads a header in two-column tables: issuing body, number, place and date; the national heading is left out', () => {
    const layout = readLayout([
      c(0, 0, 0, 'ỦY BAN NHÂN DÂN'),
      c(0, 0, 0, 'TỈNH QUẢNG TRỊ'),
      c(0, 0, 0, '________'),
      c(0, 0, 1, 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      c(0, 0, 1, 'Độc lập – Tự do – Hạnh phúc'),
      c(0, 1, 0, 'Số: 12 /KH-UBND'),
      c(0, 1, 1, 'Quảng Trị, ngày 10 tháng 5 năm 2021'),
      p('KẾ HOẠCH', 'center'),
      p('Duy trì Chỉ số PAPI năm 2021', 'center'),
      p('Nội dung.', 'justify'),
    ]);
    expect(layout).toMatchObject({
      issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ'],
      number: '12/KH-UBND',
      numberBlank: null,
      place: 'Quảng Trị',
      date: '2021-05-10',
      dateUnread: null,
      typeLine: 'KẾ HOẠCH',
      titleLines: ['Duy trì Chỉ số PAPI năm 2021'],
      nationalHeading: true,
      body: [{ type: 'paragraph', text: 'Nội dung.' }],
    });
  });

  it('reads a type and title set in the last row of the header table, and leaves out the Party heading', () => {
    const layout = readLayout([
      c(0, 0, 0, 'ĐẢNG BỘ TỈNH QUẢNG TRỊ'),
      c(0, 0, 0, 'ĐẢNG ỦY PHƯỜNG 1'),
      c(0, 0, 1, 'ĐẢNG CỘNG SẢN VIỆT NAM'),
      c(0, 1, 0, 'Số: 05-KH/ĐU'),
      c(0, 1, 1, 'Phường 1, ngày 02 tháng 3 năm 2024'),
      c(0, 2, 0, 'KẾ HOẠCH'),
      c(0, 2, 0, 'tuyên truyền Chỉ số PAPI năm 2024'),
      p('Nội dung.', 'justify'),
    ]);
    expect(layout).toMatchObject({
      issuerLines: ['ĐẢNG BỘ TỈNH QUẢNG TRỊ', 'ĐẢNG ỦY PHƯỜNG 1'],
      number: '05-KH/ĐU',
      date: '2024-03-02',
      typeLine: 'KẾ HOẠCH',
      titleLines: ['tuyên truyền Chỉ số PAPI năm 2024'],
      nationalHeading: true,
      body: [{ type: 'paragraph', text: 'Nội dung.' }],
    });
  });

  it('reads a header laid out with tabs or runs of spaces, and a dispatch subject over two lines', () => {
    const layout = readLayout([
      p('UBND TỈNH QUẢNG TRỊ\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      p('SỞ NỘI VỤ          Độc lập - Tự do - Hạnh phúc'),
      p('Số: 45/SNV-CCHC\tĐông Hà, ngày 05/7/2019'),
      p('V/v báo cáo kết quả'),
      p('Chỉ số PAPI năm 2018'),
      p('Kính gửi: Ủy ban nhân dân tỉnh.'),
      p('Sở Nội vụ báo cáo như sau.'),
    ]);
    expect(layout).toMatchObject({
      issuerLines: ['UBND TỈNH QUẢNG TRỊ', 'SỞ NỘI VỤ'],
      number: '45/SNV-CCHC',
      place: 'Đông Hà',
      date: '2019-07-05',
      typeLine: null,
      subject: 'V/v báo cáo kết quả Chỉ số PAPI năm 2018',
      addressees: ['Ủy ban nhân dân tỉnh'],
      body: [{ type: 'paragraph', text: 'Sở Nội vụ báo cáo như sau.' }],
    });
  });

  it('says a number or date left blank in a draft is blank, and never reads it as something else', () => {
    const layout = readLayout([
      p('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      p('Số:       /KH-UBND\tQuảng Trị, ngày      tháng     năm 2021'),
      p('KẾ HOẠCH'),
      p('Thử'),
    ]);
    expect(layout).toMatchObject({
      number: null,
      numberBlank: 'Số: /KH-UBND',
      date: null,
      dateUnread: 'Quảng Trị, ngày tháng năm 2021',
      place: 'Quảng Trị',
    });
    expect(readLayout([p('Số: ......../QĐ-UBND\tHà Nội, ngày … tháng … năm 2024')])).toMatchObject({
      number: null,
      numberBlank: 'Số: ......../QĐ-UBND',
      date: null,
      dateUnread: 'Hà Nội, ngày … tháng … năm 2024',
    });
  });

  it('does not take a date that does not exist', () => {
    expect(readLayout([p('Số: 1/TB-UBND\tQuảng Trị, ngày 30 tháng 02 năm 2021')])).toMatchObject({
      number: '1/TB-UBND',
      date: null,
      dateUnread: 'Quảng Trị, ngày 30 tháng 02 năm 2021',
      place: 'Quảng Trị',
    });
  });

  it('finds nothing in a document without a header, and starts the body at its first line', () => {
    const layout = readLayout(lines('Ngày 14/4/2021, Trung tâm CECODES công bố PAPI.', 'Số liệu 12/15 huyện đạt.'));
    expect(layout).toMatchObject({
      issuerLines: [],
      number: null,
      numberBlank: null,
      date: null,
      dateUnread: null,
      place: null,
      typeLine: null,
      subject: null,
      nationalHeading: false,
    });
    expect(layout.body).toHaveLength(2);
  });
});

describe('readLayout: the closing', () => {
  it('reads the signature table: recipients in the column of "Nơi nhận", authority, title and name in the other', () => {
    const layout = readLayout([
      p('Nội dung./.'),
      c(0, 0, 0, 'Nơi nhận:'),
      c(0, 0, 0, '- Như trên;'),
      c(0, 0, 0, '- VP UBND tỉnh:'),
      c(0, 0, 0, '+ Lưu: VT, NC.'),
      c(0, 0, 1, 'TM. ỦY BAN NHÂN DÂN'),
      c(0, 0, 1, 'KT. CHỦ TỊCH'),
      c(0, 0, 1, 'PHÓ CHỦ TỊCH'),
      c(0, 0, 1, ''),
      c(0, 0, 1, '(Đã ký)'),
      c(0, 0, 1, 'Nguyễn Văn A'),
    ]);
    expect(layout.recipients).toEqual(['Như trên', 'VP UBND tỉnh:', '+ Lưu: VT, NC']);
    expect(layout.signer).toEqual({
      authority: 'TM. ỦY BAN NHÂN DÂN – KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Nguyễn Văn A',
    });
    expect(layout.body).toEqual([{ type: 'paragraph', text: 'Nội dung./.' }]);
  });

  it('reads a signature above "Nơi nhận", a signature without one, and keeps an annex after the signature', () => {
    const above = readLayout(
      lines('Nội dung./.', 'CHỦ TỊCH', '', 'Võ Văn Hưng', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'),
    );
    expect(above).toMatchObject({
      recipients: ['Như trên', 'Lưu: VT'],
      signer: { authority: null, title: 'CHỦ TỊCH', name: 'Võ Văn Hưng' },
      body: [{ type: 'paragraph', text: 'Nội dung./.' }],
    });
    const alone = readLayout(lines('Nội dung./.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Văn C'));
    expect(alone).toMatchObject({
      recipients: [],
      signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Văn C' },
    });
    const annex = readLayout([
      ...lines('Nội dung./.', 'Nơi nhận:', '- Lưu: VT.', 'CHỦ TỊCH', 'Võ Văn Hưng'),
      c(0, 0, 0, 'STT'),
      c(0, 0, 1, 'Nhiệm vụ'),
      c(0, 1, 0, '1'),
      c(0, 1, 1, 'Tuyên truyền'),
    ]);
    expect(annex.body).toEqual([
      { type: 'paragraph', text: 'Nội dung./.' },
      {
        type: 'table',
        rows: [
          ['STT', 'Nhiệm vụ'],
          ['1', 'Tuyên truyền'],
        ],
      },
    ]);
    expect(annex.signer).toEqual({ authority: null, title: 'CHỦ TỊCH', name: 'Võ Văn Hưng' });
  });

  it('a document that ends without recipients or signature has neither', () => {
    expect(readLayout(lines('Nội dung.', '- Một việc.'))).toMatchObject({
      recipients: [],
      signer: { authority: null, title: null, name: null },
    });
  });
});

/*
 * The seeds are text extracted from PDFs: one line a paragraph, columns run together, trailing
 * spaces, one Vietnamese letter written two ways (UỶ/ỦY). What the parser reads from their title
 * blocks, "Kính gửi" and closing blocks must be what was reviewed by hand into the committed files.
 */
describe('readLayout on the seeds', () => {
  it('seed 000 (dispatch): the addressees and the closing', () => {
    const layout = readLayout(
      lines(
        '                          Kính gửi: ',
        '         -  Các cơ quan chuyên môn, cơ quan thuộc UBND tỉnh; ',
        '         -  Công an tỉnh; ',
        '         -  Bảo hiểm xã hội tỉnh; ',
        '            -  UBND các huyện, thành phố, thị xã. ',
        ' ',
        'Năm 2020, Chỉ số hiệu quả Quản trị và Hành chính công của tỉnh đạt 44,78, ',
        'ghép trong kiểm tra công tác cải cách hành chính), báo cáo UBND tỉnh theo quy định./. ',
        ' ',
        'Nơi nhận: ',
        '- Như trên; ',
        '- Thường trực Tỉnh ủy; ',
        '- Thường trực  HĐND tỉnh; ',
        '- Đoàn Đại biểu Quốc hội tỉnh; ',
        '- UBMTTQVN tỉnh; các Đoàn thể cấp tỉnh;  ',
        '- Chủ tịch, các PCT UBND tỉnh; ',
        '- Đài PTTH tỉnh;  ',
        '- Báo Quảng Trị; ',
        '- Trung tâm PVHCC;  ',
        '- Trung tâm Tin học tỉnh; ',
        '- Công ty Cổ phần cấp thoát nước; ',
        '- Công ty Đô thị, môi trường cấp huyện; ',
        '- Lưu: VT, NC. ',
        ' ',
        'CHỦ TỊCH ',
        ' ',
        ' ',
        'Võ Văn Hưng ',
        ' ',
      ),
    );
    const fm = committed('quang-tri', 'qt-2021-cong-van-duy-tri-papi');
    expect(layout.addressees).toEqual(texts(fm.addressees));
    expect(layout.recipients).toEqual(texts(fm.recipients));
    expect(layout.signer).toEqual(fm.signer);
    expect(layout.body).toHaveLength(2);
  });

  it('seed 001 (ward plan): the title block and the closing, columns run together', () => {
    const layout = readLayout(
      lines(
        ' KẾ HOẠCH ',
        'Duy trì và củng cố Chỉ số Hiệu quả quản trị  ',
        'và hành chính công cấp tỉnh (PAPI) năm 2024 ',
        ' ',
        'Thực hiện Kế hoạch số 1042/KH-UBND ngày 28/8/2019 của UBND thị xã ',
        `Nơi nhận:${' '.repeat(63)}`,
        '- Phòng Nội vụ thị xã; ',
        '- TTr. Đảng ủy phường; ',
        '- TTr. HĐND phường; ',
        '- CT, PCT UBND phường; ',
        '- TTr. UBMT phường; ',
        '- Các ban ngành, đoàn thể; ',
        `- Các khu phố;${' '.repeat(24)}`,
        `- Lưu: VT, VP.${' '.repeat(69)}`,
        'TM. UỶ BAN NHÂN DÂN ',
        'CHỦ TỊCH ',
        ' ',
        'Lê Thanh Bình ',
      ),
    );
    const fm = committed('quang-tri', 'phuong-tx-quang-tri-2024-ke-hoach-papi');
    expect(layout.typeLine).toBe('KẾ HOẠCH');
    expect(`Kế hoạch ${layout.titleLines.join(' ').replace(/ {2,}/g, ' ')}`).toBe(fm.title_vi);
    expect(layout.recipients).toEqual(texts(fm.recipients));
    expect(layout.signer).toEqual(fm.signer);
    expect(layout.body).toEqual([
      { type: 'paragraph', text: 'Thực hiện Kế hoạch số 1042/KH-UBND ngày 28/8/2019 của UBND thị xã' },
    ]);
  });

  it('seed 002 (district plan): recipients with "(b/c)", the authority written ỦY', () => {
    const layout = readLayout(
      lines(
        'xem xét, kịp thời chỉ đạo giải quyết./. ',
        'Nơi nhận: ',
        '- Sở Nội vụ (b/c); ',
        '- TT Huyện ủy (b/c); ',
        '- TT HĐND huyện (b/c); ',
        '- TT UBMTTQVN huyện;  ',
        '- CT, các PCT UBND huyện; ',
        '- Các cơ quan, đơn vị thuộc UBND huyện; ',
        '- UBND các xã, thị trấn; ',
        '- CVP, PVP, CVThùy;  ',
        '- Lưu: VT. ',
        `TM. ỦY BAN NHÂN DÂN${' '.repeat(72)}`,
        'CHỦ TỊCH ',
        ' ',
        'Lê Đức Thịnh ',
      ),
    );
    const fm = committed('quang-tri', 'huyen-2023-ke-hoach-trien-khai-165');
    expect(layout.recipients).toEqual(texts(fm.recipients));
    expect(layout.signer).toEqual(fm.signer);
  });

  it('seed 004 (provincial plan): "+" sub-items, "KT.CHỦ TỊCH" without a space, no name', () => {
    const layout = readLayout(
      lines(
        ' KẾ HOẠCH ',
        'Cải thiện, nâng cao chỉ số Hiệu quả quản trị và hành chính công (PAPI) ',
        ' tỉnh Bắc Giang năm 2021 và những năm tiếp theo ',
        ' ',
        'Ngày 14/4/2021, Trung tâm Nghiên cứu phát triển và Hỗ trợ cộng đồng ',
        'vụ) để kịp thời giải quyết./. ',
        '  ',
        ' Nơi nhận: ',
        '- TT TU, TT HĐND tỉnh; ',
        '- CT, các PCT UBND tỉnh; ',
        '- Ủy ban MTTQ và các tổ chức CTXH tỉnh; ',
        '- Các sở, cơ quan thuộc UBND tỉnh; ',
        '- UBND cấp huyện; ',
        '- UBND cấp xã; ',
        '- Báo Bắc Giang; ',
        '- Đài PTTH tỉnh;  ',
        '- VP UBND tỉnh: ',
        '+ LĐVP, TH; ',
        '+ Cổng TTĐT tỉnh; ',
        '+ Lưu: VT, NC. ',
        ' ',
        'KT.CHỦ TỊCH ',
        'PHÓ CHỦ TỊCH ',
      ),
    );
    const fm = committed('bac-ninh', 'bg-2021-ke-hoach-papi');
    expect(`Kế hoạch ${layout.titleLines.join(' ')}`).toBe(fm.title_vi);
    expect(layout.recipients).toEqual(texts(fm.recipients));
    expect(layout.signer).toEqual(fm.signer);
  });
});
