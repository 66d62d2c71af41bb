/**
 * A draft of a document's tasks file (tasks/<id>.yaml) from the numbered and lettered items of
 * its body, for a person to finish. The items are read as a tree (I. > 1. > 1.1. > a) > - > +)
 * and, as the counting rule of the committed plans has it, the smallest item the document
 * separates is a task: a lettered item (over several paragraphs too), a "-" or "+" item, a
 * numbered item without sub-items; under a numbered heading written as plain paragraphs, each
 * paragraph. A part on purpose and requirements ("MỤC ĐÍCH, YÊU CẦU") assigns nothing and is
 * left out; so are closing formulas ("Trên đây là…", "Trong quá trình thực hiện…").
 *
 * What a Word file cannot say is not guessed: each task's lead and cooperating units are null
 * (the loader refuses the file until a person writes them, [] where the document names none),
 * and dimensions, targets, deadlines and reporting are left for a person to add.
 */
import { markerOf, isHeadingLike, type Marker } from '../documents/from-word-body.ts';
import type { FieldNote } from '../documents/from-word-draft.ts';
import { yamlScalar } from '../documents/from-word-draft.ts';
import type { BodyBlock } from '../documents/from-word-layout.ts';

export interface TaskDraft {
  id: string;
  number: string | null;
  text: string;
  leads: null;
  cooperating: null;
}

export interface SectionDraft {
  part: string | null;
  group: string | null;
  number: string | null;
  heading: string | null;
  tasks: TaskDraft[];
}

export interface TasksDraft {
  sections: SectionDraft[];
  /** Required fields left null, by path, for the person to fill. */
  toFill: FieldNote[];
  toCheck: FieldNote[];
}

interface Item {
  marker: Marker | null;
  level: number;
  /** The paragraph as written (mark included). */
  text: string;
  /** Plain paragraphs under it before the next item. */
  paras: string[];
  children: Item[];
  parent: Item | null;
}

function levelOf(marker: Marker): number {
  switch (marker.kind) {
    case 'part':
      return 0;
    case 'numbered':
      return 1;
    case 'subnumbered':
      return 1 + marker.mark.split('.').length - 1;
    case 'lettered':
      return 10;
    case 'dash':
      return 11;
    case 'plus':
      return 12;
  }
}

function tree(paragraphs: string[]): Item {
  const root: Item = { marker: null, level: -1, text: '', paras: [], children: [], parent: null };
  let current = root;
  for (const text of paragraphs) {
    const marker = markerOf(text);
    if (!marker) {
      current.paras.push(text);
      continue;
    }
    const level = levelOf(marker);
    while (current.parent && current.level >= level) current = current.parent;
    const item: Item = { marker, level, text, paras: [], children: [], parent: current };
    current.children.push(item);
    current = item;
  }
  return root;
}

const PURPOSE = /^(MỤC ĐÍCH|YÊU CẦU)/iu;
const CLOSING = /^(Trên đây là|Trong quá trình (tổ chức )?(triển khai )?(tổ chức )?thực hiện)/iu;

/** A numbered heading ("1. Mục đích") rather than a numbered paragraph; lettered and dashed items are always items. */
const isHeading = (item: Item) =>
  item.marker !== null && ['part', 'numbered', 'subnumbered'].includes(item.marker.kind) && isHeadingLike(item.marker);

const ancestors = (item: Item): Item[] => {
  const out: Item[] = [];
  for (let p: Item | null = item; p && p.marker; p = p.parent) out.unshift(p);
  return out;
};

function sectionOf(container: Item): Omit<SectionDraft, 'tasks'> {
  const chain = ancestors(container);
  const part = chain.find((i) => i.marker!.kind === 'part') ?? null;
  const own = container.marker && container.marker.kind !== 'part' ? container : null;
  const between = own ? chain.slice(part ? 1 : 0, -1) : [];
  const group = between.at(-1) ?? null;
  return {
    part: part?.text ?? null,
    group: group?.text ?? null,
    number: own ? (own.marker!.kind === 'lettered' ? `${own.marker!.mark})` : own.marker!.mark) : null,
    heading: own ? own.marker!.rest : null,
  };
}

/** The id part for a section: "ii-2-1", "1-a". */
function pathOf(container: Item): string {
  return ancestors(container)
    .flatMap((i) => {
      const m = i.marker!;
      if (m.kind === 'part') return [m.mark.toLowerCase()];
      if (m.kind === 'numbered' || m.kind === 'subnumbered') return [m.mark.split('.').at(-1)!];
      if (m.kind === 'lettered') return [m.mark.replace('đ', 'dd')];
      const siblings = i.parent!.children.filter((c) => c.marker!.kind === m.kind);
      return [`${m.kind === 'dash' ? 'g' : 'c'}${siblings.indexOf(i) + 1}`];
    })
    .join('-');
}

/** The task drafts of a body, grouped in sections as the document groups them. */
export function tasksDraft(blocks: readonly BodyBlock[], documentId: string): TasksDraft {
  const paragraphs = blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
  const tables = blocks.filter((b) => b.type === 'table').length;
  const root = tree(paragraphs);
  const sections = new Map<Item, SectionDraft>();
  const usedIds = new Set<string>();
  const toCheck: FieldNote[] = [];
  const skipped: string[] = [];

  const add = (container: Item, number: string | null, text: string) => {
    if (CLOSING.test(text)) {
      skipped.push(text);
      return;
    }
    let section = sections.get(container);
    if (!section) {
      section = { ...sectionOf(container), tasks: [] };
      sections.set(container, section);
    }
    const base = [documentId, pathOf(container), String(section.tasks.length + 1)].filter((s) => s !== '').join('-');
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    section.tasks.push({ id, number, text, leads: null, cooperating: null });
  };
  const paragraphTasks = (container: Item, paras: string[]) =>
    paras.forEach((p, k) => add(container, `đoạn ${k + 1}`, p));

  const walk = (item: Item) => {
    if (item.marker && isHeading(item) && PURPOSE.test(item.marker.rest)) {
      toCheck.push({
        field: 'sections',
        vi: `bỏ qua phần "${item.text}": mục đích, yêu cầu không giao việc`,
        en: `part "${item.text}" left out: purpose and requirements assign no tasks`,
      });
      return;
    }
    if (item.marker === null) {
      // Paragraphs before the first item (preamble) assign nothing.
      item.children.forEach(walk);
      return;
    }
    const m = item.marker;
    if (isHeading(item)) {
      paragraphTasks(item, item.paras);
      item.children.forEach(walk);
      return;
    }
    if (item.children.length > 0) {
      // An item that introduces sub-items ("… các nội dung sau:") is their section; its own words are the heading.
      item.children.forEach(walk);
      return;
    }
    const container = item.parent!;
    const siblings = container.children.filter((c) => c.marker!.kind === m.kind);
    const number =
      m.kind === 'lettered'
        ? `${m.mark})`
        : m.kind === 'dash'
          ? `gạch đầu dòng ${siblings.indexOf(item) + 1}`
          : m.kind === 'plus'
            ? `dấu cộng ${siblings.indexOf(item) + 1}`
            : m.mark;
    if (m.kind === 'numbered' || m.kind === 'subnumbered' || m.kind === 'part') {
      // A numbered paragraph is one task; paragraphs after it are tasks of their own.
      add(container, number, m.rest);
      item.paras.forEach((p, k) => add(container, `đoạn ${k + 1}`, p));
    } else add(container, number, [m.rest, ...item.paras].join(' '));
  };
  walk(root);

  const list = [...sections.values()];
  const toFill: FieldNote[] = list.flatMap((section, s) =>
    section.tasks.flatMap((task, t) =>
      (['leads', 'cooperating'] as const).map((key) => ({
        field: `sections.${s}.tasks.${t}.${key}`,
        vi:
          key === 'leads'
            ? `đơn vị chủ trì của "${task.number ?? task.id}": mã đơn vị, hoặc [] nếu văn bản không nêu`
            : `đơn vị phối hợp của "${task.number ?? task.id}": mã đơn vị, hoặc [] nếu văn bản không nêu`,
        en:
          key === 'leads'
            ? `lead units of "${task.number ?? task.id}": unit ids, or [] if the document names none`
            : `cooperating units of "${task.number ?? task.id}": unit ids, or [] if the document names none`,
      })),
    ),
  );
  for (const text of skipped)
    toCheck.push({
      field: 'sections',
      vi: `bỏ qua câu kết: "${text.slice(0, 60)}…"`,
      en: `closing formula left out: "${text.slice(0, 60)}…"`,
    });
  if (tables > 0)
    toCheck.push({
      field: 'sections',
      vi: `${tables} bảng trong văn bản không được đọc thành nhiệm vụ (bảng phân công thì nhập tay)`,
      en: `${tables} table(s) of the document were not read into tasks (enter an assignment table by hand)`,
    });
  toCheck.push(
    {
      field: 'papi_year',
      vi: 'để null: ghi năm khảo sát PAPI nếu văn bản nêu',
      en: 'left null: write the PAPI survey year if the document names it',
    },
    {
      field: 'sections.*.tasks.*',
      vi: 'thêm dimensions, areas, indices, targets, deadline, lead_text khi văn bản nêu; kiểm tra cách chia nhiệm vụ',
      en: 'add dimensions, areas, indices, targets, deadline, lead_text where the document states them; check how the tasks are split',
    },
    {
      field: 'reporting',
      vi: 'chưa ghi: thêm chế độ báo cáo nếu văn bản nêu (kỳ, hạn nộp, nơi nhận)',
      en: 'not written: add the reporting the document asks for (periods, deadlines, to whom)',
    },
  );
  return { sections: list, toFill, toCheck };
}

/** The tasks file: a comment on what it is, the sections and tasks, leads and cooperating marked to fill. */
export function tasksFile(draft: TasksDraft, header: string[]): string {
  const lines = [...header.map((h) => `# ${h}`), '', 'papi_year: null', '', 'sections:'];
  for (const s of draft.sections) {
    lines.push(
      `  - part: ${yamlScalar(s.part)}`,
      `    group: ${yamlScalar(s.group)}`,
      `    number: ${yamlScalar(s.number)}`,
      `    heading: ${yamlScalar(s.heading)}`,
      '    tasks:',
    );
    for (const t of s.tasks) {
      lines.push(
        `      - id: ${t.id}`,
        `        number: ${yamlScalar(t.number)}`,
        `        text: ${yamlScalar(t.text)}`,
        '        leads: null # CẦN ĐIỀN / TO FILL',
        '        cooperating: null # CẦN ĐIỀN / TO FILL',
      );
    }
  }
  return lines.join('\n') + '\n';
}
