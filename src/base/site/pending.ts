/**
 * What only the province can fill in site.yaml and has not yet: the portal's public address,
 * the publisher's contact, the hotline, the data licence. Such a field is null ("to be filled"),
 * never a made-up value: pages say once that it has not been published, and the build and
 * `npm run validate` list these fields plainly, so that nobody publishes a placeholder as real.
 */
import type { SiteConfig } from './schema.ts';

export interface PendingField {
  /** The field in site.yaml, e.g. "contact.email". */
  field: string;
  /** What it is and what stays missing while it is empty. */
  vi: string;
  en: string;
}

export function pendingFields(site: SiteConfig): PendingField[] {
  const pending: PendingField[] = [];
  const add = (field: string, vi: string, en: string) => pending.push({ field, vi, en });
  if (site.site_url === null)
    add(
      'site_url',
      'địa chỉ công khai của cổng (tên miền): chưa có sitemap, mã QR trên bảng niêm yết, mã nhúng và liên kết đầy đủ trong nguồn tin, lịch',
      "the portal's public address (domain): no sitemap, no QR codes on notice sheets, no embed codes and no full links in feeds and the calendar",
    );
  if (site.contact.agency === null)
    add(
      'contact.agency',
      'cơ quan công bố cổng (chân trang ghi cổng chưa công bố cách liên hệ)',
      'the publishing agency (the footer says the portal has not published how to reach it)',
    );
  if (site.contact.address === null) add('contact.address', 'địa chỉ liên hệ', 'the contact address');
  if (site.contact.email === null) add('contact.email', 'thư điện tử liên hệ', 'the contact email');
  if (site.contact.phone === null)
    add('contact.phone', 'điện thoại liên hệ (số cơ quan)', 'the contact phone (an office number)');
  if (site.contact.hotline === null) add('contact.hotline', 'đường dây nóng', 'the hotline');
  if (site.data_licence === null)
    add(
      'data_licence',
      'giấy phép dữ liệu (trang và tệp tải về ghi "chưa công bố giấy phép")',
      'the data licence (pages and downloads say no licence has been stated)',
    );
  return pending;
}

/** The lines the build and `npm run validate` print, or none when nothing is left to fill. */
export function pendingReport(site: SiteConfig, file = 'site.yaml'): string[] {
  const pending = pendingFields(site);
  if (!pending.length) return [];
  return [
    `! ${file}: ${pending.length} mục cần tỉnh điền (đang để null) / ${pending.length} fields for the province to fill (null for now):`,
    ...pending.map((p) => `  - ${p.field}: ${p.vi} / ${p.en}`),
  ];
}
