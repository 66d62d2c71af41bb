/**
 * The consultation form (lấy ý kiến, trả lời câu hỏi): consultations on drafts (what, when, how
 * to comment, and after closing what was received), the replies to the comments, and residents'
 * questions with the published answers — the asker never named. It becomes gop-y.yaml: an entry
 * of the file replaces the one with the same id, others stay.
 */
import type { ContentIssue } from '../../../base/content/errors.ts';
import { issueAt } from '../../../base/sheets/common.ts';
import type { FormColumn, SheetForm } from '../../../base/sheets/form.ts';
import { itemFromRow, nullIfEmpty, rowFromItem } from '../../../base/sheets/items.ts';
import { slugify } from '../../../base/slug.ts';
import { communeYamlForm, placeOf, upsert } from '../yaml-sheet.ts';

const TOPICS: Record<string, string> = { 'land-use-plan': 'Kế hoạch sử dụng đất', budget: 'Ngân sách', other: 'Khác' };

const consultations: FormColumn[] = [
  {
    key: 'id',
    header: 'Mã',
    headerEn: 'Id',
    type: 'text',
    width: 30,
    help: { vi: 'Để trống: cổng tự đặt mã từ tên.', en: 'Leave empty: the portal makes one from the title.' },
  },
  {
    key: 'title',
    header: 'Tên dự thảo lấy ý kiến',
    headerEn: 'Consultation',
    aliases: ['Nội dung lấy ý kiến'],
    type: 'text',
    required: true,
    width: 40,
  },
  {
    key: 'topic',
    header: 'Lĩnh vực',
    headerEn: 'Topic',
    type: 'text',
    required: true,
    values: Object.values(TOPICS),
    width: 20,
  },
  { key: 'summary', header: 'Tóm tắt', headerEn: 'Summary', type: 'text', required: true, width: 50 },
  { key: 'draft.title', header: 'Tên văn bản dự thảo', headerEn: 'Draft', type: 'text', required: true, width: 40 },
  { key: 'draft.file', header: 'Đường dẫn tệp dự thảo', headerEn: 'Link to the draft', type: 'text', width: 30 },
  { key: 'opens', header: 'Ngày bắt đầu', headerEn: 'Opens', type: 'date', required: true, width: 14 },
  { key: 'closes', header: 'Ngày kết thúc', headerEn: 'Closes', type: 'date', required: true, width: 14 },
  {
    key: 'how_to_comment.address',
    header: 'Nơi nhận góp ý',
    headerEn: 'Where to comment',
    type: 'text',
    required: true,
    width: 36,
  },
  {
    key: 'how_to_comment.email',
    header: 'Thư điện tử nhận góp ý',
    headerEn: 'Email for comments',
    type: 'text',
    help: { vi: 'Để trống nếu chưa có.', en: 'Empty if there is none.' },
    width: 28,
  },
  {
    key: 'how_to_comment.office_phone',
    header: 'Điện thoại cơ quan',
    headerEn: 'Office phone',
    type: 'text',
    help: {
      vi: 'Số máy bàn của cơ quan; để trống nếu chưa công bố. Không ghi số di động cá nhân.',
      en: "The office's landline; empty if not published. Never a personal mobile.",
    },
    width: 18,
  },
  { key: 'result.published', header: 'Ngày công bố kết quả', headerEn: 'Result published', type: 'date', width: 14 },
  {
    key: 'result.comments_received',
    header: 'Số ý kiến nhận được',
    headerEn: 'Comments received',
    type: 'count',
    width: 12,
  },
  { key: 'result.summary', header: 'Tóm tắt kết quả', headerEn: 'Result', type: 'text', width: 50 },
];

const replies: FormColumn[] = [
  { key: 'consultation', header: 'Mã', headerEn: 'Consultation id', type: 'text', required: true, width: 30 },
  { key: 'comment', header: 'Ý kiến', headerEn: 'Comment', type: 'text', required: true, width: 50 },
  { key: 'reply', header: 'Tiếp thu, giải trình', headerEn: 'Reply', type: 'text', required: true, width: 50 },
];

const questions: FormColumn[] = [
  {
    key: 'id',
    header: 'Mã',
    headerEn: 'Id',
    type: 'text',
    width: 30,
    help: { vi: 'Để trống: cổng tự đặt mã từ câu hỏi.', en: 'Leave empty: the portal makes one from the question.' },
  },
  { key: 'asked', header: 'Ngày hỏi', headerEn: 'Asked on', type: 'date', required: true, width: 14 },
  { key: 'topic', header: 'Lĩnh vực', headerEn: 'Topic', type: 'text', required: true, width: 18 },
  { key: 'question', header: 'Câu hỏi', headerEn: 'Question', type: 'text', required: true, width: 50 },
  { key: 'answered', header: 'Ngày trả lời', headerEn: 'Answered on', type: 'date', width: 14 },
  { key: 'answer', header: 'Trả lời', headerEn: 'Answer', type: 'text', width: 50 },
  { key: 'answered_by', header: 'Người trả lời (chức danh)', headerEn: 'Answered by (title)', type: 'text', width: 26 },
];

type Discussion = { consultations?: Record<string, unknown>[]; questions?: Record<string, unknown>[] };

export const consultationsForm: SheetForm = communeYamlForm({
  key: 'gop-y',
  title: { vi: 'Lấy ý kiến và trả lời câu hỏi', en: 'Consultations and answers' },
  purpose: {
    vi: 'Các dự thảo xã lấy ý kiến nhân dân (thời gian, cách góp ý, kết quả và nội dung tiếp thu, giải trình) và các câu hỏi của người dân cùng câu trả lời đã công bố. Không ghi tên người hỏi.',
    en: 'Drafts the commune consults residents on (when, how to comment, the result and the replies) and residents’ questions with the published answers. The asker is never named.',
  },
  file: 'gop-y.yaml',
  initial: { consultations: [], questions: [] },
  fields: [],
  tables: [
    {
      key: 'consultations',
      sheet: 'Lấy ý kiến',
      title: 'LẤY Ý KIẾN NHÂN DÂN',
      columns: consultations,
      example: { title: 'Lấy ý kiến dự thảo … (ví dụ)' },
    },
    {
      key: 'replies',
      sheet: 'Tiếp thu',
      title: 'TIẾP THU, GIẢI TRÌNH Ý KIẾN',
      columns: replies,
      example: { consultation: 'du-thao-…', comment: '(ví dụ)' },
    },
    {
      key: 'questions',
      sheet: 'Câu hỏi',
      title: 'CÂU HỎI VÀ TRẢ LỜI',
      columns: questions,
      example: { topic: 'Đất đai', question: 'Câu hỏi … (ví dụ)' },
    },
  ],
  fromFile(value) {
    const d = (value ?? {}) as Discussion;
    if (!d.consultations?.length && !d.questions?.length) return [];
    return [
      {
        name: '',
        fields: {},
        tables: {
          consultations: (d.consultations ?? []).map((c) => ({
            ...rowFromItem(c, consultations),
            topic: TOPICS[c.topic as string] ?? (c.topic as string),
          })),
          replies: (d.consultations ?? []).flatMap((c) =>
            (((c.result as Record<string, unknown> | null)?.replies ?? []) as { comment: string; reply: string }[]).map(
              (r) => ({ consultation: c.id as string, ...r }),
            ),
          ),
          questions: (d.questions ?? []).map((q) => rowFromItem(q, questions)),
        },
      },
    ];
  },
  toFile(read, value, issues: ContentIssue[], _lists, places) {
    const d = { ...((value ?? {}) as Discussion) };
    const table = read.tables.consultations;
    const replyTable = read.tables.replies;
    const made = new Set<string>();
    for (const row of table?.rows ?? []) {
      const item = itemFromRow(row, consultations, table!);
      const id = (item.id as string | null) ?? slugify(String(item.title));
      made.add(id);
      const topic = Object.entries(TOPICS).find(([, vi]) => vi === item.topic)?.[0] ?? item.topic;
      const result = item.result as Record<string, unknown>;
      const own = (replyTable?.rows ?? [])
        .filter((r) => r.values.consultation?.value === id)
        .map((r) => ({ comment: r.values.comment!.value, reply: r.values.reply!.value }));
      const consultation: Record<string, unknown> = {
        id,
        title: item.title,
        topic,
        summary: item.summary,
        draft: item.draft,
        opens: item.opens,
        closes: item.closes,
        how_to_comment: item.how_to_comment,
        result: { ...result, replies: own },
      };
      nullIfEmpty(consultation, 'result');
      d.consultations = upsert(d.consultations ?? [], consultation, (c) => c.id);
      places.push(placeOf(['consultations', d.consultations.findIndex((c) => c.id === id)], row, table!));
    }
    for (const r of replyTable?.rows ?? []) {
      if (!made.has(r.values.consultation?.value as string))
        issues.push(
          issueAt(read, r.values.consultation, 'Mã', r.values.consultation?.value, {
            vi: 'mã của một đợt lấy ý kiến có trên trang "Lấy ý kiến"',
            en: 'the id of a consultation on the sheet "Lấy ý kiến"',
          }),
        );
    }
    const qTable = read.tables.questions;
    for (const row of qTable?.rows ?? []) {
      const item = itemFromRow(row, questions, qTable!);
      const q = {
        ...item,
        id: (item.id as string | null) ?? slugify(String(item.question)).slice(0, 60).replace(/-+$/, ''),
      };
      d.questions = upsert(d.questions ?? [], q, (x) => x.id);
      places.push(placeOf(['questions', d.questions.findIndex((x) => x.id === q.id)], row, qTable!));
    }
    return { consultations: d.consultations ?? [], questions: d.questions ?? [], ...d };
  },
});
