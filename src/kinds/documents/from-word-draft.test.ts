import { describe, expect, it } from 'vitest';
import type { Unit } from '../units/schema.ts';
import { documentDraft } from './from-word-draft.ts';
import type { WordLayout } from './from-word-layout.ts';

const layout = (over: Partial<WordLayout> = {}): WordLayout => ({
  issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH CŨ'],
  number: null,
  numberBlank: null,
  place: null,
  date: null,
  dateUnread: null,
  typeLine: null,
  titleLines: [],
  subject: null,
  addressees: [],
  body: [],
  recipients: [],
  signer: { authority: null, title: null, name: null },
  nationalHeading: true,
  ...over,
});

const unit = (id: string, name_vi: string, extra: Partial<Unit> = {}): Unit => ({
  id,
  kind: 'people-committee',
  division: null,
  name_vi,
  name_en: null,
  short_vi: null,
  code: null,
  parent: null,
  valid_from: null,
  valid_to: null,
  note: null,
  ...extra,
});
const units = [
  unit('ubnd-tinh-cu', 'Ủy ban nhân dân tỉnh Cũ', { valid_to: '2025-06-30' }),
  unit('ubnd-tinh-moi', 'Ủy ban nhân dân tỉnh Cũ', { valid_from: '2025-07-01' }),
];
const options = { units, today: '2026-01-15', fileName: 'x.docx' };
const fields = (notes: { field: string }[]) => notes.map((n) => n.field);

describe('documentDraft', () => {
  it("reads the kind from the type line, a dispatch's subject, or else the number's symbol (and says so)", () => {
    expect(
      documentDraft(layout({ typeLine: 'CHỈ THỊ', titleLines: ['Về việc thử'] }), options).frontMatter,
    ).toMatchObject({ kind: 'chi-thi', title_vi: 'Chỉ thị Về việc thử' });
    expect(documentDraft(layout({ subject: 'V/v thử' }), options).frontMatter).toMatchObject({
      kind: 'cong-van',
      title_vi: 'V/v thử',
    });
    const bySymbol = documentDraft(layout({ number: '7/QĐ-UBND' }), options);
    expect(bySymbol.frontMatter).toMatchObject({ kind: 'quyet-dinh', title_vi: null });
    expect(bySymbol.toCheck.find((n) => n.field === 'kind')!.en).toBe(
      'no line naming the type; kind "quyet-dinh" read from the symbol "QĐ" of the number',
    );
  });

  it('leaves a kind the portal does not have, and an issuer it cannot choose, to fill, naming why', () => {
    const draft = documentDraft(layout({ typeLine: 'TỜ TRÌNH', titleLines: ['Đề nghị thông qua'] }), options);
    expect(draft.frontMatter).toMatchObject({ kind: null, issuer: null, title_vi: 'Tờ trình Đề nghị thông qua' });
    expect(fields(draft.toFill)).toEqual(['kind', 'issuer', 'summary_vi', 'summary_en', 'source.kind']);
    expect(draft.toFill[0]!.vi).toMatch(/^văn bản là "TỜ TRÌNH", không thuộc loại nào của cổng/);
    expect(draft.toFill[1]!.en).toBe(
      '"ỦY BAN NHÂN DÂN / TỈNH CŨ" fits several units (ubnd-tinh-cu, ubnd-tinh-moi) and the document gives no date: choose one',
    );
    expect(documentDraft(layout({ date: '2021-05-10' }), options).frontMatter.issuer).toBe('ubnd-tinh-cu');
  });

  it('lists every field the document does not show', () => {
    expect(fields(documentDraft(layout({ issuerLines: [] }), options).notShown)).toEqual([
      'number',
      'date',
      'place',
      'title_vi',
      'signer.authority',
      'signer.title',
      'signer.name',
      'recipients',
    ]);
  });

  it('names a personal mobile number in the body, masked, before the loader refuses it', () => {
    const draft = documentDraft(
      layout({ body: [{ type: 'paragraph', text: 'Đường dây nóng của Chủ tịch: 0912 345 678.' }] }),
      options,
    );
    expect(draft.toFill.find((n) => n.field === '(nội dung / text)')!.en).toBe(
      '"Đường dây nóng của Chủ tịch: 0912 345 678." has a mobile number (•••••••678): no personal mobile number in public content; only an office landline or a hotline, in the field meant for it',
    );
  });
});
