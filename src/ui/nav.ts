/** The main sections in the header, in order. A new section adds one line here. */
import type { UiKey } from './words.ts';

export const mainSections: { href: string; label: UiKey }[] = [
  { href: '/', label: 'nav.home' },
  { href: '/papi/', label: 'nav.papi' },
  { href: '/van-ban/', label: 'nav.documents' },
  { href: '/ke-hoach/', label: 'nav.plans' },
  { href: '/don-vi/', label: 'nav.units' },
  { href: '/cong-khai/', label: 'nav.disclosures' },
  { href: '/gop-y/', label: 'nav.discuss' },
  { href: '/du-lieu/', label: 'nav.data' },
];
