import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Where a string would be parsed as HTML. A proposal's title once reached a map tooltip that way
 * (only the CSP stopped the script): Leaflet's tooltips, popups and icons take an element made by
 * textElement() (web/src/components/text-element.ts), or a fixed literal.
 */
const leafletHtml = '/^(bindTooltip|bindPopup|setTooltipContent|setPopupContent)$/';
const htmlSinks = [
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Set text with textContent (or render it in React); innerHTML/outerHTML parse HTML.',
  },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Insert text or elements; insertAdjacentHTML parses HTML.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'document.write parses HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text in React; dangerouslySetInnerHTML parses HTML.' },
  {
    selector: `CallExpression[callee.property.name=${leafletHtml}]:not([arguments.0.type='Literal']):not([arguments.0.callee.name='textElement'])`,
    message: 'Leaflet parses a string as HTML: pass textElement(text).',
  },
  {
    selector: "CallExpression[callee.property.name='divIcon'] Property[key.name='html']:not([value.type='Literal']):not([value.callee.name='textElement'])",
    message: "Leaflet parses an icon's html string as HTML: pass textElement(text) or a fixed literal.",
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'dist/', 'migrations/', 'data/', '.test-output/', 'docs/', '*.cjs', 'tmp/', 'web/src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        fetch: 'readonly',
        localStorage: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // the rules of hooks (calls in the same order every render) and complete effect dependencies
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // people's text reaches the page as text only (React escapes it); these are the ways around that
      'no-restricted-syntax': ['error', ...htmlSinks],
    },
  },
  {
    // tests read JSON bodies of many shapes; typing each would say nothing the assertions do not
    files: ['test/**', '**/*.test.ts', 'e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
