import { configWithoutCloudSupport } from '@n8n/node-cli/eslint';

// n8n's community-node rules, as `n8n-node lint` applies them. This package ships runtime
// dependencies (luxon, date-holidays, handlebars, libphonenumber-js), so it cannot be a
// "verified" package and uses the self-hosted ruleset; everything else stays within the
// cloud rules, including the restricted globals for the code that runs inside n8n.
export default [
	...configWithoutCloudSupport,
	{ ignores: ['dist/**', 'coverage/**', '.n8n-local/**', 'gulpfile.js', 'jest.config.js', 'test/setup/*.js'] },
	{
		// `overrides` only settle three optional peer ranges in the dev tree (openai@6 and
		// @langchain/community, under @n8n/node-cli, ask for newer AWS SDK / ignore than n8n-core's);
		// without them every `npm install` re-resolves those peers against the registry and rewrites
		// package-lock.json. npm ignores a dependency's overrides: n8n installing this package never sees them.
		files: ['package.json'],
		rules: { '@n8n/community-nodes/no-runtime-dependencies': 'off', '@n8n/community-nodes/no-overrides-field': 'off' },
	},
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts', 'lib/**/*.ts'],
		rules: { '@n8n/community-nodes/no-restricted-globals': 'error' },
	},
	{
		// Tests, benchmarks and scripts never ship in the package: they may print and spawn processes.
		files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
		rules: { 'no-console': 'off', '@n8n/community-nodes/no-dangerous-functions': 'off' },
	},
];
