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
