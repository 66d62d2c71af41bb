/**
 * Every kind's spreadsheet forms without the rest of the kind (its loader reads files): what
 * the publishing page runs in the browser. The same forms, in the same order, as the kinds
 * declare in their descriptors (`sheets`) — src/forms.test.ts holds the two lists together.
 */
import type { SheetForm } from './base/sheets/form.ts';
import { disclosureForms } from './kinds/disclosures/forms.ts';
import { planForms } from './kinds/plans/sheet.ts';

export const browserForms: readonly SheetForm[] = [...planForms, ...disclosureForms];
