/** The instance's configuration: which province this portal serves and how to reach its publisher. */
import { z } from 'astro/zod';
import { expect } from '../content/error-map.ts';
import { id, isoDate, safeWebAddress, text } from '../content/fields.ts';
import { contactChannelsSchema } from '../contact/schema.ts';

const bilingual = z.strictObject({
  /** Vietnamese, as shown on the Vietnamese pages. */
  vi: text,
  /** English, as shown on the English pages. */
  en: text,
});

export const siteSchema = z.strictObject({
  /** Short id of the instance, e.g. "quang-tri"; used in file names of downloads. */
  id,
  /** Unit id of the province this instance serves (a 2025 province in units/). */
  province: id,
  /** The province's name, e.g. { vi: "Tỉnh Quảng Trị", en: "Quang Tri Province" }. */
  name: bilingual,
  /** The portal's name in the header and page titles. */
  portal_name: bilingual,
  /**
   * Public base address where the portal is served, for canonical links, feeds, the sitemap,
   * QR codes and embed codes. null: to be filled (the province has not given it yet); the site
   * is then built with addresses relative to itself, and nothing that needs the full address
   * (sitemap, QR codes, embed codes) pretends to have one. See pending.ts.
   */
  site_url: safeWebAddress('https://minhbach.example.vn').nullable(),
  /**
   * Whether this build is a demonstration rather than the province's published portal. A
   * demonstration says so on every page and printed sheet, and keeps site_url null; a build
   * for publication (false, the default) stops unless site_url is the real https address
   * (publication.ts).
   */
  demonstration: z.boolean(expect('true hoặc false', 'true or false')).default(false),
  /**
   * Who publishes this portal and how residents reach them: the same channels a commune
   * publishes (contact/schema.ts), and the agency's name. null where the publisher has not said
   * (to be filled): the footer then says once that it has not been published yet.
   */
  contact: contactChannelsSchema.extend({ agency: bilingual.nullable() }),
  /**
   * Where the comment form of an open consultation posts to (the province's own service that
   * receives and keeps comments). null: no form; residents are given the commune's e-mail or
   * its address instead. Its origin is allowed in the Content-Security-Policy's form-action.
   */
  feedback: z
    .strictObject({
      endpoint: safeWebAddress('https://gopy.quangtri.gov.vn/y-kien')
        .refine(
          (v) => /^https:\/\//i.test(v),
          expect(
            'một địa chỉ bắt đầu bằng https:// (góp ý của người dân chỉ được gửi qua kết nối mã hóa)',
            "an address starting with https:// (residents' comments are only sent over an encrypted connection)",
          ),
        )
        .nullable()
        .default(null),
    })
    .default({ endpoint: null }),
  /**
   * The licence of the data published here: the publisher's choice. null: to be filled; pages
   * and downloads then say that no licence has been stated (a dataset with its own, such as
   * PAPI's, still names it).
   */
  data_licence: z
    .strictObject({
      id: text,
      name: bilingual,
      /** A full address: it is written into the data catalogue and every JSON download, read away from the site. */
      url: safeWebAddress('https://creativecommons.org/licenses/by/4.0/'),
    })
    .nullable(),
  /**
   * Origins allowed to embed the portal's charts and tables in an iframe (the provincial
   * portal), e.g. ["https://quangtri.gov.vn"]. Used for the Content-Security-Policy.
   */
  embed_origins: z.array(safeWebAddress('https://quangtri.gov.vn')).default([]),
  /**
   * The date everything time-dependent is judged against (overdue, "new", deadlines).
   * null: the day of the build. The environment variable PORTAL_AS_OF overrides both.
   */
  as_of: isoDate.nullable(),
});

/**
 * The configuration as pages read it. `province` is null only in the national hub, which
 * serves no one province (hubSiteSchema).
 */
export type SiteConfig = Omit<InstanceSiteConfig, 'province'> & { province: string | null };

/** An instance's site.yaml as read: its province is always given. */
export type InstanceSiteConfig = z.output<typeof siteSchema>;

const httpsAddress = safeWebAddress('https://quangtri.minhbach.example.org').refine(
  (v) => v.startsWith('https://'),
  expect(
    'một địa chỉ bắt đầu bằng https:// (trang toàn quốc chạy trên https, trình duyệt chặn tải chỉ mục qua http)',
    'an address starting with https:// (the hub is served over https; browsers block fetching an index over http)',
  ),
);

/**
 * The national hub's site.yaml (content/hub/): the same fields as an instance's, without a
 * province, and the list of the provinces' portals. A site.yaml with `portals` is a hub's.
 */
export const hubSiteSchema = siteSchema.omit({ province: true }).extend({
  /**
   * Each province's portal, by its 2025 slug ("quang-tri") or code ("45"): the address it is
   * published at; null, or not listed: no portal yet, and the hub lists the province without a link.
   */
  portals: z.record(z.string(), httpsAddress.nullable()),
});

export type HubSiteConfig = z.output<typeof hubSiteSchema>;
