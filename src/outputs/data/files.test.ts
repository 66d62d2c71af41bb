import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../base/dataset.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import { csvCell, jsonFile, toCsv, toJson } from './files.ts';

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

describe('one escaping per file format', () => {
  const nasty = 'A\u0001\u000B\uFFFE\uD800 x\ry\r\nz\nw ; , \\ < & " end';
  it('csvCell quotes commas, quotes and line breaks, and a spreadsheet reads the text back', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('\tx')).toBe(`'\tx`);
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(-1.5)).toBe('-1.5');
    // Half a surrogate pair cannot be written in UTF-8 at all (content refuses it when read).
    const whole = nasty.replace('\uD800', '');
    const csv = toCsv({ ...dataset, rows: [{ ten: whole, diem: 1 }] });
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual([{ ten: whole, diem: '1' }]);
  });
  it('jsonFile keeps any text valid JSON, half surrogate pairs included', () => {
    const text = jsonFile({ ten: nasty });
    expect(text.endsWith('}\n')).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F]|[\uD800-\uDFFF]/);
    expect(JSON.parse(text)).toEqual({ ten: nasty });
    const file = JSON.parse(
      toJson(
        { ...dataset, rows: [{ ten: nasty, diem: 1 }] },
        { url: 'https://x.example.org', licence: { id: 'L', url: 'https://l' } },
      ),
    );
    expect(file.rows[0].ten).toBe(nasty);
  });
});
