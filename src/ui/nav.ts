/** The main sections in the header of a province's portal, in order. A new section adds one line here. */
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

/** The main sections in the header of the national hub (its home lists the 34 provinces). */
export const hubSections: { href: string; label: UiKey }[] = [
  { href: routes.home(), label: 'nav.home' },
  { href: routes.papi(), label: 'nav.papi' },
  { href: routes.reorganisation(), label: 'nav.reorganisation' },
  { href: routes.data(), label: 'nav.data' },
];

/** The header's sections of a build: the hub's or a province's portal's. */
export const sectionsOf = (hub: boolean) => (hub ? hubSections : mainSections);
