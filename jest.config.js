/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	// A real n8n: `npm run test:e2e`; n8n in queue mode: `npm run test:scale`.
	testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/scale/'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
	globalSetup: '<rootDir>/test/setup/global.js',
	reporters: ['default', '<rootDir>/test/setup/summary-reporter.js'],
	// A test whose setup failed can leave a client retrying a server that never started; the run
	// must still end with its result (CI has a time limit) rather than wait on that handle.
	forceExit: true,
};
