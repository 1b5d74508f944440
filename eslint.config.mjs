// ESLint 9 flat config (`npm run lint`). For now one concern: no regular expression may backtrack super-linearly
// (ReDoS), checked by eslint-plugin-regexp in every source file: backtracking within one match attempt, and "moves"
// (a match retried from each position of a long run, quadratic in all). Other rule sets (eslint-config-next,
// typescript-eslint strict) come on top of this later; typescript-eslint's plugin is registered for the code's
// existing directives, and its no-explicit-any is on so that those directives are used.
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default [
  {
    ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', '.data/**', 'playwright-report/**', 'test-results/**'],
  },
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { regexp, '@typescript-eslint': tseslint.plugin },
    rules: {
      // "potential": also where the plugin cannot see how a pattern is used (passed on, exported).
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential' }],
      'regexp/no-invalid-regexp': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
];
