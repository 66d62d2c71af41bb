/** The documents' interface words, and the names of the kinds of document, in both interface languages. */
import { defineWords, type Lang } from '../../base/words.ts';
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

export const documentWords = defineWords({
  vi: {
    'documents.title': 'Văn bản',
    'documents.lead': 'Kế hoạch, chỉ thị và công văn của tỉnh và các địa phương, đăng toàn văn.',
    'doc.number': 'Số hiệu',
    'doc.sample':
      'Văn bản này không phải văn bản thật của cơ quan nào: số hiệu, ngày, cơ quan ban hành, người ký và nội dung đều là minh họa, để trình bày cách cổng hiển thị văn bản và nhiệm vụ.',
    'doc.date': 'Ngày ban hành',
    'doc.kind': 'Loại văn bản',
    'doc.issuer': 'Cơ quan ban hành',
    'doc.signer': 'Người ký',
    'doc.addressees': 'Kính gửi',
    'doc.recipients': 'Nơi nhận',
    'doc.implements': 'Thực hiện văn bản',
    'doc.implements.notPublished': 'chưa đăng trên cổng này',
    'doc.papi': 'Nội dung PAPI được đề cập',
    'doc.concerns': 'Đơn vị liên quan',
    'doc.source': 'Nguồn bản sao',
    'doc.text': 'Toàn văn',
    'doc.metadata': 'Thông tin văn bản',
    // The body is in the reader's language: nothing to say.
    'doc.bodyLanguage': '',
    'doc.none': 'không có',
    // A heading from the document's facts when it has no title of its own: "Công văn 12/UBND của …".
    'doc.untitled': '{kind}{number} của {issuer}',
    'doc.plan.contents': 'ai chủ trì, thời hạn, tiến độ',
    'home.documents.text': 'Kế hoạch, chỉ thị, công văn đăng toàn văn.',
    'home.new': 'Mới đăng',
  },
  en: {
    'documents.title': 'Documents',
    'documents.lead': 'Plans, directives and dispatches of the province and its localities, in full (in Vietnamese).',
    'doc.number': 'Number',
    'doc.sample':
      'This is not a document any body issued: its number, date, issuer, signer and text are all illustrative, to show how the portal presents documents and tasks.',
    'doc.date': 'Date issued',
    'doc.kind': 'Kind',
    'doc.issuer': 'Issued by',
    'doc.signer': 'Signed by',
    'doc.addressees': 'Addressed to',
    'doc.recipients': 'Copied to (Nơi nhận)',
    'doc.implements': 'Implements',
    'doc.implements.notPublished': 'not published on this portal',
    'doc.papi': 'PAPI dimensions addressed',
    'doc.concerns': 'Units concerned',
    'doc.source': 'Source of our copy',
    'doc.text': 'Full text',
    'doc.metadata': 'About this document',
    'doc.bodyLanguage': 'The document is published in Vietnamese, as issued.',
    'doc.none': 'none',
    'doc.untitled': '{kind}{number} of {issuer}',
    'doc.plan.contents': 'who leads, deadlines, progress',
    'home.documents.text': 'Plans, directives and dispatches in full.',
    'home.new': 'New',
  },
});
