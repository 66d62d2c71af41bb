/** Words of the "what changed" page and its feed. */
import { defineWords } from '../../base/words.ts';

export const changeWords = defineWords({
  vi: {
    'changes.title': 'Những gì đã thay đổi',
    'changes.lead':
      'Mọi nội dung cổng đã đăng, cập nhật, đính chính hoặc gỡ bỏ, theo ngày ghi trong chính nội dung đó (không phải ngày dựng trang), mới nhất trước.',
    'changes.follow': 'Theo dõi các thay đổi (Atom)',
    'changes.corrections': 'Chỉ các đính chính (Atom)',
    'changes.none': 'Chưa có nội dung nào có ngày đăng.',
    'changes.kind.added': 'Đăng mới',
    'changes.kind.updated': 'Cập nhật',
    'changes.kind.corrected': 'Đính chính',
    'changes.kind.withdrawn': 'Gỡ bỏ',
    'changes.sample': 'dữ liệu minh họa',
    'changes.count': '{n} thay đổi',
    'changes.feed.title': 'Những gì đã thay đổi',
    'changes.feed.subtitle': 'Nội dung đăng mới, cập nhật, đính chính và gỡ bỏ, theo ngày ghi trong nội dung.',
  },
  en: {
    'changes.title': 'What changed',
    'changes.lead':
      'Everything the portal published, updated, corrected or withdrew, by the day the content itself states (not the day the site was built), newest first.',
    'changes.follow': 'Follow the changes (Atom)',
    'changes.corrections': 'Corrections only (Atom)',
    'changes.none': 'No content with a publication date yet.',
    'changes.kind.added': 'Published',
    'changes.kind.updated': 'Updated',
    'changes.kind.corrected': 'Corrected',
    'changes.kind.withdrawn': 'Withdrawn',
    'changes.sample': 'sample data',
    'changes.count': '{n} changes',
    'changes.feed.title': 'What changed',
    'changes.feed.subtitle': 'Content published, updated, corrected and withdrawn, by the day the content states.',
  },
});
