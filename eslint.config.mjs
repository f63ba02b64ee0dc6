// @ts-check
// ESLint as Starlight sets it up (docs/style.md; withastro/starlight's
// eslint.config.mjs): ESLint's and typescript-eslint's recommended rules, type-checked for
// TypeScript, eslint-plugin-astro's for components and pages, and no formatting rules (Prettier formats).
import eslint from '@eslint/js';
import eslintPluginAstro from 'eslint-plugin-astro';
import prettierConfig from 'eslint-config-prettier';
import { globalIgnores } from 'eslint/config';
import globals from 'globals';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	// Built output, caches, what the benchmarks write, type declarations.
	globalIgnores(['**/dist*/', 'bench/out/', '**/.astro/', 'node_modules/', '**/*.d.ts']),

	// Node.js globals everywhere (build code, tests, scripts); browser code adds its own below.
	{ languageOptions: { globals: { ...globals.nodeBuiltin } } },

	eslint.configs.recommended,

	// TypeScript: recommended rules with type information.
	tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: dirname(fileURLToPath(import.meta.url)),
			},
		},
	},
	// JavaScript files (tests, scripts, benchmarks) and components are linted without type information.
	{
		files: ['**/*.js', '**/*.mjs', '**/*.astro', 'bench/reference/**'],
		extends: [tseslint.configs.disableTypeChecked],
	},

	// Components and pages.
	eslintPluginAstro.configs.recommended,

	// Code that runs in the reader's browser, and tests and benchmarks that pass functions to a page.
	{
		files: [
			'src/**/client/**/*.ts',
			'src/client/**/*.ts',
			'src/**/*.astro',
			'tests/**',
			'bench/**',
		],
		languageOptions: { globals: { ...globals.browser } },
	},
	// TypeScript checks names itself (typescript-eslint's advice: no-undef only misreads types and globals).
	{ files: ['**/*.ts'], rules: { 'no-undef': 'off' } },
	// node:test runs the promise that `test()` returns; awaiting it at the top of a file is not needed.
	{ files: ['**/*.test.ts'], rules: { '@typescript-eslint/no-floating-promises': 'off' } },

	prettierConfig,

	{
		rules: {
			// Allow unused variables for sibling properties in destructuring, or starting with `_`.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{
					ignoreRestSiblings: true,
					destructuredArrayIgnorePattern: '^_',
					varsIgnorePattern: '^_',
					argsIgnorePattern: '^_',
				},
			],
			// Allow `any` in rest parameter arrays, e.g. `(...args: any[]) => void`.
			'@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
			// Duplicated or redundant types in unions are not errors and can say something (Zod input and output types).
			'@typescript-eslint/no-duplicate-type-constituents': 'off',
			'@typescript-eslint/no-redundant-type-constituents': 'off',
		},
	}
);
