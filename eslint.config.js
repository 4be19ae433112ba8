import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const FEATURES = ['reader', 'compare', 'entities', 'timeline', 'outlets', 'search', 'overview', 'differences', 'quotes', 'add-articles', 'coverage'];
const el = (type, captured) => ({ element: captured ? { type, captured } : { type } });
const allow = (from, ...to) => ({ from: el(from), allow: to.map((t) => ({ to: el(t) })) });

// The architecture: the pipeline is Node-only and never reaches the app; the digest schema is
// the one module both share; features never import each other and meet in the app shell.
const policies = [
  allow('pipeline', 'pipeline', 'digest-schema'),
  allow('digest-schema', 'digest-schema'),
  allow('shared', 'shared', 'digest-schema'),
  allow('app', 'app', 'feature', 'shared', 'digest-schema'),
  // the analysis worker runs the pipeline in the browser; the page only starts it by URL and
  // speaks to it through the message types of worker-protocol
  allow('worker', 'worker', 'worker-protocol', 'pipeline', 'digest-schema', 'shared'),
  allow('worker-protocol', 'worker-protocol'),
  ...FEATURES.map((feature) => ({
    from: el('feature', { feature }),
    allow: [{ to: el('feature', { feature }) }, { to: el('shared') }, { to: el('digest-schema') }, ...(feature === 'add-articles' ? [{ to: el('worker-protocol') }] : [])],
  })),
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'public/**', 'test-results/**', 'playwright-report/**', 'screenshots/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { boundaries, 'react-hooks': reactHooks },
    settings: {
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        { type: 'digest-schema', pattern: 'src/shared/digest/**', partialMatch: false },
        { type: 'shared', pattern: 'src/shared/**', partialMatch: false },
        { type: 'pipeline', pattern: 'src/pipeline/**', partialMatch: false },
        { type: 'worker-protocol', pattern: 'src/worker/protocol/**', partialMatch: false },
        { type: 'worker', pattern: 'src/worker/**', partialMatch: false },
        { type: 'feature', pattern: 'src/features/*/**', partialMatch: false, capture: ['feature'] },
        { type: 'app', pattern: 'src/app/**', partialMatch: false },
      ],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The architecture: the pipeline is Node-only and never reaches the app; the digest schema
      // is the one module both share; features never import each other and meet in the app shell.
      'boundaries/dependencies': ['error', { default: 'disallow', policies }],
    },
  },
  {
    files: ['src/pipeline/**/*.ts', 'src/shared/**/*.ts', 'src/worker/**/*.ts'],
    rules: {
      // The pipeline is pure: no clock, no randomness, no file system; I/O lives at its edge.
      'no-restricted-imports': ['error', { patterns: ['node:fs', 'fs', 'node:fs/*', 'fs/*'] }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'The pipeline is deterministic.' },
        { object: 'Date', property: 'now', message: 'The pipeline has no clock; pass the reference date in.' },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/pipeline/**', 'node:*'], message: 'The app never imports the Node-only pipeline.' }] }],
    },
  },
);
