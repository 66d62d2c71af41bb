import { describe, expect, it } from 'vitest';
import { communeInfoProblems } from './info-rules.ts';
import { communeDisclosureSchema, type CommuneDisclosure } from './schema.ts';

const info = (over: Record<string, unknown>): CommuneDisclosure =>
  communeDisclosureSchema.parse({ sample: true, source: 'Dữ liệu minh họa', ...over });

const report = (year: number, published: string) => ({ year, document: 'Báo cáo', published, summary: 'Tóm tắt' });
const poor = (year: number) => ({
  year,
  decision: 'Quyết định',
  posted_from: '2025-11-20',
  posted_to: '2025-11-26',
  published: '2025-12-20',
});

describe('rules of a whole cong-khai.yaml', () => {
  it('accept one entry per year', () => {
    expect(
      communeInfoProblems(info({ anti_corruption_reports: [report(2024, '2024-12-10'), report(2025, '2025-12-10')] })),
    ).toEqual([]);
  });
  it('name a year listed twice in a yearly list', () => {
    const [p] = communeInfoProblems(info({ poor_households: [poor(2025), poor(2025)] }));
    expect(p).toMatchObject({ path: ['poor_households', 1, 'year'], found: '2025' });
    expect(p!.expected.vi).toContain('mục 1 đã là năm 2025');
  });
  it('name an anti-corruption report published before its year', () => {
    expect(communeInfoProblems(info({ anti_corruption_reports: [report(2025, '2024-12-10')] }))).toMatchObject([
      { path: ['anti_corruption_reports', 0, 'published'], found: '2024-12-10' },
    ]);
  });
  it("places each part's problems in the file", () => {
    const item = { id: 'a', purpose: 'Quỹ', mobilised: 1, spent: 1, unit: 'triệu đồng' };
    const contributions = [{ year: 2024, published: '2025-01-20', document: 'Báo cáo', items: [item, item] }];
    const reception = [
      {
        valid_from: '2025-07-01',
        valid_to: '2025-01-01',
        published: '2025-07-05',
        schedule: [
          {
            day: 'Thứ Năm',
            time: '7 giờ – 11 giờ',
            person_title: 'Chủ tịch',
            place: 'Trụ sở',
            office_phone: '0233 3000 101',
          },
        ],
      },
    ];
    expect(communeInfoProblems(info({ contributions, reception })).map((p) => p.path.join('.'))).toEqual([
      'contributions.0.items.1.id',
      'reception.0.valid_to',
    ]);
  });
});
