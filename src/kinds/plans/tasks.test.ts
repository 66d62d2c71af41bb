import { describe, expect, it } from 'vitest';
import { copyFixture } from '../../../test/helpers/fixture.ts';
import { loadPortal } from '../../portal.ts';
import { unitSchema } from '../units/schema.ts';
import { buildUnitTree } from '../units/tree.ts';
import type { Plan } from './load.ts';
import type { Task } from './schema.ts';
import { planDocument } from './summary.ts';
import { openingWords, statusKey, taskDimensions, taskGroups, taskLeads, taskPlaces } from './tasks.ts';

const task = (id: string, over: Partial<Task> = {}): Plan['tasks'][number] => ({
  id,
  number: null,
  text: id,
  leads: [],
  lead_text: null,
  cooperating: [],
  cooperating_text: null,
  dimensions: [],
  areas: [],
  indices: [],
  targets: [],
  deadline: null,
  deadline_text: null,
  plan: 'p',
  section: 0,
  ...over,
});

const planOf = (id: string, tasks: Plan['tasks'], over: Partial<Plan> = {}): Plan => ({
  id,
  papi_year: null,
  targets: [],
  missing_annex: null,
  sample: false,
  sampleTasks: false,
  scope: null,
  reporting: null,
  sections: [{ part: null, group: null, number: '1', heading: null, tasks: [] }],
  tasks: tasks.map((t) => ({ ...t, plan: id })),
  reports: [],
  ...over,
});

// Names chosen so that the alphabetical order (Vietnamese) differs from the order of appearance.
const units = buildUnitTree(
  [
    { id: 'so-xd', kind: 'department', name_vi: 'Sở Xây dựng' },
    { id: 'so-ct', kind: 'department', name_vi: 'Sở Công Thương' },
    { id: 'so-dd', kind: 'department', name_vi: 'Sở Đối ngoại' },
  ].map((u) => unitSchema.parse(u)),
  [],
);

const first = planOf('p1', [
  task('a', { leads: ['so-xd'], dimensions: [8, 3], deadline: '2021-01-31' }),
  task('b', { leads: ['so-ct', 'so-xd'], dimensions: [3] }),
  task('c', { lead_text: 'Các sở, ngành' }),
]);
const second = planOf('p2', [task('d', { leads: ['so-dd'], dimensions: [5] }), task('e', { leads: ['so-ct'] })], {
  sample: true,
  reports: [
    {
      unit: 'so-dd',
      period: '2021-h1',
      submitted: '2021-06-10',
      items: [{ task: 'd', status: 'hoan-thanh', progress: 100, account: 'x', evidence: [] }],
    },
  ],
});

describe('the task index groups every task', () => {
  const groups = taskGroups({ plans: [first, second], units, asOf: '2021-12-31' });
  const ids = (items: { task: { id: string } }[]) => items.map((i) => i.task.id);

  it('lists every task once, in the order of the plans', () => {
    expect(ids(groups.items)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('groups by lead unit in Vietnamese alphabetical order, a task with two leads under both', () => {
    expect(groups.leadUnits).toEqual(['so-ct', 'so-dd', 'so-xd']);
    expect(groups.byUnit.map((g) => [g.unit, ids(g.items)])).toEqual([
      ['so-ct', ['b', 'e']],
      ['so-dd', ['d']],
      ['so-xd', ['a', 'b']],
    ]);
  });
  it('keeps the tasks whose document names no lead unit as a group of their own', () => {
    expect(ids(groups.noLead)).toEqual(['c']);
  });
  it('groups by the PAPI dimensions that some task addresses, in order', () => {
    expect(groups.dimensions).toEqual([3, 5, 8]);
    expect(groups.byDimension.map((g) => [g.dimension, ids(g.items)])).toEqual([
      [3, ['a', 'b']],
      [5, ['d']],
      [8, ['a']],
    ]);
  });
  it('groups by status in status order, leaving out statuses no task has, tasks without report last', () => {
    expect(groups.byStatus.map((g) => [g.status, ids(g.items)])).toEqual([
      ['hoan-thanh', ['d']],
      ['qua-han', ['a']],
      ['none', ['b', 'c', 'e']],
    ]);
    expect(groups.items.map(statusKey)).toEqual(['qua-han', 'none', 'none', 'hoan-thanh', 'none']);
  });
  it('says when some progress is illustrative', () => {
    expect(groups.sample).toBe(true);
    expect(taskGroups({ plans: [first], units, asOf: '2021-12-31' }).sample).toBe(false);
  });
});

describe("a plan's leads and dimensions", () => {
  it('lists each lead once in order of appearance, each dimension once in numeric order', () => {
    expect(taskLeads(first.tasks)).toEqual(['so-xd', 'so-ct']);
    expect(taskDimensions([...second.tasks, ...first.tasks])).toEqual([3, 5, 8]);
    expect(taskDimensions([task('x')])).toEqual([]);
  });
});

describe('where a task sits and the heading of its plan', () => {
  const portal = loadPortal({ contentDir: copyFixture() });

  it("names each task's plan by kind and issuer, and its section", () => {
    const places = taskPlaces(portal, 'vi');
    expect(places.get('thu-1-a')).toBe('Kế hoạch – Ủy ban nhân dân tỉnh Cũ, Mục II.1');
    expect(taskPlaces(portal, 'en').get('thu-1-b')).toBe('Plan – Ủy ban nhân dân tỉnh Cũ, Section II.1');
    expect(places.size).toBe(2);
  });
  it("gives a plan's document and heading", () => {
    const { doc, title } = planDocument(portal, 'ke-hoach-thu', 'en');
    expect(doc.number).toBe('12/KH-UBND');
    expect(title).toBe('Kế hoạch thử');
  });
});

describe('the opening words of a task', () => {
  it('keeps a short text whole', () => {
    expect(openingWords('Tuyên truyền.')).toBe('Tuyên truyền.');
    expect(openingWords('x'.repeat(140))).toBe('x'.repeat(140));
  });
  it('cuts a long text at the last whole word within 140 characters', () => {
    const text = `${'từ '.repeat(46)}cuối cùng`;
    const opening = openingWords(text);
    expect(opening).toBe(`${'từ '.repeat(46).trimEnd()}…`);
    expect(opening.length).toBeLessThanOrEqual(141);
  });
});
