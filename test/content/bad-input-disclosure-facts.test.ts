/**
 * Commune disclosures whose values are each well formed but do not agree with each other: more
 * households than persons, a village or a road listed twice, a row of prices with no price,
 * dates out of order, an id that names two pages. Each stops loading with exactly one problem at
 * the place where the wrong value was typed, in Vietnamese and English. Rules that are
 * judgements rather than impossibilities say "Điều này khó có thể đúng — kiểm tra lại" /
 * "this is unlikely to be right — check it". Same pattern as bad-input.test.ts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNLIKELY } from '../../src/kinds/disclosures/rules.ts';
import { corpus, problemsOf, replace, type CorpusCase } from '../helpers/corpus.ts';
import { copyFixture, editFile, writeFile } from '../helpers/fixture.ts';

const D = 'disclosures/xa-c';
const INFO = `${D}/cong-khai.yaml`;
const GOPY = `${D}/gop-y.yaml`;
const POOR = `${D}/ho-ngheo-2025.csv`;
const PRICES = `${D}/bang-gia-dat-2025.csv`;
const RECOVERY = `${D}/thu-hoi-dat.yaml`;
const BUDGET = `${D}/ngan-sach-2025.csv`;
const BUDGET_META = `${D}/ngan-sach-2025.yaml`;

const LE_DUAN = 'Từ cầu Đông Hà đến ngã tư Lê Lợi';
const JUDGEMENT = { vi: UNLIKELY.vi, en: UNLIKELY.en };

/** A second current commune, "xa-c-hoi", with a question: its place on the consultations page is "#xa-c-hoi-<id>". */
const communeWithQuestion = (id: string) => (dir: string) => {
  editFile(dir, 'units/admin.csv', (t) => `${t}xa-c-hoi,commune,xã,Xã C Hội,,,19003,tinh-moi,2025-07-01,,\n`);
  mkdirSync(join(dir, 'disclosures/xa-c-hoi'));
  writeFile(dir, 'disclosures/xa-c-hoi/cong-khai.yaml', 'sample: true\nsource: Dữ liệu minh họa\n');
  writeFile(
    dir,
    'disclosures/xa-c-hoi/gop-y.yaml',
    `questions:\n  - id: ${id}\n    asked: 2025-12-01\n    topic: Hạ tầng\n    question: Khi nào sửa đường?\n`,
  );
};

const CASES: CorpusCase[] = [
  // Poor households (ho-ngheo-<year>.csv)
  { name: 'more poor households than persons in a village', edit: replace(POOR, 'Khu phố 2,2,4,4,14,', 'Khu phố 2,5,4,4,14,'), issue: { file: POOR, field: 'poor_persons', row: 3, column: 'poor_persons', found: '4', vi: 'ít nhất 5 người thuộc hộ nghèo', en: 'every household has at least one person' } },
  { name: 'more near-poor households than persons in a village', edit: replace(POOR, 'Khu phố 3,7,20,3,10,', 'Khu phố 3,7,20,13,10,'), issue: { file: POOR, field: 'near_poor_persons', row: 4, column: 'near_poor_persons', found: '10', vi: 'ít nhất 13 người thuộc hộ cận nghèo', en: 'as the row has 13 near-poor households' } },
  { name: 'poor persons counted without a poor household', edit: replace(POOR, 'Khu phố 5,12,26,', 'Khu phố 5,0,26,'), issue: { file: POOR, field: 'poor_households', row: 6, column: 'poor_households', found: '0', vi: 'ít nhất 1 hộ nghèo', en: 'as the row has 26 persons in poor households' } },
  { name: 'a village listed twice', edit: replace(POOR, 'Khu phố 4,15,', 'Khu phố 2,15,'), issue: { file: POOR, field: 'village', row: 5, column: 'village', found: '"Khu phố 2"', vi: '"Khu phố 2" đã có ở hàng 3', en: 'one row per village' } },
  { name: 'a negative count (a check of the schema)', edit: replace(POOR, 'Khu phố 6,10,', 'Khu phố 6,-10,'), issue: { file: POOR, field: 'poor_households', row: 7, column: 'poor_households', vi: 'một số nguyên không âm', en: 'a whole number' } },
  { name: 'the poor-household review listed twice for one year', edit: replace(INFO, 'poor_households:\n', 'poor_households:\n  - year: 2025\n    decision: Quyết định công nhận hộ nghèo (bản khác)\n    posted_from: 2025-11-20\n    posted_to: 2025-11-26\n    published: 2025-12-20\n'), issue: { file: INFO, field: 'poor_households.1.year', line: 10, found: '2025', vi: 'mục 1 đã là năm 2025', en: 'one item per year' } },

  // Land prices (bang-gia-dat-<year>.csv): an empty cell is not published, never zero
  { name: 'a price row with nothing published', edit: replace(PRICES, 'Đường Trần Hưng Đạo,,Đất ở đô thị,11900,6500,4200,2600', 'Đường Trần Hưng Đạo,,Đất ở đô thị,,,,'), issue: { file: PRICES, field: 'position_1', row: 8, column: 'position_1', vi: 'giá của ít nhất một vị trí', en: 'a price for at least one position' } },
  { name: 'a position priced above the one before it (a judgement)', edit: replace(PRICES, '18400,10100,6400,4000', '18400,10100,6400,7000'), issue: { file: PRICES, field: 'position_4', row: 2, column: 'position_4', found: '7000', vi: `không cao hơn giá vị trí 3 (6400): vị trí 1 thuận lợi nhất, các vị trí sau kém thuận lợi hơn nên giá không cao hơn. ${JUDGEMENT.vi}`, en: JUDGEMENT.en } },
  { name: 'a segment from a point to itself', edit: replace(PRICES, LE_DUAN, 'Từ cầu Đông Hà đến cầu Đông Hà'), issue: { file: PRICES, field: 'segment', row: 2, column: 'segment', vi: 'bắt đầu và kết thúc cùng ở "cầu Đông Hà"', en: 'a segment from one point to another' } },
  { name: 'a road, segment and land type listed twice', edit: replace(PRICES, `"${LE_DUAN}","Đất thương mại, dịch vụ"`, `"${LE_DUAN}",Đất ở đô thị`), issue: { file: PRICES, field: 'land_type', row: 3, column: 'land_type', found: '"Đất ở đô thị"', vi: `hàng 2 đã có "Đường Lê Duẩn", "${LE_DUAN}", "Đất ở đô thị"`, en: 'one row per road or segment and land type' } },
  { name: 'a price table that applies only after its year', edit: replace(INFO, 'valid_from: 2025-01-01', 'valid_from: 2026-01-01'), issue: { file: INFO, field: 'land_prices.0.valid_from', line: 109, found: '2026-01-01', vi: 'không muộn hơn 2025-12-31', en: 'must apply from that year or earlier' } },

  // Land-use plans and land recovery
  { name: 'a land-use plan that ends before it starts', edit: replace(INFO, 'to_year: 2030', 'to_year: 2020'), issue: { file: INFO, field: 'land_use_plans.0.to_year', line: 84, found: '2020', vi: 'không sớm hơn from_year (2021)', en: 'not before from_year (2021)' } },
  { name: 'a yearly land-use plan over two years', edit: replace(INFO, '    from_year: 2025\n    to_year: 2025', '    from_year: 2025\n    to_year: 2026'), issue: { file: INFO, field: 'land_use_plans.1.to_year', line: 97, found: '2026', vi: 'kế hoạch sử dụng đất hằng năm (kind: yearly) chỉ cho một năm', en: 'covers one year' } },
  { name: 'a land-use plan id used twice', edit: replace(INFO, 'id: ke-hoach-2025', 'id: quy-hoach-2021-2030'), issue: { file: INFO, field: 'land_use_plans.1.id', line: 93, vi: 'một mã chưa dùng: quy hoạch, kế hoạch thứ 1', en: 'an id not used yet: plan 1' } },
  { name: 'a land recovery project id used twice: one page address for two projects', edit: (dir) => editFile(dir, RECOVERY, (t) => `${t}${t.slice(t.indexOf('- id:')).replace('(giai đoạn 1)', '(giai đoạn 2)')}`), issue: { file: RECOVERY, field: 'id', line: 27, found: '"mo-rong-duong-noi-thi"', vi: 'mỗi dự án có trang riêng theo mã', en: 'each project has its own page named by its id' } },
  { name: 'compensation for a land type the project does not recover', edit: replace(RECOVERY, '    - land_type: Đất trồng cây hằng năm', '    - land_type: Đất trồng lúa'), issue: { file: RECOVERY, field: 'compensation.1.land_type', line: 15, found: '"Đất trồng lúa"', vi: 'một loại đất bị thu hồi của dự án', en: 'compensation is for recovered land' } },

  // Consultations and questions (gop-y.yaml): ids are places on one page
  { name: 'a question id used twice', edit: replace(GOPY, 'id: hoi-den-duong', 'id: hoi-danh-sach-ho-ngheo'), issue: { file: GOPY, field: 'questions.2.id', line: 32, vi: 'câu hỏi thứ 2 (questions) đã có mã này', en: "the id is the item's address on the consultations page" } },
  { name: 'a question with the id of a consultation', edit: replace(GOPY, 'id: hoi-thoi-gian-chi-tra-boi-thuong', 'id: du-thao-ke-hoach-su-dung-dat-2026'), issue: { file: GOPY, field: 'questions.0.id', line: 18, vi: 'đợt lấy ý kiến thứ 1 (consultations) đã có mã này', en: 'consultation 1 (consultations) has it' } },
  { name: 'two communes whose items would share a place on the consultations page', edit: communeWithQuestion('den-duong'), issue: { file: 'disclosures/xa-c-hoi/gop-y.yaml', field: 'questions.0.id', line: 2, found: '"den-duong"', vi: 'mục này có địa chỉ "#xa-c-hoi-den-duong"', en: 'the same as item "hoi-den-duong" of commune "xa-c"' } },
  { name: 'replies published when no comment was received', edit: replace(GOPY, '    result: null', '    result:\n      published: 2026-01-15\n      comments_received: 0\n      summary: Không nhận được ý kiến.\n      replies:\n        - comment: Đề nghị mở rộng đường.\n          reply: Tiếp thu.'), issue: { file: GOPY, field: 'consultations.0.result.comments_received', line: 18, found: '0', vi: 'kết quả có 1 ý kiến được trả lời', en: 'at least 1' } },
  { name: 'a consultation closing before it opens (a check of the schema)', edit: replace(GOPY, 'closes: 2026-01-09', 'closes: 2025-12-01'), issue: { file: GOPY, field: 'consultations.0.closes', line: 11, vi: 'ngày đóng không sớm hơn ngày mở', en: 'a closing date not before the opening date' } },
  { name: 'an answer dated before the question (a check of the schema)', edit: replace(GOPY, 'answered: 2025-08-14', 'answered: 2025-08-01'), issue: { file: GOPY, field: 'questions.0.answered', line: 22, vi: 'ngày trả lời không sớm hơn ngày hỏi', en: 'an answer date not before the question date' } },

  // Reception schedule and hotlines
  { name: 'a reception schedule ending before it starts', edit: replace(INFO, '    valid_to: null', '    valid_to: 2025-06-30'), issue: { file: INFO, field: 'reception.0.valid_to', line: 54, found: '2025-06-30', vi: 'không sớm hơn valid_from (2025-07-01)', en: 'a schedule ends after it starts' } },
  { name: 'a reception time ending before it starts', edit: replace(INFO, 'time: 13 giờ 30 – 16 giờ 30', 'time: 13 giờ 30 – 11 giờ 30'), issue: { file: INFO, field: 'reception.0.schedule.1.time', line: 63, found: '"13 giờ 30 – 11 giờ 30"', vi: 'giờ kết thúc sau giờ bắt đầu', en: 'an end time after the start time' } },
  { name: 'an official listed twice for one day and time', edit: replace(INFO, 'day: Ngày 10 và 25 hằng tháng\n        time: 13 giờ 30 – 16 giờ 30\n        person_title: Phó Chủ tịch UBND phường', 'day: Thứ Năm hằng tuần\n        time: 7 giờ 30 – 11 giờ 00\n        person_title: Chủ tịch UBND phường'), issue: { file: INFO, field: 'reception.0.schedule.1.person_title', line: 64, vi: 'mục 1 của lịch này đã ghi "Chủ tịch UBND phường"', en: 'another official, or another day or time' } },
  { name: 'a hotline listed twice', edit: replace(INFO, 'name: Tổng đài dịch vụ công quốc gia', 'name: Văn phòng HĐND và UBND phường (số minh họa)'), issue: { file: INFO, field: 'hotlines.1.name', line: 71, vi: 'mục 1 đã có tên này', en: 'a hotline not yet listed' } },

  // Budget (ngan-sach-<year>.yaml and .csv)
  { name: 'an execution report published before its year began', edit: replace(BUDGET_META, 'published: 2025-04-10', 'published: 2024-12-10'), issue: { file: BUDGET_META, field: 'stages.exec_3m.published', line: 16, found: '2024-12-10', vi: 'từ 2025-01-01 trở đi', en: 'exists only once 2025 has begun' } },
  { name: 'execution periods published out of turn (a judgement)', edit: replace(BUDGET_META, 'published: 2025-07-10', 'published: 2025-11-10'), issue: { file: BUDGET_META, field: 'stages.exec_9m.published', line: 26, found: '2025-10-10', vi: `không sớm hơn ngày công bố thực hiện 6 tháng (2025-11-10): các kỳ được công bố lần lượt. ${JUDGEMENT.vi}`, en: JUDGEMENT.en } },
  { name: 'a budget line code used twice (a check of the table)', edit: replace(BUDGET, 'B.II.6,B.II,', 'B.II.5,B.II,'), issue: { file: BUDGET, field: 'code', row: 19, column: 'code', found: '"B.II.5"', vi: 'một mã dòng chưa dùng (đã có ở hàng 18)', en: 'row 18 has it' } },
  { name: 'child lines adding up to more than their parent (a check of the table)', edit: replace(BUDGET, 'A.I.4,A.I,Thu khác ngân sách,412,', 'A.I.4,A.I,Thu khác ngân sách,912,'), issue: { file: BUDGET, field: 'estimate', row: 3, column: 'estimate', found: '22606', vi: 'bằng tổng các dòng con A.I.1 + A.I.2 + A.I.3 + A.I.4 = 23106', en: 'off by -500 triệu đồng' } },

  // Contributions, investment, anti-corruption reports (cong-khai.yaml)
  { name: 'more of a contribution spent than mobilised (a judgement)', edit: replace(INFO, 'mobilised: 181\n        spent: 128', 'mobilised: 181\n        spent: 228'), issue: { file: INFO, field: 'contributions.0.items.1.spent', line: 23, found: '228', vi: `không lớn hơn số đã huy động (181 triệu đồng)`, en: JUDGEMENT.en } },
  { name: 'a contribution id used twice in one year', edit: replace(INFO, 'id: quy-khuyen-hoc', 'id: be-tong-duong-thon'), issue: { file: INFO, field: 'contributions.0.items.1.id', line: 20, vi: 'khoản thứ 1 ("Bê tông hóa đường khu phố 2") đã có mã này', en: 'an id not used yet in 2024' } },
  { name: 'contributions of a year reported before the year began', edit: replace(INFO, 'published: 2025-01-20\n    document: Báo cáo kết quả', 'published: 2023-12-20\n    document: Báo cáo kết quả'), issue: { file: INFO, field: 'contributions.0.published', line: 12, found: '2023-12-20', vi: 'từ 2024-01-01 trở đi', en: 'exists only once that year has begun' } },
  { name: 'an investment project id used twice in one year', edit: replace(INFO, 'id: nha-van-hoa', 'id: duong-lien-thon'), issue: { file: INFO, field: 'investment.0.items.1.id', line: 45, vi: 'dự án thứ 1 ("Nâng cấp đường liên khu phố phố–phố") đã có mã này', en: 'an id not used yet in 2025' } },
  { name: 'an anti-corruption report listed twice for one year', edit: replace(INFO, 'anti_corruption_reports:\n', 'anti_corruption_reports:\n  - year: 2025\n    document: Báo cáo công tác phòng, chống tham nhũng (bản khác)\n    published: 2025-12-12\n    summary: Bản khác.\n'), issue: { file: INFO, field: 'anti_corruption_reports.1.year', line: 79, found: '2025', vi: 'một năm chưa có trong anti_corruption_reports', en: 'one item per year' } },
  { name: 'an anti-corruption report published before its year', edit: replace(INFO, 'published: 2025-12-10\n    summary', 'published: 2024-12-10\n    summary'), issue: { file: INFO, field: 'anti_corruption_reports.0.published', line: 77, found: '2024-12-10', vi: 'từ 2025-01-01 trở đi', en: 'exists only once that year has begun' } },
];

corpus('disclosures whose facts disagree stop loading with one precise, bilingual message', CASES);

describe('what the facts rules let through', () => {
  it('empty positions, a whole road without a segment, equal prices and twelve-hour times load', () => {
    const dir = copyFixture();
    replace(PRICES, '18400,10100,6400,4000', '18400,,10100,10100')(dir);
    replace(INFO, 'time: 13 giờ 30 – 16 giờ 30', 'time: Chiều từ 1 giờ 30 đến 4 giờ 30')(dir);
    replace(POOR, 'Khu phố 2,2,4,4,14,', 'Khu phố 2,0,0,4,4,')(dir);
    expect(problemsOf(dir)).toEqual([]);
  });
  it('a commune of its own with an id another commune uses loads: places on the page differ', () => {
    const dir = copyFixture();
    communeWithQuestion('hoi-den-duong')(dir);
    expect(problemsOf(dir)).toEqual([]);
  });
});
