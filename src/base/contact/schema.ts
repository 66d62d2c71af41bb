/**
 * How residents reach a public body: the portal's publisher (contact in site.yaml) and each
 * commune (contact in cong-khai.yaml) share this one schema. Every field may be null: "not
 * published yet", never a made-up value; pages then say so once and point to where else to
 * go. Phone fields take only the numbers of public bodies (landlines, hotlines): a personal
 * mobile is refused everywhere in content by the personal-data rule, which reports it once
 * with the number masked, so this schema lets such a text through to that rule rather than
 * reporting it a second time.
 */
import { z } from 'astro/zod';
import { expect } from '../content/error-map.ts';
import { safeWebAddress, text } from '../content/fields.ts';
import { findPersonalData, isOfficePhone, officePhoneExpected } from '../content/personal-data.ts';

/**
 * An office landline with its area code, a 1800/1900 number or a short public number (113,
 * 1022). YAML reads a short number written bare (`hotline: 1022`) as a number: it is taken as
 * the text it was written as.
 */
export const publicPhone = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  text.refine(
    (v) => isOfficePhone(v) || findPersonalData(v).length > 0,
    expect(officePhoneExpected.vi, officePhoneExpected.en),
  ),
);

export const contactEmail = z.email(
  expect('một địa chỉ thư điện tử, ví dụ vanphong@quangtri.gov.vn', 'an email address, e.g. vanphong@quangtri.gov.vn'),
);

const httpsAddress = (example: string) =>
  safeWebAddress(example).refine(
    (v) => /^https:\/\//i.test(v),
    expect(`một địa chỉ bắt đầu bằng https://, ví dụ ${example}`, `an address starting with https://, e.g. ${example}`),
  );

/** A Zalo Official Account page: on zalo.me or oa.zalo.me, nowhere else. */
export const zaloAddress = httpsAddress('https://zalo.me/1234567890').refine(
  (v) => /^https:\/\/(?:oa\.)?zalo\.me\//i.test(v),
  expect(
    'địa chỉ trang Zalo Official Account của cơ quan, bắt đầu bằng https://zalo.me/ hoặc https://oa.zalo.me/',
    "the address of the body's Zalo Official Account, starting with https://zalo.me/ or https://oa.zalo.me/",
  ),
);

export const contactChannelsSchema = z.strictObject({
  /**
   * true: the entries are illustrative (dữ liệu minh họa). Pages then show no number, no
   * address to write to and no link: only that the data is illustrative.
   */
  sample: z.boolean(expect('true (dữ liệu minh họa) hoặc false', 'true (sample data) or false')).default(false),
  /** Postal address of the office: "Số 1 Lê Duẩn, phường Đông Hà, tỉnh Quảng Trị". */
  address: text.nullable().default(null),
  /** The office's landline, written as the office writes it: "0233 3852 111". */
  phone: publicPhone.nullable().default(null),
  /** The hotline for residents' reports (đường dây nóng). */
  hotline: publicPhone.nullable().default(null),
  email: contactEmail.nullable().default(null),
  /** When residents are received in person, in words: "Thứ Năm hằng tuần, 7 giờ 30 – 11 giờ". */
  reception_days: text.nullable().default(null),
  /** The province's system for residents' reports and petitions (hệ thống tiếp nhận phản ánh, kiến nghị). */
  feedback_url: httpsAddress('https://dichvucong.quangtri.gov.vn/phan-anh-kien-nghi').nullable().default(null),
  /** The body's Zalo Official Account. */
  zalo_url: zaloAddress.nullable().default(null),
});
export type ContactChannels = z.output<typeof contactChannelsSchema>;

/** Every channel null: what a commune without a `contact` entry has published. */
export const NO_CHANNELS: ContactChannels = contactChannelsSchema.parse({});
