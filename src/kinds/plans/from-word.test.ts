import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planFileSchema } from './schema.ts';
import { tasksDraft, tasksFile } from './from-word.ts';

const blocks = (...texts: string[]) => texts.map((text) => ({ type: 'paragraph' as const, text }));
const task = (id: string, number: string | null, text: string) => ({
  id,
  number,
  text,
  leads: null,
  cooperating: null,
});

describe('tasksDraft', () => {
  it('makes the smallest items tasks, grouped as the document groups them; purpose and closing formulas assign nothing', () => {
    const draft = tasksDraft(
      blocks(
        'Thực hiện Kế hoạch số 165/KH-UBND, UBND huyện ban hành Kế hoạch như sau:',
        'I. MỤC ĐÍCH, YÊU CẦU',
        '1. Mục đích',
        'Nâng cao chất lượng phục vụ.',
        'II. NHIỆM VỤ VÀ GIẢI PHÁP',
        '1. Quản trị điện tử',
        'a) Nâng cấp cổng thông tin.',
        'Bảo đảm kết nối với Cổng dịch vụ công quốc gia.',
        'b) Công khai đường dây nóng.',
        '2. Thực hiện đồng bộ các nhiệm vụ cải cách',
        '2.1. Cải cách thể chế',
        '- Rà soát văn bản.',
        '- Kiểm tra văn bản.',
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Phòng Nội vụ',
        'Tham mưu theo dõi, đôn đốc.',
        'Tổng hợp báo cáo 6 tháng, năm.',
        '2. Đề nghị Ủy ban MTTQ huyện giám sát việc thực hiện.',
        'Trên đây là Kế hoạch, đề nghị các cơ quan nghiêm túc thực hiện./.',
      ),
      'kh-thu',
    );
    expect(draft.sections).toEqual([
      {
        part: 'II. NHIỆM VỤ VÀ GIẢI PHÁP',
        group: null,
        number: '1',
        heading: 'Quản trị điện tử',
        tasks: [
          task('kh-thu-ii-1-1', 'a)', 'Nâng cấp cổng thông tin. Bảo đảm kết nối với Cổng dịch vụ công quốc gia.'),
          task('kh-thu-ii-1-2', 'b)', 'Công khai đường dây nóng.'),
        ],
      },
      {
        part: 'II. NHIỆM VỤ VÀ GIẢI PHÁP',
        group: '2. Thực hiện đồng bộ các nhiệm vụ cải cách',
        number: '2.1',
        heading: 'Cải cách thể chế',
        tasks: [
          task('kh-thu-ii-2-1-1', 'gạch đầu dòng 1', 'Rà soát văn bản.'),
          task('kh-thu-ii-2-1-2', 'gạch đầu dòng 2', 'Kiểm tra văn bản.'),
        ],
      },
      {
        part: 'III. TỔ CHỨC THỰC HIỆN',
        group: null,
        number: '1',
        heading: 'Phòng Nội vụ',
        tasks: [
          task('kh-thu-iii-1-1', 'đoạn 1', 'Tham mưu theo dõi, đôn đốc.'),
          task('kh-thu-iii-1-2', 'đoạn 2', 'Tổng hợp báo cáo 6 tháng, năm.'),
        ],
      },
      {
        part: 'III. TỔ CHỨC THỰC HIỆN',
        group: null,
        number: null,
        heading: null,
        tasks: [task('kh-thu-iii-1', '2', 'Đề nghị Ủy ban MTTQ huyện giám sát việc thực hiện.')],
      },
    ]);
    expect(draft.toFill.map((n) => n.field)).toEqual(
      [0, 1, 2, 3].flatMap((s) =>
        [0, 1]
          .slice(0, s === 3 ? 1 : 2)
          .flatMap((t) => [`sections.${s}.tasks.${t}.leads`, `sections.${s}.tasks.${t}.cooperating`]),
      ),
    );
    expect(draft.toCheck.map((n) => n.en)).toEqual(
      expect.arrayContaining([
        'part "I. MỤC ĐÍCH, YÊU CẦU" left out: purpose and requirements assign no tasks',
        expect.stringMatching(/^closing formula left out: "Trên đây là Kế hoạch/),
      ]),
    );
  });

  it('writes a file that the plans schema refuses only for the leads and cooperating units left to fill', () => {
    const draft = tasksDraft(blocks('1. Sở Nội vụ tuyên truyền.', '2. UBND các huyện đối thoại với Nhân dân.'), 'cv');
    const text = tasksFile(draft, ['Bản nháp. / Draft.']);
    const parsed = planFileSchema.safeParse(parse(text));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(draft.toFill.map((n) => n.field).sort());
    const filled = planFileSchema.safeParse(parse(text.replaceAll('null # CẦN ĐIỀN / TO FILL', '[]')));
    expect(filled.success).toBe(true);
    expect(filled.data!.sections[0]!.tasks.map((t) => t.id)).toEqual(['cv-1', 'cv-2']);
  });

  it('has no sections when the body has no items', () => {
    expect(tasksDraft(blocks('Một đoạn.', 'Một đoạn nữa.'), 'x').sections).toEqual([]);
  });
});

/*
 * The committed plans' tasks were split by hand from the seeds, by the counting rule this draft
 * follows. Drafted from the same documents' bodies (their Markdown read back into paragraphs),
 * the draft must find the same tasks, in the same words, nearly everywhere.
 */
describe('tasksDraft on the committed documents', () => {
  const paragraphsOf = (markdown: string) =>
    markdown
      .split(/\n{2,}/)
      .map((b) =>
        b
          .trim()
          .replace(/^#{2,4} /, '')
          .replace(/^(\d+)\\\./, '$1.')
          .replace(/\\([*_[\]`\\])/g, '$1'),
      )
      .filter((b) => b !== '');

  it.each([
    // [instance, document, tasks in the committed file, tasks the draft finds, of which in the same words]
    ['quang-tri', 'qt-2021-cong-van-duy-tri-papi', 14, 14, 14],
    ['quang-tri', 'phuong-tx-quang-tri-2024-ke-hoach-papi', 32, 32, 32],
    ['quang-tri', 'huyen-2023-ke-hoach-trien-khai-165', 45, 45, 44],
    ['bac-ninh', 'bg-2021-ke-hoach-papi', 47, 48, 39],
  ])('%s/%s: %i tasks by hand, %i in the draft, %i of them word for word', (instance, id, byHand, drafted, same) => {
    const root = join(process.cwd(), 'content', instance);
    const body = readFileSync(join(root, 'documents', `${id}.md`), 'utf8').split('\n---\n')[1]!;
    const draft = tasksDraft(
      paragraphsOf(body).map((text) => ({ type: 'paragraph' as const, text })),
      id,
    );
    const plan = parse(readFileSync(join(root, 'tasks', `${id}.yaml`), 'utf8')) as {
      sections: { tasks: { text: string }[] }[];
    };
    const handTexts = new Set(plan.sections.flatMap((s) => s.tasks.map((t) => t.text)));
    const draftTexts = draft.sections.flatMap((s) => s.tasks.map((t) => t.text));
    expect(handTexts.size).toBe(byHand);
    expect(draftTexts).toHaveLength(drafted);
    expect(draftTexts.filter((t) => handTexts.has(t))).toHaveLength(same);
  });
});
