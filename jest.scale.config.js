/** npm run test:scale — n8n in queue mode (Redis, main, two workers); slow, so apart from the other suites. */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = { ...base, roots: ['<rootDir>/test/scale'], testPathIgnorePatterns: [], testTimeout: 30 * 60 * 1000, maxWorkers: 1 };
