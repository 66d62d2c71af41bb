/** The main sections in the header, in order. A new section adds one line here. */
import type { UiKey } from '../i18n/ui.ts';

export const mainSections: { href: string; label: UiKey }[] = [
  { href: '/', label: 'nav.home' },
  { href: '/papi/', label: 'nav.papi' },
  { href: '/van-ban/', label: 'nav.documents' },
  { href: '/don-vi/', label: 'nav.units' },
  { href: '/du-lieu/', label: 'nav.data' },
];
