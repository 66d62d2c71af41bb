// @ts-check
/**
 * The linter: ESLint's and typescript-eslint's recommended rules, Astro's, and the import rules
 * that keep the layers apart (eslint-plugin-boundaries; it reads the imports of .astro files
 * too, which dependency-cruiser does not parse). The layers:
 *
 *   base        reading files, bilingual errors, words, routes, shared types; imports only base
 *   outputs     downloads, feeds, calendar, search, embeds, print, charts; import base only
 *   kinds/<k>   one content kind each; import base, outputs, ui and the kinds they declare
 *   ui          the page frame and shared components; imports base and outputs
 *   portal      src/portal.ts (lists the kinds), instance.ts, middleware.ts
 *   pages       routes: present what the portal and kinds give
 *   integrations build-time plugins
 *
 * A kind that reads another kind's model declares it here and in its descriptor (src/kinds/<k>/index.ts).
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Which kinds each kind may read (its declared dependencies). */
export const kindDependencies = {
  units: [],
  documents: ['units', 'papi'],
  papi: ['units'],
  plans: ['units', 'documents', 'papi'],
  disclosures: ['units'],
  corrections: [],
  abbreviations: [],
  hub: [],
};

/**
 * The parts of the disclosures area. The area composes them (its model, datasets, compliance)
 * and each part uses the area's shared pieces (the commune model, table shapes, words), but no
 * part imports another part.
 */
export const disclosureParts = [
  'budget',
  'land',
  'consultations',
  'poor-households',
  'contributions',
  'investment',
  'reception',
];

const partElements = disclosureParts.map((part) => ({
  type: `disclosures-${part}`,
  pattern: `src/kinds/disclosures/${part}`,
}));

const kindElements = Object.keys(kindDependencies).map((name) => ({
  type: `kind-${name}`,
  pattern: `src/kinds/${name}`,
}));

const kindDeps = (name) => [`kind-${name}`, ...kindDependencies[name].map((d) => `kind-${d}`)];

export const boundaryRules = {
  'boundaries/dependencies': [
    'error',
    {
      default: 'disallow',
      policies: [
        { from: { element: { type: 'base' } }, allow: { to: { element: { type: 'base' } } } },
        {
          from: { element: { type: 'outputs' } },
          allow: { to: { element: { types: { anyOf: ['base', 'outputs', 'styles'] } } } },
        },
        {
          from: { element: { type: 'ui' } },
          allow: { to: { element: { types: { anyOf: ['base', 'outputs', 'ui', 'styles'] } } } },
        },
        ...Object.keys(kindDependencies).map((name) => ({
          from: { element: { type: `kind-${name}` } },
          allow: {
            to: {
              element: {
                types: {
                  anyOf: [
                    'base',
                    'outputs',
                    'ui',
                    ...kindDeps(name),
                    ...(name === 'disclosures' ? partElements.map((p) => p.type) : []),
                  ],
                },
              },
            },
          },
        })),
        ...partElements.map((part) => ({
          from: { element: { type: part.type } },
          allow: {
            to: { element: { types: { anyOf: ['base', 'outputs', 'ui', part.type, ...kindDeps('disclosures')] } } },
          },
        })),
        {
          from: { element: { type: 'portal' } },
          allow: {
            to: {
              element: {
                types: {
                  anyOf: [
                    'base',
                    'outputs',
                    'portal',
                    ...kindElements.map((k) => k.type),
                    ...partElements.map((p) => p.type),
                  ],
                },
              },
            },
          },
        },
        {
          from: { element: { type: 'integrations' } },
          allow: { to: { element: { types: { anyOf: ['base', 'outputs', 'portal', 'integrations'] } } } },
        },
        {
          from: { element: { type: 'pages' } },
          allow: {
            to: {
              element: {
                types: {
                  anyOf: [
                    'base',
                    'outputs',
                    'ui',
                    'portal',
                    'pages',
                    'styles',
                    ...kindElements.map((k) => k.type),
                    ...partElements.map((p) => p.type),
                  ],
                },
              },
            },
          },
        },
      ],
    },
  ],
  // Every file of src/ belongs to a layer.
  'boundaries/no-unknown-files': 'error',
};

export const boundarySettings = {
  'boundaries/elements': [
    { type: 'base', pattern: 'src/base' },
    { type: 'outputs', pattern: 'src/outputs' },
    { type: 'ui', pattern: 'src/ui' },
    { type: 'styles', pattern: 'src/styles' },
    // A part of the disclosures area is matched before the area itself.
    ...partElements,
    ...kindElements,
    { type: 'integrations', pattern: 'src/integrations' },
    { type: 'pages', pattern: 'src/pages' },
    // The files at the top of src/: portal.ts (the list of kinds), instance.ts, middleware.ts.
    {
      type: 'portal',
      pattern: ['src/portal.ts', 'src/forms.ts', 'src/instance.ts', 'src/middleware.ts', 'src/env.d.ts'],
      mode: 'file',
    },
  ],
  'boundaries/include': ['src/**/*'],
  // The three files at the top of src/ are classified one by one ('file' mode), which the
  // plugin now calls legacy; moving them into a folder would break Astro's src/middleware.ts.
  'boundaries/legacy-warnings': false,
  // Tests may load the whole portal to check a kind against real content.
  'boundaries/ignore': ['**/*.test.ts'],
  'import/resolver': { node: { extensions: ['.ts', '.astro', '.js', '.mjs'] } },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      '.test-dist/**',
      '.astro/**',
      'node_modules/**',
      '.compare-dist/**',
      '.bench-national/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Scripts that other sites load as they are: written for old browsers (no optional catch binding).
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script' },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.astro'],
    plugins: { boundaries },
    settings: boundarySettings,
    rules: boundaryRules,
  },
);
