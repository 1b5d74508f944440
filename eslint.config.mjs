// ESLint 9 flat config (`npm run lint`, zero warnings allowed):
// - eslint-config-next (core web vitals): React, hooks, Next.js, jsx-a11y and eslint-plugin-import rules;
// - typescript-eslint `strictTypeChecked` with type information (projectService, the project's tsconfig.json);
// - `import/no-cycle`: no module imports itself back through others;
// - eslint-plugin-regexp: no regular expression may backtrack super-linearly (ReDoS), checked in every source file:
//   backtracking within one match attempt, and "moves" (a match retried from each position of a long run,
//   quadratic in all).
// Formatting (line length 120 included) is Prettier's (`npm run format:check`).
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'lib/generated/**',
      '.data/**',
      'playwright-report/**',
      'test-results/**',
      'coverage/**',
      'next-env.d.ts',
    ],
  },
  ...nextCoreWebVitals,
  ...tseslint.configs.strictTypeChecked,
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true }, projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    // import/no-cycle parses every module it reaches; the generated Prisma client is large and imports nothing of ours.
    settings: { 'import/ignore': ['node_modules', 'lib/generated/'] },
    plugins: { regexp },
    rules: {
      // "potential": also where the plugin cannot see how a pattern is used (passed on, exported).
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential' }],
      'regexp/no-invalid-regexp': 'error',
      // Cycles among our own modules; node_modules are not followed.
      'import/no-cycle': ['error', { ignoreExternal: true }],
      // Numbers read the same in a template string as anywhere else.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `_name` marks what is destructured only to be left out (`const { id: _id, ...rest } = row`) or a parameter
      // a signature requires.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `() => resolve()` as a callback says what it does; braces would not make it clearer.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // next-intl wants `next/root-params` instead, which needs `[locale]` to be the root segment; here the root
      // layout is app/layout.tsx (the locale-less not-found page), so the locale is still set per request.
      '@typescript-eslint/no-deprecated': [
        'error',
        { allow: [{ from: 'package', package: 'next-intl', name: ['setRequestLocale'] }] },
      ],
    },
  },
  {
    // Tests read untyped JSON on purpose (they check what an API or a document really holds, with expect), and an
    // assumption that does not hold (`rows[0]!`) fails the test at that line.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript (configuration and a few Node scripts) is outside tsconfig.json: no type information.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
