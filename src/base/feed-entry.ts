/**
 * What the Atom feeds carry: one entry per published thing (a document, a report, a
 * disclosure…), filed under topics and the units it concerns. Slices contribute entries
 * through src/outputs/feeds/registry.ts; the feed files are built from them.
 */
export const feedTopics = ['papi', 'ke-hoach', 'ngan-sach', 'dat-dai', 'gop-y'] as const;
export type FeedTopic = (typeof feedTopics)[number];

export const topicLabels: Record<FeedTopic, { vi: string; en: string }> = {
  papi: { vi: 'Chỉ số PAPI', en: 'PAPI results' },
  'ke-hoach': { vi: 'Kế hoạch, nhiệm vụ và tiến độ', en: 'Plans, tasks and progress' },
  'ngan-sach': { vi: 'Ngân sách xã, phường', en: 'Commune budgets' },
  'dat-dai': { vi: 'Đất đai', en: 'Land' },
  'gop-y': { vi: 'Lấy ý kiến, hỏi đáp', en: 'Consultations and questions' },
};

export interface FeedEntry {
  /** Path of the page the entry links to (without language prefix); also its permanent id. */
  path: string;
  /**
   * The entry's permanent id when the page is not enough (several entries about one page: a
   * document and its correction): a path with a #fragment, made absolute like `path`.
   */
  id?: string;
  title: string;
  summary: string;
  /** Last change, YYYY-MM-DD. */
  updated: string;
  /** First publication on the portal, YYYY-MM-DD. */
  published: string;
  topics: FeedTopic[];
  /** Ids of the units the entry concerns (their feeds carry it). */
  units: string[];
  /** Kind of entry shown as its category ("Văn bản", "Báo cáo tiến độ"…). */
  category: string;
}
