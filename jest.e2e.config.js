/** npm run test:e2e — a real n8n (see scripts/n8n.ts); slow, so apart from `npm test`; one file at a time (they share .cache/). */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = { ...base, roots: ['<rootDir>/test/e2e'], testPathIgnorePatterns: [], testTimeout: 20 * 60 * 1000, maxWorkers: 1 };
