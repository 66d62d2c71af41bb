/** Consultations on drafts and residents' questions of every commune, as open data. */
import { routes } from '../../../base/routes.ts';
import { col, communeColumn, type CommuneTable } from '../tables.ts';
import { codeWords } from '../../../base/dataset.ts';
import { formatDate } from '../../../base/format.ts';
import { answerDays, consultationState } from './derive.ts';
import { consultationWords } from './words.ts';

export const consultationsTable: CommuneTable = {
  id: 'gop-y-du-thao',
  page: routes.consultations(),
  title: { vi: 'Lấy ý kiến dự thảo', en: 'Consultations on drafts' },
  description: (asOf) => ({
    vi: `Thời gian lấy ý kiến, tình trạng tính đến ngày ${formatDate(asOf, 'vi')}, số ý kiến và tóm tắt kết quả.`,
    en: `Consultation period, status as of ${formatDate(asOf, 'en')}, comments received and the summary of results.`,
  }),
  columns: [
    communeColumn,
    col('tieu_de', 'Tiêu đề', 'Title'),
    col('tu_ngay', 'Từ ngày', 'Opens', 'date'),
    col('den_ngay', 'Đến ngày', 'Closes', 'date'),
    {
      ...col('tinh_trang', 'Tình trạng', 'Status'),
      values: codeWords(['upcoming', 'open', 'closed'] as const, (code, lang) => consultationWords(lang)(`cd.${code}`)),
    },
    col('so_y_kien', 'Số ý kiến', 'Comments', 'integer'),
    col('ket_qua', 'Tóm tắt kết quả', 'Summary of results'),
  ],
  // The number of comments and the summary come with the result, which may not be out yet.
  gap: (_row, key) => (key === 'so_y_kien' || key === 'ket_qua' ? 'not-published' : undefined),
  rows: (d, name, asOf) =>
    d.consultations.map((k) => ({
      xa: name,
      tieu_de: k.title,
      tu_ngay: k.opens,
      den_ngay: k.closes,
      tinh_trang: consultationState(k, asOf),
      so_y_kien: k.result?.comments_received ?? null,
      ket_qua: k.result?.summary ?? null,
    })),
};

export const questionsTable: CommuneTable = {
  id: 'hoi-dap',
  page: routes.consultations(),
  title: { vi: 'Câu hỏi của người dân và trả lời', en: "Residents' questions and answers" },
  description: () => ({
    vi: 'Ngày hỏi, ngày trả lời và số ngày (tính đến ngày số liệu nếu chưa trả lời).',
    en: 'Asked, answered and the days it took (to the as-of date when not answered).',
  }),
  columns: [
    communeColumn,
    col('chu_de', 'Chủ đề', 'Topic'),
    col('cau_hoi', 'Câu hỏi', 'Question'),
    col('ngay_hoi', 'Ngày hỏi', 'Asked', 'date'),
    col('ngay_tra_loi', 'Ngày trả lời', 'Answered', 'date'),
    col('so_ngay', 'Số ngày', 'Days', 'integer'),
    col('tra_loi', 'Trả lời', 'Answer'),
  ],
  // A question not answered yet has no answer published.
  gap: (_row, key) => (key === 'ngay_tra_loi' || key === 'tra_loi' ? 'not-published' : undefined),
  rows: (d, name, asOf) =>
    d.questions.map((q) => ({
      xa: name,
      chu_de: q.topic,
      cau_hoi: q.question,
      ngay_hoi: q.asked,
      ngay_tra_loi: q.answered,
      so_ngay: answerDays(q, asOf).days,
      tra_loi: q.answer,
    })),
};
