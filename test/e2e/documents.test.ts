/**
 * Each seed document has its page, with the metadata the seed states — and where a seed
 * does not state something, the page says "không ghi trong văn bản" instead of guessing.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const browser = useBrowser({ javaScript: false });
const NOT_STATED = 'không ghi trong văn bản';

/** What each seed says about itself (our copies lack the header with number and date). */
const SEEDS = [
  {
    site: 'quang-tri',
    id: 'qt-2021-cong-van-duy-tri-papi',
    number: NOT_STATED,
    date: NOT_STATED,
    issuer: 'Ủy ban nhân dân tỉnh Quảng Trị (đến 30/6/2025)',
    signer: ['CHỦ TỊCH', 'Võ Văn Hưng'],
    implements: '1682/QĐ-UBND',
    bodyExcerpt: 'xếp thứ 6/63, thuộc nhóm các tỉnh đạt điểm cao nhất',
  },
  {
    site: 'quang-tri',
    id: 'phuong-tx-quang-tri-2024-ke-hoach-papi',
    number: NOT_STATED,
    date: NOT_STATED,
    issuer: 'Ủy ban nhân dân một phường thuộc thị xã Quảng Trị',
    signer: ['TM. UỶ BAN NHÂN DÂN – CHỦ TỊCH', 'Lê Thanh Bình'],
    implements: '343/KH-UBND',
    bodyExcerpt: 'phấn đấu xây dựng 05 tuyến đường',
  },
  {
    site: 'quang-tri',
    id: 'huyen-2023-ke-hoach-trien-khai-165',
    number: NOT_STATED,
    date: NOT_STATED,
    issuer: 'Ủy ban nhân dân một huyện thuộc tỉnh Quảng Trị',
    signer: ['TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH', 'Lê Đức Thịnh'],
    implements: '165/KH-UBND',
    bodyExcerpt: 'Thực hiện đồng bộ 6 nhiệm vụ CCHC',
  },
  {
    site: 'quang-tri',
    id: 'qt-chi-thi-nang-cao-par-sipas-papi',
    number: NOT_STATED,
    date: NOT_STATED,
    issuer: 'Ủy ban nhân dân tỉnh Quảng Trị (đến 30/6/2025)',
    signer: [NOT_STATED, NOT_STATED],
    implements: '1982/QĐ-UBND',
    bodyExcerpt: 'Thực hiện cắt giảm 20-25% thời gian giải quyết thủ tục hành chính',
  },
  {
    site: 'bac-ninh',
    id: 'bg-2021-ke-hoach-papi',
    number: NOT_STATED,
    date: NOT_STATED,
    issuer: 'Ủy ban nhân dân tỉnh Bắc Giang',
    signer: ['KT.CHỦ TỊCH – PHÓ CHỦ TỊCH', NOT_STATED],
    implements: '645/QĐ-UBND',
    bodyExcerpt: 'Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007',
  },
] as const;

async function fact(page: import('playwright-core').Page, label: string): Promise<string> {
  const row = page.locator('.facts > div').filter({ has: page.locator('dt', { hasText: label }) });
  return ((await row.locator('dd').innerText()) ?? '').trim();
}

describe('seed documents', () => {
  for (const seed of SEEDS) {
    it(`${seed.id}: number, date, signer and issuer match the seed`, async () => {
      const page = await browser.open(seed.site, `/van-ban/${seed.id}/`);
      expect(await fact(page, 'Số hiệu')).toBe(seed.number);
      expect(await fact(page, 'Ngày ban hành')).toBe(seed.date);
      expect(await fact(page, 'Cơ quan ban hành')).toBe(seed.issuer);
      expect((await fact(page, 'Người ký')).split('\n')).toEqual(seed.signer);
      expect(await fact(page, 'Thực hiện văn bản')).toContain(seed.implements);
      expect(await page.locator('.document-body').innerText()).toContain(seed.bodyExcerpt);
    });
  }

  it('a number split over two PDF lines is one number again', async () => {
    const page = await browser.open('bac-ninh', '/van-ban/bg-2021-ke-hoach-papi/');
    const body = await page.locator('.document-body').innerText();
    expect(body).toContain('34/2007/PL-UBTVQH11');
    expect(body).not.toMatch(/PL-\s+UBTVQH11/);
  });

  it('the issuer links to its unit page, which lists the document', async () => {
    const page = await browser.open('quang-tri', '/van-ban/qt-2021-cong-van-duy-tri-papi/');
    await page.locator('.facts').getByRole('link', { name: 'Ủy ban nhân dân tỉnh Quảng Trị (đến 30/6/2025)' }).click();
    await page.waitForURL(/\/don-vi\/ubnd-tinh-quang-tri-cu\/$/);
    expect(await page.locator('section[aria-labelledby="issued"]').innerText()).toContain(
      'Công văn của Ủy ban nhân dân tỉnh Quảng Trị',
    );
  });

  it('the English page says the text stays in Vietnamese', async () => {
    const page = await browser.open('quang-tri', '/en/van-ban/phuong-tx-quang-tri-2024-ke-hoach-papi/');
    expect(await page.locator('main').innerText()).toContain('The document is published in Vietnamese, as issued.');
    expect(await fact(page, 'Number')).toBe('not stated in the document');
    expect(await page.locator('.document-body').getAttribute('lang')).toBe('vi');
  });
});
