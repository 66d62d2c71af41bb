/**
 * What a page shows of a body's contact channels: numbers in the way Vietnamese write them
 * ("0233 3852 111", "024 3825 1234", "1800 1096") with a `tel:` address a phone can dial,
 * e-mail as `mailto:` with a subject and body already filled in. Illustrative channels
 * (`sample`) give no number, address or link at all: nothing made up can be dialled or
 * written to.
 */
import type { ContactChannels } from './schema.ts';

/** Area codes of two digits after the 0 (Hà Nội, Thành phố Hồ Chí Minh); every other is three. */
const TWO_DIGIT_AREAS = new Set(['24', '28']);

/** The number as a national string of digits: "+84 233 3852 111" and "(0233) 3852.111" both give "02333852111". */
export function nationalDigits(written: string): string {
  const digits = written.replace(/\D/g, '');
  // After the country code the trunk 0 is dropped: "+84 233 3852 111" is "0233 3852 111".
  return /^\s*\(?\+84/.test(written) ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
}

/** The `tel:` address: a landline with the country code (dials from any SIM, in or out of Viet Nam); 1800/1900 and short numbers as they are, which only work inside. */
export function telHref(written: string): string {
  const national = nationalDigits(written);
  return national.startsWith('0') ? `tel:+84${national.slice(1)}` : `tel:${national}`;
}

/** The number grouped as Vietnamese write it: "0233 3852 111", "024 3825 1234", "1900 636 555", "1022". */
export function formatPhone(written: string): string {
  const d = nationalDigits(written);
  if (d.startsWith('0')) {
    const area = TWO_DIGIT_AREAS.has(d.slice(1, 3)) ? d.slice(0, 3) : d.slice(0, 4);
    const local = d.slice(area.length);
    return `${area} ${local.slice(0, 4)} ${local.slice(4)}`;
  }
  if (/^1[89]00/.test(d)) {
    const rest = d.slice(4);
    return rest.length === 6 ? `${d.slice(0, 4)} ${rest.slice(0, 3)} ${rest.slice(3)}` : `${d.slice(0, 4)} ${rest}`;
  }
  return d;
}

/** A `mailto:` address with its subject and body, encoded so that Vietnamese letters and line breaks survive. */
export function mailtoHref(email: string, subject: string, body?: string): string {
  const query = [`subject=${encodeURIComponent(subject)}`];
  if (body) query.push(`body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${email}?${query.join('&')}`;
}

export interface PhoneView {
  /** As shown: "0233 3852 111". */
  text: string;
  href: string;
}

export interface ChannelsView {
  /** Illustrative data: nothing below is filled; the page says the data is illustrative. */
  sample: boolean;
  /** Whether anything at all is published; false: the page says so once, and where else to go. */
  published: boolean;
  address: string | null;
  phone: PhoneView | null;
  hotline: PhoneView | null;
  email: { text: string; href: string } | null;
  receptionDays: string | null;
  feedbackUrl: string | null;
  zaloUrl: string | null;
}

const phoneView = (written: string | null): PhoneView | null =>
  written === null ? null : { text: formatPhone(written), href: telHref(written) };

/**
 * What to show of a body's channels. `sample`: the file the channels come from is
 * illustrative as a whole (a commune disclosure with `sample: true`), whatever the channels say.
 */
export function channelsView(
  channels: ContactChannels,
  options: { sample?: boolean; emailSubject?: string } = {},
): ChannelsView {
  const view: ChannelsView = {
    sample: false,
    published: false,
    address: channels.address,
    phone: phoneView(channels.phone),
    hotline: phoneView(channels.hotline),
    email: channels.email
      ? {
          text: channels.email,
          href: options.emailSubject ? mailtoHref(channels.email, options.emailSubject) : `mailto:${channels.email}`,
        }
      : null,
    receptionDays: channels.reception_days,
    feedbackUrl: channels.feedback_url,
    zaloUrl: channels.zalo_url,
  };
  view.published = [
    view.address,
    view.phone,
    view.hotline,
    view.email,
    view.receptionDays,
    view.feedbackUrl,
    view.zaloUrl,
  ].some((v) => v !== null);
  // Illustrative entries are withheld, every one; with none filled in, nothing is published.
  if (view.published && (channels.sample || options.sample)) {
    return {
      sample: true,
      published: false,
      address: null,
      phone: null,
      hotline: null,
      email: null,
      receptionDays: null,
      feedbackUrl: null,
      zaloUrl: null,
    };
  }
  return view;
}

/** An office phone of a schedule or consultation: shown and dialled when real; nothing when illustrative or not published. */
export function officePhoneView(written: string | null, sample: boolean): PhoneView | null {
  return sample ? null : phoneView(written);
}

/** A phone as written into downloads, feeds and calendars: grouped, or null when illustrative or not published. */
export function shownPhone(written: string | null, sample: boolean): string | null {
  return sample || written === null ? null : formatPhone(written);
}
