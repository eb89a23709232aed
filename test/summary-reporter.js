// Prints one plain closing line, "tests: N passed, N failed, N skipped", as the very last line of the run.
const fs = require('node:fs');

class SummaryReporter {
	onRunComplete(_contexts, results) {
		const skipped = results.numPendingTests + results.numTodoTests;
		const line = `\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
		process.once('exit', () => fs.writeSync(1, line));
	}
}
module.exports = SummaryReporter;
