/** Names of the kinds of document, in both interface languages. */
import type { Lang } from '../../base/words.ts';
import type { DocumentKind } from './schema.ts';

export const documentKindLabels: Record<Lang, Record<DocumentKind, string>> = {
  vi: {
    'cong-van': 'Công văn',
    'ke-hoach': 'Kế hoạch',
    'chi-thi': 'Chỉ thị',
    'quyet-dinh': 'Quyết định',
    'nghi-quyet': 'Nghị quyết',
    'thong-bao': 'Thông báo',
    'bao-cao': 'Báo cáo',
  },
  en: {
    'cong-van': 'Official dispatch',
    'ke-hoach': 'Plan',
    'chi-thi': 'Directive',
    'quyet-dinh': 'Decision',
    'nghi-quyet': 'Resolution',
    'thong-bao': 'Notice',
    'bao-cao': 'Report',
  },
};
