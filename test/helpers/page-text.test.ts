/**
 * The checks of plain words (page-text.ts) catch what they are for, on HTML as the portal wrote
 * it before it was fixed, and leave alone what is right.
 */
import { describe, expect, it } from 'vitest';
import { filePaths, foreignWords, groupedYears, idLinks, pageText, placeholderDomains } from './page-text.ts';

const page = (body: string, lang = 'vi') =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>Trang</title><style>.a{}</style></head><body>${body}</body></html>`;

describe('years written like amounts', () => {
  // A contributions table as the portal wrote it before years had their own column type.
  const before = page(
    `<table data-dataset="dong-gop-tu-nguyen"><caption>Đóng góp</caption><thead><tr>
      <th scope="col" data-type="text" data-key="xa">Xã, phường</th>
      <th scope="col" class="num" data-type="integer" data-key="nam">Năm</th>
      <th scope="col" class="num" data-type="integer" data-key="huy_dong">Huy động</th></tr></thead>
      <tbody><tr><th scope="row">Phường Đông Hà</th><td class="num" data-value="2024">2.024</td>
      <td class="num" data-value="2027">2.027</td></tr></tbody></table>`,
  );

  it('finds a year with a thousands dot in a column of years (as the pages were)', () => {
    expect(groupedYears(before)).toEqual(['"2.024" in the column "Năm"']);
  });

  it('leaves an amount that looks like a year alone (2.027 million đồng is an amount)', () => {
    expect(groupedYears(before.replace('2.024', '2024'))).toEqual([]);
  });

  it('finds a column of years by its type, and an English page’s comma', () => {
    const html = page(
      `<table><thead><tr><th data-type="year" data-key="ky">Kỳ</th></tr></thead><tbody><tr><td>2,025</td></tr></tbody></table>`,
      'en',
    );
    expect(groupedYears(html)).toHaveLength(1);
  });

  it('finds years in running text and ranges, not amounts', () => {
    expect(groupedYears(page('<p>Dự toán năm 2.025 đã công khai.</p>'))).toHaveLength(1);
    expect(groupedYears(page('<p>Giai đoạn 2.021–2.025</p>'))).toHaveLength(1);
    expect(groupedYears(page('<p>Tổng thu 2.025 triệu đồng; năm 2025.</p>'))).toEqual([]);
  });
});

describe('ids and file paths', () => {
  it('finds a link that reads as an id, whole or inside its words', () => {
    const text = pageText(
      page(
        `<a href="/nhiem-vu/pxqt2024-ii-1-1/">Chi tiết nhiệm vụ<span class="visually-hidden"> pxqt2024-ii-1-1</span></a>
         <a href="/don-vi/xa-cam-lo/">xa-cam-lo</a>
         <a href="/papi/noi-dung/2/">2. Transparency in local decision-making</a>
         <a href="/don-vi/xa-cam-lo/">Xã Cam Lộ</a>`,
      ),
    );
    expect(idLinks(text)).toEqual([
      'link to /nhiem-vu/pxqt2024-ii-1-1/ reads "Chi tiết nhiệm vụ pxqt2024-ii-1-1"',
      'link to /don-vi/xa-cam-lo/ reads "xa-cam-lo"',
    ]);
  });

  it('finds a content file named to readers', () => {
    const text = pageText(page('<p>Nguồn: Dữ liệu minh họa (content/&lt;tỉnh&gt;/disclosures/SOURCE.md).</p>'));
    expect(filePaths(text)).toHaveLength(1);
    expect(filePaths(pageText(page('<p>Tải CSV · JSON</p>')))).toEqual([]);
  });
});

describe('English on a Vietnamese page', () => {
  it('finds English words, not Vietnamese written without marks nor allowed names', () => {
    const text = pageText(
      page(
        `<p>Tình trạng (open/closed/upcoming)</p><p>Kiểu: integer</p>
         <p>Gõ không dấu: ho ngheo, ngan hang. Tải CSV, JSON, Atom; số liệu PAPI của UNDP.</p>`,
      ),
    );
    expect(foreignWords(text).map((p) => p.split('"')[1])).toEqual(['open', 'closed', 'upcoming', 'integer']);
  });

  it('leaves out text marked as another language, code, scripts and addresses', () => {
    const text = pageText(
      page(
        `<p lang="en">Open for comment</p><code>vi_tri_1</code><script>const open = 1;</script>
         <textarea>&lt;iframe src="x"&gt;</textarea><p>Xem /cong-khai/bang-gia-dat/ và https://papi.org.vn/.</p>`,
      ),
    );
    expect(foreignWords(text)).toEqual([]);
  });

  it('finds placeholder domains in words and links, not real addresses', () => {
    const text = pageText(
      page(
        `<p>Mã nhúng: https://quangtri.minhbach.example.org/nhung/x/</p><a href="http://localhost:4321/">trang</a>
         <p>Nguồn: https://papi.org.vn/ và thư ubnd@quangtri.gov.vn</p>`,
      ),
    );
    expect(placeholderDomains(text).map((p) => p.split('"')[1])).toEqual([
      'quangtri.minhbach.example.org',
      'localhost',
    ]);
  });
});
