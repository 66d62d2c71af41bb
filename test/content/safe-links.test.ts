/**
 * Every link content can give is a safe link (fields.ts `safeUrl`, `safeWebAddress`): the
 * schemas are walked for every field that names a link, so a new link field that forgets the
 * rule fails here, and each one is tried with the links that could run code or lead elsewhere.
 */
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/base/site/schema.ts';
import { correctionSchema } from '../../src/kinds/corrections/schema.ts';
import { abbreviationSchema } from '../../src/kinds/abbreviations/schema.ts';
import { communeDisclosureSchema } from '../../src/kinds/disclosures/schema.ts';
import { budgetLineSchema, budgetMetaSchema } from '../../src/kinds/disclosures/budget/schema.ts';
import { discussionSchema } from '../../src/kinds/disclosures/consultations/schema.ts';
import { poorHouseholdRowSchema } from '../../src/kinds/disclosures/poor-households/schema.ts';
import { priceRowSchema, recoveryProjectSchema } from '../../src/kinds/disclosures/land/schema.ts';
import { documentSchema } from '../../src/kinds/documents/schema.ts';
import {
  comparisonSchema,
  frameworkSchema,
  provinceRowSchema,
  quotedSchema,
  resultRowSchema,
  subRowSchema,
} from '../../src/kinds/papi/schema.ts';
import { planFileSchema, reportFileSchema } from '../../src/kinds/plans/schema.ts';
import { successionSchema, unitSchema } from '../../src/kinds/units/schema.ts';

const SCHEMAS: Record<string, z.ZodType> = {
  site: siteSchema,
  correction: correctionSchema,
  abbreviation: abbreviationSchema,
  disclosure: communeDisclosureSchema,
  budgetMeta: budgetMetaSchema,
  budgetLine: budgetLineSchema,
  discussion: discussionSchema,
  poorHouseholdRow: poorHouseholdRowSchema,
  priceRow: priceRowSchema,
  recovery: recoveryProjectSchema,
  document: documentSchema,
  papiResult: resultRowSchema,
  papiSub: subRowSchema,
  papiFramework: frameworkSchema,
  papiProvince: provinceRowSchema,
  papiComparison: comparisonSchema,
  papiQuoted: quotedSchema,
  planFile: planFileSchema,
  reportFile: reportFileSchema,
  unit: unitSchema,
  succession: successionSchema,
};

/** Field names that hold a link to follow. */
const LINK_NAME = /url|href|link|file|evidence|origin|licen[cs]e|website|web|endpoint/i;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The string schemas under every field whose name says it is a link, by dotted path. */
function linkFields(schema: z.ZodType, path: string, named: boolean, out: Map<string, z.ZodType>): void {
  const def = defOf(schema);
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape!)) linkFields(child, path ? `${path}.${key}` : key, LINK_NAME.test(key), out);
  } else if (def.type === 'array') linkFields(def.element!, `${path}[]`, named, out);
  else if (def.innerType) linkFields(def.innerType, path, named, out);
  else if (def.type === 'pipe') linkFields(def.in!, path, named, out);
  else if (def.type === 'union') def.options!.forEach((o) => linkFields(o, path, named, out));
  else if (named && def.type === 'string') out.set(path, schema);
}

const found = new Map<string, z.ZodType>();
for (const [name, schema] of Object.entries(SCHEMAS)) linkFields(schema, name, false, found);

/**
 * Every link field, and whether it may be a path on the portal, must be a full address, must
 * be a full https address (where residents' comments go), or a Zalo Official Account page.
 */
const LINK_FIELDS: Record<string, 'link' | 'web address' | 'https address' | 'zalo'> = {
  'site.site_url': 'web address',
  'site.contact.feedback_url': 'https address',
  'site.contact.zalo_url': 'zalo',
  'site.feedback.endpoint': 'https address',
  'disclosure.contact.feedback_url': 'https address',
  'disclosure.contact.zalo_url': 'zalo',
  'site.data_licence.url': 'web address',
  'site.embed_origins[]': 'web address',
  'disclosure.land_use_plans[].documents[].file': 'link',
  'disclosure.land_use_plans[].maps[].file': 'link',
  'discussion.consultations[].draft.file': 'link',
  'reportFile.reports[].items[].evidence[]': 'link',
};

const REFUSED = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example',
  '/\\evil.example',
  '/\t/evil.example',
  'https:evil.example',
  'ftp://example.org/a.pdf',
  'mailto:a@example.org',
  'tep/ke-hoach.pdf',
  ' https://example.org/',
  'https://example.org/a b.pdf',
  '',
];
const ACCEPTED_WEB = ['https://example.org/', 'http://example.org/a.pdf', 'HTTPS://Example.org/tep?a=1#b'];
const ACCEPTED_PATH = ['/tep/ke-hoach.pdf', '/', '/van-ban/abc/?a=1'];
const ACCEPTED_ZALO = ['https://zalo.me/4012345678', 'https://oa.zalo.me/home'];

describe('every link field of every schema is a safe link', () => {
  it('the table names every link field the schemas have', () => {
    expect([...found.keys()].sort()).toEqual(Object.keys(LINK_FIELDS).sort());
  });

  for (const [path, kind] of Object.entries(LINK_FIELDS)) {
    describe(path, () => {
      const field = found.get(path)!;
      it.each(REFUSED)('refuses %j', (value) => {
        const result = field.safeParse(value);
        expect(result.success).toBe(false);
        expect(result.error!.issues[0]!.message).toMatch(/https:\/\/.* ¦ .*https:\/\//);
      });
      if (kind === 'zalo') {
        it.each(ACCEPTED_ZALO)('accepts %j', (value) => expect(field.safeParse(value).success).toBe(true));
        it.each(ACCEPTED_WEB)('refuses %j, not a Zalo page', (value) => expect(field.safeParse(value).success).toBe(false));
      } else {
        it.each(ACCEPTED_WEB)(kind === 'https address' ? 'accepts %j if it is https' : 'accepts %j', (value) =>
          expect(field.safeParse(value).success).toBe(kind !== 'https address' || /^https:/i.test(value)),
        );
      }
      it.each(ACCEPTED_PATH)(kind === 'link' ? 'accepts %j' : 'refuses the path %j', (value) =>
        expect(field.safeParse(value).success).toBe(kind === 'link'),
      );
    });
  }
});
