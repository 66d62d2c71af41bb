/**
 * The pages a correction can name, from plain lists of what the other kinds publish: the
 * portal (src/portal.ts) hands them over, so this kind reads no other kind.
 */
import type { KnownPages, PageFamily } from './rules.ts';

/** A list of ids, or null when not all of them could be read (then their pages are not checked). */
type Ids = readonly string[] | null;

export interface PublishedPages {
  documents: readonly { id: string; published: string | null }[] | null;
  units: Ids;
  plans: Ids;
  tasks: Ids;
  /** Communes with a disclosures page. */
  communes: Ids;
}

const family = (
  what: PageFamily['what'],
  entries: readonly { id: string; published: string | null }[] | null,
  below: PageFamily['below'] = [],
): PageFamily => ({
  what,
  ids: entries && new Map(entries.map((e) => [e.id, { published: e.published }])),
  below,
});

const undated = (ids: Ids) => ids && ids.map((id) => ({ id, published: null }));

export function knownPages(pages: PublishedPages): KnownPages {
  return {
    families: new Map([
      ['van-ban', family({ vi: 'văn bản', en: 'document' }, pages.documents)],
      ['don-vi', family({ vi: 'đơn vị', en: 'unit' }, undated(pages.units))],
      ['ke-hoach', family({ vi: 'kế hoạch', en: 'plan' }, undated(pages.plans), ['bao-cao'])],
      ['nhiem-vu', family({ vi: 'nhiệm vụ', en: 'task' }, undated(pages.tasks))],
      [
        'cong-khai',
        family(
          { vi: 'xã, phường có trang công khai', en: 'commune with a disclosures page' },
          undated(pages.communes && [...pages.communes, 'bang-gia-dat']),
          'any',
        ),
      ],
    ]),
  };
}
