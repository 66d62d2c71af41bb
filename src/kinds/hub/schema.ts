/**
 * The rows of the national tables the hub reads (content/national/admin-units/, written by
 * `npm run import-admin-units`): checked as they are read, like any content, so a damaged
 * table is a message naming its row, not a page that quietly lacks a commune.
 */
import { z } from 'astro/zod';
import { expect } from '../../base/content/error-map.ts';
import { id, isoDate, text } from '../../base/content/fields.ts';

const code = (digits: number, vi: string, en: string) =>
  z
    .string(expect(vi, en))
    .regex(new RegExp(`^\\d{${digits}}$`), expect(`${vi} gồm ${digits} chữ số`, `${en} of ${digits} digits`));
const provinceCode = code(2, 'mã tỉnh', 'a province code');
const districtCode = code(3, 'mã huyện', 'a district code');
const communeCode = code(5, 'mã xã', 'a commune code');
/** A cell that may be empty ("" in the CSV). */
const optional = z.string();

export const newProvinceRow = z.strictObject({ code: provinceCode, name_vi: text, division: text, slug: id });
export const oldProvinceRow = newProvinceRow.extend({ successor_code: provinceCode });
export const newCommuneRow = z.strictObject({
  code: communeCode,
  province_code: provinceCode,
  division: text,
  name_vi: text,
});
export const oldDistrictRow = z.strictObject({
  code: districtCode,
  province_code: provinceCode,
  division: text,
  name_vi: text,
  note: optional,
});
export const oldCommuneRow = z.strictObject({
  code: communeCode,
  district_code: districtCode,
  division: text,
  name_vi: text,
  name_en: optional,
  note: optional,
});
export const successionRow = z.strictObject({
  new_code: communeCode,
  old_commune_code: z.union([z.literal(''), communeCode]),
  old_district_code: districtCode,
  old_area: optional,
  type: z.enum(['full', 'partial'], expect('full hoặc partial', 'full or partial')),
  note: text,
  qa_flag: optional,
});
export const resolutionRow = z.strictObject({
  level: z.enum(
    ['province', 'province-unchanged', 'commune'],
    expect('province, province-unchanged hoặc commune', 'province, province-unchanged or commune'),
  ),
  province_code: z.union([z.literal(''), provinceCode]),
  number: text,
  date: isoDate,
  title: text,
});
