import { describe, expect, it } from 'vitest';
import { anchorClashes, discussionProblems } from './rules.ts';
import type { Consultation, Question } from './schema.ts';

const consultation = (id: string, result: Consultation['result'] = null): Consultation => ({
  id,
  title: 'Lấy ý kiến dự thảo',
  topic: 'budget',
  summary: 'Tóm tắt',
  draft: { title: 'Dự thảo', file: null },
  opens: '2025-11-10',
  closes: '2025-11-30',
  how_to_comment: { address: 'Trụ sở UBND xã', email: 'ubnd@example.vn', office_phone: '0233 3000 101' },
  result,
});

const question = (id: string): Question => ({
  id,
  asked: '2025-08-04',
  topic: 'Đất đai',
  question: 'Khi nào?',
  answered: null,
  answer: null,
  answered_by: null,
});

describe('discussion rules', () => {
  it('accept consultations and questions with ids of their own', () => {
    expect(
      discussionProblems({
        consultations: [consultation('du-thao')],
        questions: [question('hoi-1'), question('hoi-2')],
      }),
    ).toEqual([]);
  });
  it('name a question id used twice', () => {
    const [p] = discussionProblems({ consultations: [], questions: [question('hoi-1'), question('hoi-1')] });
    expect(p).toMatchObject({ path: ['questions', 1, 'id'], found: '"hoi-1"' });
    expect(p!.expected.vi).toContain('câu hỏi thứ 1 (questions) đã có mã này');
  });
  it('name a question with the id of a consultation: both are places on one page', () => {
    const [p] = discussionProblems({ consultations: [consultation('du-thao')], questions: [question('du-thao')] });
    expect(p).toMatchObject({ path: ['questions', 0, 'id'] });
    expect(p!.expected.en).toContain('consultation 1 (consultations) has it');
  });
  it('name replies to comments when none was received', () => {
    const result = {
      published: '2025-12-08',
      comments_received: 0,
      summary: 'Không có ý kiến',
      replies: [{ comment: 'Đề nghị', reply: 'Tiếp thu' }],
    };
    const [p] = discussionProblems({ consultations: [consultation('du-thao', result)], questions: [] });
    expect(p).toMatchObject({ path: ['consultations', 0, 'result', 'comments_received'], found: '0' });
    expect(
      discussionProblems({ consultations: [consultation('du-thao', { ...result, replies: [] })], questions: [] }),
    ).toEqual([]);
  });
});

describe('places on the consultations page across communes', () => {
  it('name items of two communes that would share a place', () => {
    expect(
      anchorClashes([
        { commune: 'xa-an', id: 'phu-hoi' },
        { commune: 'xa-binh', id: 'phu-hoi' },
        { commune: 'xa-an-phu', id: 'hoi' },
      ]),
    ).toEqual([{ index: 2, first: 0, anchor: 'xa-an-phu-hoi' }]);
  });
  it('leave a repeat within one commune to the rules of its file', () => {
    expect(
      anchorClashes([
        { commune: 'xa-an', id: 'hoi' },
        { commune: 'xa-an', id: 'hoi' },
      ]),
    ).toEqual([]);
  });
});
