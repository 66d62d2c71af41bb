import { describe, expect, it } from 'vitest';
import { contactChannelsSchema, publicPhone } from './schema.ts';
import { channelsView, formatPhone, mailtoHref, nationalDigits, officePhoneView, telHref } from './show.ts';
import { expectedFor } from '../content/error-map.ts';

describe('phone numbers', () => {
  it('dials a landline with the country code and shows it grouped as Vietnamese write it', () => {
    expect(telHref('0233 3852 111')).toBe('tel:+842333852111');
    expect(telHref('(0233) 3.852.111')).toBe('tel:+842333852111');
    expect(telHref('+84 233 3852 111')).toBe('tel:+842333852111');
    expect(formatPhone('+84 233 3852 111')).toBe('0233 3852 111');
    expect(formatPhone('0233.3852.111')).toBe('0233 3852 111');
    expect(formatPhone('02438251234')).toBe('024 3825 1234');
    expect(nationalDigits('(+84) 28 3829 1234')).toBe('02838291234');
  });
  it('keeps 1800/1900 and short numbers as dialled inside Viet Nam', () => {
    expect(telHref('1800 1096')).toBe('tel:18001096');
    expect(formatPhone('18001096')).toBe('1800 1096');
    expect(formatPhone('1900636555')).toBe('1900 636 555');
    expect(telHref('1022')).toBe('tel:1022');
    expect(formatPhone('113')).toBe('113');
  });
});

describe('publicPhone', () => {
  it('takes landlines and hotlines of public bodies', () => {
    for (const n of ['0233 3852 111', '024 3825 1234', '1800 1096', '1022', '+84 233 3852 111'])
      expect(publicPhone.safeParse(n).success).toBe(true);
  });
  it('takes a short number written bare in YAML, which reads it as a number', () => {
    expect(publicPhone.parse(1022)).toBe('1022');
    // "02333852111" written bare loses its 0 in YAML: refused, with what was expected.
    expect(publicPhone.safeParse(2333852111).success).toBe(false);
  });
  it('refuses what is not a public number, in both languages', () => {
    const result = publicPhone.safeParse('3852111');
    expect(result.success).toBe(false);
    const expected = expectedFor(result.error!.issues[0]!);
    expect(expected.vi).toContain('số máy bàn của cơ quan');
    expect(expected.en).toContain('an office landline');
  });
  it('leaves a personal mobile to the personal-data rule, which reports it once with the number masked', () => {
    // The content scan refuses it everywhere (personal-data.ts); a second report here would repeat it.
    expect(publicPhone.safeParse('0912 345 678').success).toBe(true);
  });
});

describe('contactChannelsSchema', () => {
  it('reads a missing field as not published', () => {
    expect(contactChannelsSchema.parse({})).toEqual({
      sample: false,
      address: null,
      phone: null,
      hotline: null,
      email: null,
      reception_days: null,
      feedback_url: null,
      zalo_url: null,
    });
  });
  it('takes a Zalo Official Account only on zalo.me, and the feedback system only over https', () => {
    expect(contactChannelsSchema.safeParse({ zalo_url: 'https://zalo.me/4012345678' }).success).toBe(true);
    const zalo = contactChannelsSchema.safeParse({ zalo_url: 'https://example.org/zalo' });
    expect(expectedFor(zalo.error!.issues[0]!).vi).toContain('Zalo Official Account');
    const feedback = contactChannelsSchema.safeParse({ feedback_url: 'http://phananh.example.vn' });
    expect(zalo.error!.issues[0]!.path).toEqual(['zalo_url']);
    expect(expectedFor(feedback.error!.issues[0]!).en).toContain('https://');
  });
  it('refuses an email without @, naming the field', () => {
    const result = contactChannelsSchema.safeParse({ email: 'ubnd.example.vn' });
    expect(result.error!.issues[0]!.path).toEqual(['email']);
    expect(expectedFor(result.error!.issues[0]!).vi).toContain('thư điện tử');
  });
});

describe('channelsView', () => {
  const real = contactChannelsSchema.parse({
    address: 'Số 1 Lê Duẩn',
    phone: '0233 3852 111',
    hotline: '1800 1096',
    email: 'vanphong@quangtri.gov.vn',
  });
  it('shows real channels with links', () => {
    const view = channelsView(real, { emailSubject: 'Góp ý về cổng' });
    expect(view.published).toBe(true);
    expect(view.phone).toEqual({ text: '0233 3852 111', href: 'tel:+842333852111' });
    expect(view.hotline).toEqual({ text: '1800 1096', href: 'tel:18001096' });
    expect(view.email?.href).toBe(
      'mailto:vanphong@quangtri.gov.vn?subject=G%C3%B3p%20%C3%BD%20v%E1%BB%81%20c%E1%BB%95ng',
    );
  });
  it('says nothing is published when every field is null', () => {
    const view = channelsView(contactChannelsSchema.parse({}));
    expect(view.published).toBe(false);
    expect(view.sample).toBe(false);
  });
  it('gives no digit, address or link of illustrative channels', () => {
    for (const view of [channelsView({ ...real, sample: true }), channelsView(real, { sample: true })]) {
      expect(view.sample).toBe(true);
      expect(JSON.stringify(view)).not.toMatch(/\d{3}|tel:|mailto:|Lê Duẩn/);
    }
    // Nothing filled in an illustrative file: not published, said as such.
    expect(channelsView(contactChannelsSchema.parse({}), { sample: true })).toMatchObject({
      sample: false,
      published: false,
    });
    expect(officePhoneView('0233 3852 111', true)).toBeNull();
    expect(officePhoneView(null, false)).toBeNull();
    expect(officePhoneView('0233 3852 111', false)?.href).toBe('tel:+842333852111');
  });
});

describe('mailtoHref', () => {
  it('encodes the subject and body, line breaks as CRLF', () => {
    expect(mailtoHref('a@b.vn', 'Góp ý & hỏi', 'Dòng 1\nDòng 2')).toBe(
      'mailto:a@b.vn?subject=G%C3%B3p%20%C3%BD%20%26%20h%E1%BB%8Fi&body=D%C3%B2ng%201%0D%0AD%C3%B2ng%202',
    );
  });
});
