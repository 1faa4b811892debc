// One plain closing line that CI and people can read at a glance, whatever Jest's own format;
// then, once each, the setup problems the harness reports as "…; fix: <command>" (a missing
// redis-server, say), however many tests they failed.
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const skipped = results.numPendingTests + results.numTodoTests;
		console.log(`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
		const problems = new Set();
		for (const file of results.testResults) {
			for (const test of file.testResults) for (const message of test.failureMessages) for (const line of message.split('\n')) if (/; fix: /.test(line)) problems.add(line.trim());
			if (file.testExecError && /; fix: /.test(file.testExecError.message)) problems.add(file.testExecError.message.trim());
		}
		for (const problem of problems) console.log(`jest: ${problem}`);
	}
}
module.exports = SummaryReporter;
