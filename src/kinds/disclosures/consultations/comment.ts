/**
 * How a resident answers a consultation, decided once for every page that shows it: a form
 * posting to the province's configured endpoint; else an e-mail to the address the
 * consultation (or the commune) names, its subject naming the consultation; else the office
 * to write to or visit, said plainly. Never a button that leads nowhere; illustrative drafts
 * offer no channel at all, as nobody receives comments on them.
 */
import type { ContactChannels } from '../../../base/contact/schema.ts';
import { mailtoHref, officePhoneView, type PhoneView } from '../../../base/contact/show.ts';
import type { ConsultationState } from './derive.ts';
import type { Consultation } from './schema.ts';

export type CommentWay =
  | { kind: 'not-open'; state: Exclude<ConsultationState, 'open'> }
  | { kind: 'sample' }
  | { kind: 'form'; endpoint: string; reference: string; title: string }
  | { kind: 'email'; email: string; href: string }
  | { kind: 'office'; address: string; phone: PhoneView | null };

export interface CommentInput {
  consultation: Pick<Consultation, 'id' | 'title' | 'how_to_comment'>;
  commune: string;
  communeName: string;
  state: ConsultationState;
  /** The commune's disclosure is illustrative (sample: true). */
  sample: boolean;
  /** site.yaml feedback.endpoint. */
  endpoint: string | null;
  /** The commune's own channels (cong-khai.yaml contact), used when the consultation names no e-mail or phone. */
  communeContact: ContactChannels;
}

/** What identifies a consultation in a comment: the commune and the consultation's id. */
export function commentReference(commune: string, id: string): string {
  return `${commune}/${id}`;
}

/** The subject of a comment by e-mail: the draft's title, the commune and the reference, so the office can file it. */
export function commentSubject(title: string, communeName: string, reference: string): string {
  return `Góp ý dự thảo: ${title} (${communeName}, mã ${reference})`;
}

/** The body a resident starts from; the office receives it in Vietnamese whatever the page's language. */
export function commentBody(title: string, communeName: string, reference: string): string {
  return [
    `Góp ý về: ${title}`,
    `Xã, phường: ${communeName}`,
    `Mã dự thảo: ${reference}`,
    '',
    'Nội dung góp ý:',
    '',
    '',
    'Họ tên (không bắt buộc):',
    'Số điện thoại hoặc thư điện tử để được trả lời (không bắt buộc):',
  ].join('\n');
}

export function commentWay(input: CommentInput): CommentWay {
  const { consultation: c, state } = input;
  if (state !== 'open') return { kind: 'not-open', state };
  if (input.sample || input.communeContact.sample) return { kind: 'sample' };
  const reference = commentReference(input.commune, c.id);
  if (input.endpoint) return { kind: 'form', endpoint: input.endpoint, reference, title: c.title };
  const email = c.how_to_comment.email ?? input.communeContact.email;
  if (email) {
    const href = mailtoHref(
      email,
      commentSubject(c.title, input.communeName, reference),
      commentBody(c.title, input.communeName, reference),
    );
    return { kind: 'email', email, href };
  }
  return {
    kind: 'office',
    address: c.how_to_comment.address,
    phone: officePhoneView(c.how_to_comment.office_phone ?? input.communeContact.phone, false),
  };
}
