/**
 * The spreadsheet forms of a commune's disclosures, in the order officials meet them: the
 * templates and the importer take them from the kind's descriptor (index.ts). Each checks the
 * files it writes with the loader's own per-file checks (files.ts) when it runs in a browser.
 */
import type { SheetForm } from '../../base/sheets/form.ts';
import { budgetForm } from './budget/sheet.ts';
import { checkDisclosureFiles } from './files.ts';
import { consultationsForm } from './consultations/sheet.ts';
import { contributionsForm } from './contributions/sheet.ts';
import { investmentForm } from './investment/sheet.ts';
import { landRecoveryForm } from './land/recovery-sheet.ts';
import { landPricesForm } from './land/sheet.ts';
import { poorHouseholdsForm } from './poor-households/sheet.ts';
import { receptionForm } from './reception/sheet.ts';

export const disclosureForms: readonly SheetForm[] = [
  budgetForm,
  landPricesForm,
  poorHouseholdsForm,
  landRecoveryForm,
  contributionsForm,
  investmentForm,
  receptionForm,
  consultationsForm,
].map((form) => ({ ...form, checkFiles: checkDisclosureFiles }));
