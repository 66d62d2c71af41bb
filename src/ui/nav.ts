/** The main sections in the header, in order. A new section adds one line here. */
import { routes } from '../base/routes.ts';
import type { UiKey } from './words.ts';

export const mainSections: { href: string; label: UiKey }[] = [
  { href: routes.home(), label: 'nav.home' },
  { href: routes.papi(), label: 'nav.papi' },
  { href: routes.documents(), label: 'nav.documents' },
  { href: routes.plans(), label: 'nav.plans' },
  { href: routes.units(), label: 'nav.units' },
  { href: routes.disclosures(), label: 'nav.disclosures' },
  { href: routes.consultations(), label: 'nav.discuss' },
  { href: routes.data(), label: 'nav.data' },
];
