// Three projects: `unit` (the pure core and the node adapters, milliseconds), `e2e` (a real n8n 2.41.1 with
// the packed package installed; see test/e2e/harness) and `queue` (n8n's queue mode). `npm test` runs unit and e2e.
// test/tsconfig.json sets isolatedModules: files are transpiled one by one (types are checked by `tsc`).
const tsJest = ['ts-jest', { tsconfig: 'test/tsconfig.json' }];

module.exports = {
	reporters: ['default', '<rootDir>/test/summary-reporter.js'],
	projects: [
		{
			displayName: 'unit',
			testEnvironment: 'node',
			roots: ['<rootDir>/test/unit'],
			testMatch: ['**/*.test.ts'],
			transform: { '^.+\\.ts$': tsJest },
		},
		{
			displayName: 'e2e',
			testEnvironment: 'node',
			roots: ['<rootDir>/test/e2e'],
			testMatch: ['**/*.e2e.test.ts'],
			// The queue-mode replies (1,000, a worker SIGKILLed) and surveys (2,000, a worker SIGKILLed) tests are part
			// of `npm test`; the restart stream runs with `npm run test:queue` only (see docs/scale-out.md,
			// "Measured": its runs have not finished yet).
			testPathIgnorePatterns: ['/test/e2e/queue/restarts\\.e2e\\.test\\.ts$'],
			transform: { '^.+\\.ts$': tsJest },
			globalSetup: '<rootDir>/test/e2e/harness/globalSetup.ts',
			setupFilesAfterEnv: ['<rootDir>/test/e2e/harness/setup.ts'],
			maxWorkers: 1,
		},
		{
			// The queue-mode tests alone (`npm run test:queue`); `e2e` leaves the restart stream out (see above).
			displayName: 'queue',
			testEnvironment: 'node',
			roots: ['<rootDir>/test/e2e/queue'],
			testMatch: ['**/*.e2e.test.ts'],
			transform: { '^.+\\.ts$': tsJest },
			globalSetup: '<rootDir>/test/e2e/harness/globalSetup.ts',
			setupFilesAfterEnv: ['<rootDir>/test/e2e/harness/setup.ts'],
			maxWorkers: 1,
		},
	],
};
