import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../base/dataset.ts';
import { toCsv, toJson } from './files.ts';

const dataset: Dataset = {
  id: 'thu',
  title: { vi: 'Thử', en: 'Test' },
  description: { vi: 'Bảng thử', en: 'A test table' },
  columns: [
    { key: 'ten', label: { vi: 'Tên', en: 'Name' }, description: { vi: 'Tên', en: 'Name' }, type: 'text' },
    { key: 'diem', label: { vi: 'Điểm', en: 'Score' }, description: { vi: 'Điểm', en: 'Score' }, type: 'number' },
  ],
  rows: [
    { ten: 'Tỉnh "A", mới', diem: 44.7656 },
    { ten: 'Tỉnh B', diem: null },
  ],
  source: { vi: 'Nguồn', en: 'Source' },
  page: '/thu/',
  updated: '2025-01-01',
};

describe('dataset files', () => {
  it('writes CSV with a byte-order mark, quoting, full precision and empty cells for missing values', () => {
    const csv = toCsv(dataset);
    expect(csv.startsWith('\uFEFFten,diem\r\n')).toBe(true);
    expect(csv).toContain('"Tỉnh ""A"", mới",44.7656\r\n');
    expect(csv).toContain('Tỉnh B,\r\n');
  });
  it('marks every row of sample data as sample', () => {
    const csv = toCsv({ ...dataset, sample: true });
    expect(csv.startsWith('\uFEFFdu_lieu_minh_hoa,ten,diem\r\n')).toBe(true);
    expect(csv).toContain('\r\nDữ liệu minh họa (sample data),Tỉnh B,\r\n');
    expect(toCsv(dataset)).not.toContain('minh họa');
  });
  it('keeps text that looks like a formula as text, and negative numbers as numbers', () => {
    const csv = toCsv({
      ...dataset,
      rows: [
        { ten: '=HYPERLINK("https://x")', diem: -3 },
        { ten: '@SUM(A1)', diem: 1 },
        { ten: '-x', diem: 2 },
      ],
    });
    expect(csv).toContain(`"'=HYPERLINK(""https://x"")",-3\r\n`);
    expect(csv).toContain(`'@SUM(A1),1\r\n`);
    expect(csv).toContain(`'-x,2\r\n`);
  });
  it('writes JSON with the dictionary, licence and null for missing values', () => {
    const json = JSON.parse(
      toJson(dataset, { url: 'https://x.example.org', licence: { id: 'CC-BY-4.0', url: 'https://l' } }),
    );
    expect(json.rows[1].diem).toBeNull();
    expect(json.columns[1].type).toBe('number');
    expect(json.page).toBe('https://x.example.org/thu/');
    expect(json.licence.id).toBe('CC-BY-4.0');
  });
});
