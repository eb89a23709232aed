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
			// The queue-mode tests (test/e2e/queue: replies at 2,000 and surveys at 2,000, each with a worker SIGKILLed;
			// the reply stream across restarts) are part of `npm test` too; `npm run test:queue` runs them alone.
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
