/**
 * Consistency of a commune's discussion (gop-y.yaml). Dates within one consultation or question
 * (closing after opening, a result after closing, an answer after the question) are checked by
 * the schema. Here: ids, which name the item's place on the consultations page
 * ("<commune>-<id>", one page for every commune, consultations and questions together), and
 * replies when no comment was received.
 */
import { repeats, type RuleProblem } from '../rules.ts';
import { discussionAnchor } from './derive.ts';
import type { Consultation, Question } from './schema.ts';

export interface Discussion {
  consultations: readonly Consultation[];
  questions: readonly Question[];
}

type ListName = 'consultations' | 'questions';

/** Every item of a discussion with the path of its id in gop-y.yaml. */
export function discussionIds(d: Discussion): { id: string; list: ListName; index: number }[] {
  return [
    ...d.consultations.map((c, index) => ({ id: c.id, list: 'consultations' as const, index })),
    ...d.questions.map((q, index) => ({ id: q.id, list: 'questions' as const, index })),
  ];
}

const itemName = (list: ListName, index: number) =>
  list === 'consultations'
    ? { vi: `đợt lấy ý kiến thứ ${index + 1} (consultations)`, en: `consultation ${index + 1} (consultations)` }
    : { vi: `câu hỏi thứ ${index + 1} (questions)`, en: `question ${index + 1} (questions)` };

/** Problems of one commune's gop-y.yaml; paths start at its consultations or questions. */
export function discussionProblems(d: Discussion): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const items = discussionIds(d);
  for (const { index, first } of repeats(items, (i) => i.id)) {
    const item = items[index]!;
    const earlier = itemName(items[first]!.list, items[first]!.index);
    problems.push({
      path: [item.list, item.index, 'id'],
      found: JSON.stringify(item.id),
      expected: {
        vi: `một mã chưa dùng trong tệp: ${earlier.vi} đã có mã này (mã là địa chỉ của mục trên trang Góp ý)`,
        en: `an id not used yet in the file: ${earlier.en} has it (the id is the item's address on the consultations page)`,
      },
    });
  }
  d.consultations.forEach((c, index) => {
    const result = c.result;
    if (result && result.comments_received === 0 && result.replies.length > 0) {
      problems.push({
        path: ['consultations', index, 'result', 'comments_received'],
        found: '0',
        expected: {
          vi: `số ý kiến đã nhận, ít nhất 1: kết quả có ${result.replies.length} ý kiến được trả lời (replies)`,
          en: `the number of comments received, at least 1: the result answers ${result.replies.length} comments (replies)`,
        },
      });
    }
  });
  return problems;
}

export interface AnchoredItem {
  commune: string;
  id: string;
}

/**
 * Items of different communes whose places on the consultations page would have one name:
 * "xa-an" with id "phu-hoi" and "xa-an-phu" with id "hoi" are both "xa-an-phu-hoi". Items of
 * one commune with one id are a repeat within the file, named by discussionProblems.
 */
export function anchorClashes(items: readonly AnchoredItem[]): { index: number; first: number; anchor: string }[] {
  return repeats(items, (i) => discussionAnchor(i.commune, i.id))
    .filter(({ index, first }) => items[index]!.commune !== items[first]!.commune)
    .map((r) => ({ ...r, anchor: discussionAnchor(items[r.index]!.commune, items[r.index]!.id) }));
}
