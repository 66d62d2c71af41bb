import { describe, expect, it } from 'vitest';
import { contactChannelsSchema } from '../../../base/contact/schema.ts';
import { commentWay, type CommentInput } from './comment.ts';

const none = contactChannelsSchema.parse({});
const base: CommentInput = {
  consultation: {
    id: 'du-thao-ke-hoach-2026',
    title: 'Lấy ý kiến dự thảo kế hoạch sử dụng đất năm 2026',
    how_to_comment: { address: 'Bộ phận Một cửa, Trụ sở UBND xã', email: null, office_phone: null },
  },
  commune: 'xa-cam-lo',
  communeName: 'Xã Cam Lộ',
  state: 'open',
  sample: false,
  endpoint: null,
  communeContact: none,
};

describe('commentWay', () => {
  it('offers no channel before or after the consultation', () => {
    expect(commentWay({ ...base, state: 'upcoming', endpoint: 'https://gopy.example.gov.vn/' })).toEqual({
      kind: 'not-open',
      state: 'upcoming',
    });
    expect(commentWay({ ...base, state: 'closed' })).toEqual({ kind: 'not-open', state: 'closed' });
  });
  it('offers nothing to write to for an illustrative draft, even with an endpoint', () => {
    expect(commentWay({ ...base, sample: true, endpoint: 'https://gopy.example.gov.vn/' })).toEqual({ kind: 'sample' });
    expect(commentWay({ ...base, communeContact: { ...none, sample: true } })).toEqual({ kind: 'sample' });
  });
  it('posts to the configured endpoint with the consultation named', () => {
    expect(commentWay({ ...base, endpoint: 'https://gopy.example.gov.vn/y-kien' })).toEqual({
      kind: 'form',
      endpoint: 'https://gopy.example.gov.vn/y-kien',
      reference: 'xa-cam-lo/du-thao-ke-hoach-2026',
      title: base.consultation.title,
    });
  });
  it('else writes an e-mail whose subject names the draft, the commune and the reference', () => {
    const way = commentWay({
      ...base,
      consultation: {
        ...base.consultation,
        how_to_comment: { ...base.consultation.how_to_comment, email: 'ubnd@camlo.quangtri.gov.vn' },
      },
    });
    expect(way.kind).toBe('email');
    if (way.kind !== 'email') return;
    const url = new URL(way.href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('ubnd@camlo.quangtri.gov.vn');
    expect(url.searchParams.get('subject')).toBe(
      'Góp ý dự thảo: Lấy ý kiến dự thảo kế hoạch sử dụng đất năm 2026 (Xã Cam Lộ, mã xa-cam-lo/du-thao-ke-hoach-2026)',
    );
    expect(url.searchParams.get('body')).toContain('Nội dung góp ý:');
  });
  it("uses the commune's own e-mail when the consultation names none", () => {
    const way = commentWay({ ...base, communeContact: { ...none, email: 'vanphong@camlo.gov.vn' } });
    expect(way).toMatchObject({ kind: 'email', email: 'vanphong@camlo.gov.vn' });
  });
  it('else names the office to write to, with its phone when there is one', () => {
    expect(commentWay(base)).toEqual({ kind: 'office', address: 'Bộ phận Một cửa, Trụ sở UBND xã', phone: null });
    const way = commentWay({ ...base, communeContact: { ...none, phone: '0233 3852 111' } });
    expect(way).toEqual({
      kind: 'office',
      address: 'Bộ phận Một cửa, Trụ sở UBND xã',
      phone: { text: '0233 3852 111', href: 'tel:+842333852111' },
    });
  });
});
