/**
 * Consistency rules of units and succession, beyond what one row can say: the tree has no
 * loop, a unit exists only while its parent does, no district outlives 30 June 2025, and a
 * succession link joins a unit that ended to one that existed from the next day.
 * Pure functions: the loader (load.ts) files what they return at the right row.
 */
import { daysBetween } from '../../base/dates.ts';
import { judgement, shown, type Problem } from '../../base/rules.ts';
import type { Bilingual } from '../../base/content/errors.ts';
import type { Succession, Unit } from './schema.ts';

/** Names the place of an entry in a message ("units/admin.csv, hàng 3"). */
export type Where = (index: number) => Bilingual;

const byIndex: Where = (i) => ({ vi: `mục ${i + 1}`, en: `entry ${i + 1}` });

/** The last day of the district level: from 1 July 2025 Viet Nam has provinces and communes only. */
export const LAST_DAY_OF_DISTRICTS = '2025-06-30';

/** Each id's first unit (a repeated id is reported as such, once). */
function firstById(units: readonly Unit[]): Map<string, { unit: Unit; index: number }> {
  const out = new Map<string, { unit: Unit; index: number }>();
  units.forEach((unit, index) => {
    if (!out.has(unit.id)) out.set(unit.id, { unit, index });
  });
  return out;
}

/**
 * A unit that is its own ancestor through a longer chain (a → b → a): each loop is named
 * once, at the member that comes last in the files (most often the row added after the
 * others), with the whole loop in the message. A unit that is its own parent is reported by
 * the loader already.
 */
export function parentCycles(units: readonly Unit[]): Problem[] {
  const byId = firstById(units);
  const done = new Set<string>();
  const problems: Problem[] = [];
  for (const { unit } of byId.values()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let id: string | null = unit.id;
    while (id !== null && byId.has(id) && !done.has(id) && !onPath.has(id)) {
      onPath.set(id, path.length);
      path.push(id);
      id = byId.get(id)!.unit.parent;
    }
    if (id !== null && onPath.has(id)) {
      const loop = path.slice(onPath.get(id)!);
      if (loop.length > 1) {
        const last = loop.reduce((a, b) => (byId.get(b)!.index > byId.get(a)!.index ? b : a));
        const { unit: at, index } = byId.get(last)!;
        const start = loop.indexOf(last);
        const chain = [...loop.slice(start), ...loop.slice(0, start), last].join(' → ');
        problems.push({
          at: index,
          path: ['parent'],
          found: shown(at.parent),
          expected: {
            vi: `một đơn vị cấp trên không nằm dưới chính đơn vị này: ${chain} tạo thành vòng lặp, đơn vị nào cũng thành cấp trên của chính mình`,
            en: `a parent that is not below this unit: ${chain} is a loop, each unit its own ancestor`,
          },
        });
      }
    }
    for (const member of path) done.add(member);
  }
  return problems;
}

/**
 * A unit exists only while its parent does. Never at the same time (a 2025 commune under a
 * district that ended on 30/6/2025) is impossible, and the parent is what was mistyped; a
 * unit that began before its parent or ended after it is a judgement: the dates may be those
 * of another form of the unit.
 */
export function parentValidity(units: readonly Unit[]): Problem[] {
  const byId = firstById(units);
  const problems: Problem[] = [];
  units.forEach((unit, index) => {
    const parent = unit.parent === null || unit.parent === unit.id ? undefined : byId.get(unit.parent)?.unit;
    if (!parent) return;
    const p = parent.id;
    if (unit.valid_from && parent.valid_to && unit.valid_from > parent.valid_to) {
      problems.push({
        at: index,
        path: ['parent'],
        found: shown(unit.parent),
        expected: {
          vi: `một đơn vị cấp trên còn tồn tại khi "${unit.id}" bắt đầu (${unit.valid_from}): "${p}" đã kết thúc ngày ${parent.valid_to}`,
          en: `a parent that still existed when "${unit.id}" began (${unit.valid_from}): "${p}" ended on ${parent.valid_to}`,
        },
      });
    } else if (unit.valid_to && parent.valid_from && unit.valid_to < parent.valid_from) {
      problems.push({
        at: index,
        path: ['parent'],
        found: shown(unit.parent),
        expected: {
          vi: `một đơn vị cấp trên đã có khi "${unit.id}" còn tồn tại (đến ${unit.valid_to}): "${p}" chỉ bắt đầu từ ${parent.valid_from}`,
          en: `a parent that existed while "${unit.id}" did (until ${unit.valid_to}): "${p}" began only on ${parent.valid_from}`,
        },
      });
    } else if (unit.valid_from && parent.valid_from && unit.valid_from < parent.valid_from) {
      problems.push({
        at: index,
        path: ['valid_from'],
        found: shown(unit.valid_from),
        expected: judgement({
          vi: `một ngày bắt đầu không sớm hơn ngày đơn vị cấp trên "${p}" bắt đầu (${parent.valid_from}): đơn vị không thể có trước cấp trên của nó`,
          en: `a start no earlier than that of its parent "${p}" (${parent.valid_from}): a unit cannot exist before its parent`,
        }),
      });
    } else if (unit.valid_to && parent.valid_to && unit.valid_to > parent.valid_to) {
      problems.push({
        at: index,
        path: ['valid_to'],
        found: shown(unit.valid_to),
        expected: judgement({
          vi: `một ngày kết thúc không muộn hơn ngày đơn vị cấp trên "${p}" kết thúc (${parent.valid_to}): đơn vị không thể còn khi cấp trên của nó đã hết`,
          en: `an end no later than that of its parent "${p}" (${parent.valid_to}): a unit cannot outlast its parent`,
        }),
      });
    }
  });
  return problems;
}

/**
 * No district after 30 June 2025: a district dated after it is impossible. One with no end
 * date is left alone: the schema reads an empty valid_to as "not known", and the source
 * may not say when a district ended.
 */
export function districtsAfterReform(units: readonly Unit[]): Problem[] {
  const problems: Problem[] = [];
  const noDistricts = {
    vi: 'từ 1/7/2025 không còn cấp huyện',
    en: 'from 1 July 2025 there is no district level',
  };
  units.forEach((unit, index) => {
    if (unit.kind !== 'district') return;
    if (unit.valid_from && unit.valid_from > LAST_DAY_OF_DISTRICTS)
      problems.push({
        at: index,
        path: ['valid_from'],
        found: shown(unit.valid_from),
        expected: {
          vi: `một ngày bắt đầu không muộn hơn ${LAST_DAY_OF_DISTRICTS}, hoặc kind khác "district": ${noDistricts.vi}`,
          en: `a start no later than ${LAST_DAY_OF_DISTRICTS}, or a kind other than "district": ${noDistricts.en}`,
        },
      });
    else if (unit.valid_to && unit.valid_to > LAST_DAY_OF_DISTRICTS)
      problems.push({
        at: index,
        path: ['valid_to'],
        found: shown(unit.valid_to),
        expected: {
          vi: `một ngày kết thúc không muộn hơn ${LAST_DAY_OF_DISTRICTS}: ${noDistricts.vi}`,
          en: `an end no later than ${LAST_DAY_OF_DISTRICTS}: ${noDistricts.en}`,
        },
      });
  });
  return problems;
}

export interface SuccessionProblems {
  /** At succession rows. */
  links: Problem[];
  /** At unit rows (a predecessor's end date). */
  units: Problem[];
}

/**
 * Succession links: not from a unit to itself, each pair once, and in time — the successor
 * existed on the day after the predecessor ended. A predecessor that went wholly into a unit
 * and is still valid after that unit began is a judgement (the successor may have existed
 * before and taken it in).
 */
export function successionRules(
  units: readonly Unit[],
  links: readonly Succession[],
  where: Where = byIndex,
): SuccessionProblems {
  const byId = firstById(units);
  const out: SuccessionProblems = { links: [], units: [] };
  const pairs = new Map<string, number>();
  const flagged = new Set<string>();
  links.forEach((link, index) => {
    if (link.from === link.to) {
      out.links.push({
        at: index,
        path: ['to'],
        found: shown(link.to),
        expected: {
          vi: `một đơn vị khác "${link.from}": một đơn vị không kế thừa chính nó`,
          en: `a unit other than "${link.from}": a unit does not succeed itself`,
        },
      });
      return;
    }
    const key = `${link.from}\u0000${link.to}`;
    const first = pairs.get(key);
    if (first !== undefined) {
      const w = where(first);
      out.links.push({
        at: index,
        path: ['to'],
        found: shown(link.to),
        expected: {
          vi: `mỗi cặp kế thừa ghi một lần: "${link.from}" → "${link.to}" đã có ở ${w.vi}`,
          en: `each succession pair once: "${link.from}" → "${link.to}" is already at ${w.en}`,
        },
      });
      return;
    }
    pairs.set(key, index);
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (!from || !to) return;
    const ended = from.unit.valid_to;
    const began = to.unit.valid_from;
    if (ended && began && daysBetween(ended, began) > 1) {
      out.links.push({
        at: index,
        path: ['to'],
        found: shown(link.to),
        expected: {
          vi: `một đơn vị đã có vào ngày sau khi "${link.from}" kết thúc (${ended}): "${link.to}" chỉ bắt đầu từ ${began}`,
          en: `a unit that existed on the day after "${link.from}" ended (${ended}): "${link.to}" began only on ${began}`,
        },
      });
    } else if (ended && to.unit.valid_to && to.unit.valid_to <= ended) {
      out.links.push({
        at: index,
        path: ['to'],
        found: shown(link.to),
        expected: {
          vi: `một đơn vị còn tồn tại sau khi "${link.from}" kết thúc (${ended}): "${link.to}" đã kết thúc ngày ${to.unit.valid_to}`,
          en: `a unit that still existed after "${link.from}" ended (${ended}): "${link.to}" ended on ${to.unit.valid_to}`,
        },
      });
    } else if (link.type === 'full' && began && (!ended || ended >= began) && !flagged.has(link.from)) {
      flagged.add(link.from);
      const w = where(index);
      out.units.push({
        at: from.index,
        path: ['valid_to'],
        found: shown(ended),
        expected: judgement({
          vi: `một ngày kết thúc sớm hơn ${began}: "${link.to}" bắt đầu từ ${began} và toàn bộ "${link.from}" đã nhập vào đó (${w.vi}), nên "${link.from}" không thể còn sau ngày ấy`,
          en: `an end before ${began}: the whole of "${link.from}" went into "${link.to}" (${w.en}), which began on ${began}, so "${link.from}" cannot still exist after it`,
        }),
      });
    }
  });
  return out;
}
