/**
 * npm start — a real n8n with this package, the example workflows, the provider simulator and
 * a demo that needs no accounts. n8n's data stays in .n8n-local/ (git ignored), its logs in
 * .n8n-local/logs/; downloads are cached in .cache/.
 *
 *   npm start                                   the demo decides for now
 *   npm start -- --as-of 2026-11-24T10:00-05:00  …for that moment (or DEMO_AS_OF=…)
 *   N8N_PORT=5679 SIM_PORT=8788 npm start       other ports
 *
 * The example workflows and the simulator credentials are imported only when n8n lacks them
 * (by id): what you changed in the editor stays as you left it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { DateTime } from 'luxon';
import { ProviderSimulator } from '../test/simulator/simulator';
import { demoReport, type RunData } from './demo-report';
import { exampleWorkflows, freePort, n8nCommand, n8nEnv, prepareN8n, ROOT, startN8n, type N8n } from './n8n';

export const DEMO_WORKFLOW_ID = 'collectionsDemo01';
/** The copy `--as-of` runs (the shipped demo, deciding for that moment). */
export const DEMO_AS_OF_WORKFLOW_ID = 'collectionsDemoAsOf1';
/** The demo's time zone (its workflow settings' and n8n's GENERIC_TIMEZONE). */
const DEMO_ZONE = 'America/Bogota';

/** The demo credentials, pointing at the simulator, as n8n imports them. Ids match the example workflows'. */
export function simulatorCredentials(sim: ProviderSimulator) {
	const data = sim.credentials();
	return [
		{ id: 'simWhatsAppCred1', name: 'WhatsApp (simulator)', type: 'collectionsWhatsAppCloudApi', data: data.collectionsWhatsAppCloudApi },
		{ id: 'simTwilioCred001', name: 'Twilio (simulator)', type: 'collectionsTwilioApi', data: data.collectionsTwilioApi },
	];
}

/** Imports the simulator credentials and every example workflow (a fresh n8n: the tests'). */
export async function importAll(n8n: N8n, env: NodeJS.ProcessEnv, sim: ProviderSimulator, workDir: string): Promise<void> {
	mkdirSync(workDir, { recursive: true });
	const credentials = join(workDir, 'credentials.json');
	writeFileSync(credentials, JSON.stringify(simulatorCredentials(sim)));
	await n8nCommand(n8n, ['import:credentials', `--input=${credentials}`], env);
	await n8nCommand(n8n, ['import:workflow', '--separate', `--input=${join(ROOT, 'workflows')}`], env);
}

/** The workflow ids `n8n list:workflow` printed ("id|name" lines among its log lines). */
export function listedWorkflowIds(output: string): Set<string> {
	return new Set(output.split('\n').flatMap((line) => /^([A-Za-z0-9]{8,})\|/.exec(line.trim())?.slice(1) ?? []));
}

/** What importMissing did, for the terminal. */
export interface ImportReport {
	imported: string[];
	kept: string[];
	credentials: 'imported' | 'updated' | 'kept';
}

/**
 * Imports the example workflows n8n does not have (by id; archived ones count as had) and the
 * simulator credentials when missing or pointing at another simulator port. Never overwrites a
 * workflow: an edited example stays as the user left it.
 */
export async function importMissing(n8n: N8n, env: NodeJS.ProcessEnv, sim: ProviderSimulator, workDir: string, logFile?: string): Promise<ImportReport> {
	rmSync(workDir, { recursive: true, force: true });
	mkdirSync(join(workDir, 'workflows'), { recursive: true });
	const exported = join(workDir, 'credentials-present.json');
	// One after the other: on a new database each command runs n8n's migrations, and two at once collide.
	const present = listedWorkflowIds(await n8nCommand(n8n, ['list:workflow'], env, { logFile }));
	// An encrypted export, only for the ids; "No credentials found" when there are none.
	const credentialIds = await n8nCommand(n8n, ['export:credentials', '--all', `--output=${exported}`], env, { logFile })
		.then(() => new Set((JSON.parse(readFileSync(exported, 'utf8')) as Array<{ id: string }>).map((c) => c.id)))
		.catch(() => new Set<string>())
		.finally(() => rmSync(exported, { force: true }));

	const state = join(env.N8N_USER_FOLDER!, 'collections-demo.json');
	const previous = existsSync(state) ? (JSON.parse(readFileSync(state, 'utf8')) as { simulatorUrl?: string }) : {};
	const wanted = simulatorCredentials(sim);
	const missing = wanted.filter((c) => !credentialIds.has(c.id));
	let credentials: ImportReport['credentials'] = 'kept';
	if (missing.length > 0 || previous.simulatorUrl !== sim.url) {
		credentials = missing.length === wanted.length ? 'imported' : 'updated';
		const file = join(workDir, 'credentials.json');
		writeFileSync(file, JSON.stringify(wanted));
		await n8nCommand(n8n, ['import:credentials', `--input=${file}`], env, { logFile });
		rmSync(file, { force: true });
		writeFileSync(state, JSON.stringify({ simulatorUrl: sim.url }, null, 2));
	}

	const report: ImportReport = { imported: [], kept: [], credentials };
	for (const file of exampleWorkflows()) {
		const workflow = JSON.parse(readFileSync(file, 'utf8')) as { id: string; name: string };
		if (present.has(workflow.id)) report.kept.push(workflow.name);
		else {
			report.imported.push(workflow.name);
			writeFileSync(join(workDir, 'workflows', `${workflow.id}.json`), JSON.stringify(workflow));
		}
	}
	if (report.imported.length > 0) await n8nCommand(n8n, ['import:workflow', '--separate', `--input=${join(workDir, 'workflows')}`], env, { logFile });
	return report;
}

/** The run data `n8n execute --rawOutput` prints after its log lines. */
export function executionResult(output: string): { data: { resultData: { runData: Record<string, Array<{ data?: { main: Array<Array<{ json: Record<string, unknown> }> | null> } }>>; error?: unknown } } } {
	const start = output.indexOf('{');
	if (start < 0) throw new Error(`n8n execute printed no run data:\n${output.slice(-2000)}`);
	return JSON.parse(output.slice(start, output.lastIndexOf('}') + 1));
}

/**
 * The moment `--as-of <ISO>` (or `--as-of=<ISO>`, or DEMO_AS_OF) asks for, as ISO with an
 * offset (a time without one is Bogotá's, the demo's zone); undefined when not asked.
 */
export function parseAsOf(argv: string[], env: NodeJS.ProcessEnv): string | undefined {
	let value = env.DEMO_AS_OF || undefined;
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--as-of') value = argv[++i];
		else if (argv[i].startsWith('--as-of=')) value = argv[i].slice('--as-of='.length);
	}
	if (value === undefined) return undefined;
	const time = DateTime.fromISO(value, { zone: DEMO_ZONE, setZone: true });
	if (!time.isValid) throw new StartError(`--as-of / DEMO_AS_OF: "${value}" is not an ISO 8601 time (e.g. 2026-11-24T10:00:00-05:00)`);
	return time.toISO({ suppressMilliseconds: true })!;
}

/** The shipped demo, deciding for `asOf`: Segment ages debts to that day, the Gate decides for that moment. */
export function demoAsOf(asOf: string): Record<string, unknown> {
	const demo = JSON.parse(readFileSync(exampleWorkflows().find((f) => f.includes('demo'))!, 'utf8')) as { id: string; name: string; nodes: Array<{ name: string; parameters: Record<string, unknown> }> };
	demo.id = DEMO_AS_OF_WORKFLOW_ID;
	demo.name = `Collections demo as of ${asOf} (written by npm start --as-of; safe to delete)`;
	const day = DateTime.fromISO(asOf, { setZone: true }).setZone(DEMO_ZONE).toISODate();
	for (const node of demo.nodes) {
		if (node.name === 'Segment Debtors') node.parameters.asOf = day;
		if (node.name === 'Contact Window Gate') node.parameters.asOf = asOf;
	}
	return demo;
}

/** An error `npm start` explains in its message alone: no stack trace. */
export class StartError extends Error {}

/** Resolves when `port` can be listened on at 127.0.0.1; otherwise one line naming the variable that moves it. */
export function checkPort(port: number, variable: string): Promise<void> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', (error: NodeJS.ErrnoException) =>
			reject(
				new StartError(
					error.code === 'EADDRINUSE'
						? `Port ${port} is already in use (${variable}): stop what listens there (an earlier npm start?) or choose another, e.g. ${variable}=${port + 1} npm start`
						: `Port ${port} (${variable}) cannot be used: ${error.code ?? error.message}`,
				),
			),
		);
		server.listen(port, '127.0.0.1', () => server.close(() => resolvePort()));
	});
}

function portFrom(variable: string, fallback: number): number {
	const raw = process.env[variable];
	if (raw === undefined || raw === '') return fallback;
	const port = Number(raw);
	if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StartError(`${variable}=${raw} is not a port number (1–65535)`);
	return port;
}

/**
 * n8n's lines that are known and harmless here: kept in n8n.log, never shown. Anything else
 * that looks like a warning or an error is shown once.
 */
export const HARMLESS_N8N_LINES: RegExp[] = [
	/deprecat/i,
	/Permissions \d+ for n8n settings file .* are too wide/i,
	/N8N_RUNNERS_ENABLED|N8N_BLOCK_ENV_ACCESS_IN_NODE|N8N_GIT_NODE_DISABLE_BARE_REPOS|N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS|OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS/,
	/Python 3 is missing|python.*task runner|Failed to start Python/i,
	/community (node|package)s?.*(fetch|reach|request)|api\.n8n\.io|ENOTFOUND|EAI_AGAIN|getaddrinfo|fetch failed|ECONNREFUSED|ETIMEDOUT/i,
	/license|Enterprise/i,
	/source ?map/i,
	/^\s*at\s/, // a stack frame: the log has it
	/^\s*[{}[\]]/, // the inside of an error object printed across lines
];

/** Picks the n8n lines worth showing in the terminal: warnings and errors, not known harmless, each once. */
export function n8nLineFilter(show: (line: string) => void): (line: string) => void {
	const seen = new Set<string>();
	return (raw) => {
		// eslint-disable-next-line no-control-regex
		const line = raw.replace(/\u001b\[[0-9;]*m/g, '').trimEnd();
		if (!line || !/\b(warn(ing)?|error|fail(ed|ure)?|cannot|unable|exception)\b/i.test(line)) return;
		if (HARMLESS_N8N_LINES.some((pattern) => pattern.test(line))) return;
		if (seen.has(line)) return;
		seen.add(line);
		show(`[n8n] ${line.length > 200 ? `${line.slice(0, 200)}…` : line}`);
	};
}

/** A failure's message for the terminal: no stack frames, no blank or repeated lines, at most `max` lines. */
export function withoutStackTraces(message: string, max = 12): string {
	const lines = [...new Set(message.split('\n').map((line) => line.trimEnd()).filter((line) => line && !/^\s*at\s/.test(line)))];
	return lines.length > max ? [...lines.slice(0, max), `… (${lines.length - max} more lines in the logs)`].join('\n') : lines.join('\n');
}

/** Whether n8n still asks for its owner account (its /rest/settings); undefined when it cannot say. */
async function ownerMissing(url: string): Promise<boolean | undefined> {
	try {
		const response = await fetch(`${url}/rest/settings`, { signal: AbortSignal.timeout(5000) });
		const settings = (await response.json()) as { data?: { userManagement?: { showSetupOnFirstLoad?: boolean } } };
		return settings.data?.userManagement?.showSetupOnFirstLoad;
	} catch {
		return undefined;
	}
}

/** What the terminal says about signing in: create the owner on the first visit, sign in after. */
export function ownerHint(missing: boolean | undefined): string {
	if (missing === false) return 'sign in with the owner account you created here; it is kept in .n8n-local/';
	return 'first visit: create the owner account; it stays in .n8n-local/';
}

async function main() {
	const asOf = parseAsOf(process.argv.slice(2), process.env);
	const port = portFrom('N8N_PORT', 5678);
	const simPort = portFrom('SIM_PORT', 8787);
	await checkPort(port, 'N8N_PORT');
	await checkPort(simPort, 'SIM_PORT');

	const userFolder = join(ROOT, '.n8n-local');
	const logDir = join(userFolder, 'logs');
	const n8nLog = join(logDir, 'n8n.log');
	const shown = (path: string) => relative(process.cwd(), path) || '.';
	console.log(`Logs: ${shown(logDir)}/ (install.log: builds and installs; n8n.log: n8n itself)`);
	const n8n = prepareN8n(userFolder, { logDir });
	const sim = new ProviderSimulator({ statusWebhooks: false });
	await sim.start(simPort).catch((error: NodeJS.ErrnoException) => {
		throw new StartError(error.code === 'EADDRINUSE' ? `Port ${simPort} is already in use (SIM_PORT): choose another, e.g. SIM_PORT=${simPort + 1} npm start` : `The provider simulator cannot start: ${error.message}`);
	});
	const env = n8nEnv(userFolder, { port, brokerPort: await freePort(), nodeDir: n8n.nodeDir });

	console.log('Example workflows: imported only when missing (by id); workflows you changed are never overwritten.');
	const imports = await importMissing(n8n, env, sim, join(ROOT, '.cache', 'import'), n8nLog);
	if (imports.imported.length) console.log(`  imported: ${imports.imported.join('; ')}`);
	if (imports.kept.length) console.log(`  already in n8n, left as they are: ${imports.kept.length} of ${imports.kept.length + imports.imported.length}`);
	if (imports.credentials !== 'kept') console.log(`  simulator credentials ${imports.credentials} (pointing at ${sim.url})`);

	console.log(`\nRunning the demo: 50 sample debtors through Segment → Gate → Compose → Send to the simulator, deciding for ${asOf ?? 'now'}…`);
	let demoId = DEMO_WORKFLOW_ID;
	try {
		if (asOf) {
			const file = join(ROOT, '.cache', 'import', 'demo-as-of.json');
			writeFileSync(file, JSON.stringify(demoAsOf(asOf)));
			await n8nCommand(n8n, ['import:workflow', `--input=${file}`], env, { logFile: n8nLog });
			demoId = DEMO_AS_OF_WORKFLOW_ID;
		}
		const { data } = executionResult(await n8nCommand(n8n, ['execute', `--id=${demoId}`, '--rawOutput'], env, { logFile: n8nLog }));
		const error = data.resultData.error as { message?: string; node?: { name?: string } } | undefined;
		if (error) console.log(`The demo stopped${error.node?.name ? ` at ${error.node.name}` : ''}: ${error.message ?? 'see the execution in n8n'}`);
		console.log(demoReport(data.resultData.runData as RunData, { asOf, simulatorMessages: sim.messages.length }).join('\n'));
		if (asOf) console.log(`(The copy that ran is the workflow "${demoAsOf(asOf).name as string}".)`);
	} catch (error) {
		console.log(`The demo did not run: ${withoutStackTraces(String(error.message), 6)}\n(details in ${shown(n8nLog)}; n8n starts anyway)`);
	}

	console.log('\nStarting n8n…');
	const server = await startN8n(n8n, env, { logFile: n8nLog, onLine: n8nLineFilter((line) => console.log(line)) });
	console.log('');
	console.log(`n8n:       ${server.url}   (${ownerHint(await ownerMissing(server.url))})`);
	console.log(`Workflows: under Overview; "Collections demo" runs with Execute workflow, against the simulator at ${sim.url}`);
	console.log(`Ports:     n8n ${port} (N8N_PORT), provider simulator ${simPort} (SIM_PORT)`);
	console.log(`Logs:      ${shown(logDir)}/n8n.log, ${shown(logDir)}/install.log`);
	console.log('Stop:      Ctrl+C');
	// Ctrl+C reaches n8n too (same process group). Keep reading its output until it has exited,
	// so that it never lingers holding the port; a second Ctrl+C, or 20 s, ends it at once.
	let stopping = false;
	const stop = () => {
		if (stopping) {
			server.child.kill('SIGKILL');
			return;
		}
		stopping = true;
		console.log('\nStopping n8n…');
		server.child.kill('SIGTERM');
		setTimeout(() => server.child.kill('SIGKILL'), 20_000).unref();
	};
	server.child.once('exit', (code, signal) => {
		if (!stopping) console.log(`n8n stopped (${signal ?? `exit code ${code}`}); see ${shown(n8nLog)}`);
		else console.log('Stopped.');
		void sim.stop().then(() => process.exit(stopping ? 0 : 1));
	});
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

if (require.main === module) {
	main().catch((error: Error) => {
		// One clear line for what we expect; the first lines of anything else, never a stack trace.
		if (error instanceof StartError) console.error(error.message);
		else console.error(`npm start failed: ${withoutStackTraces(String(error.message))}\nLogs: ${relative(process.cwd(), join(ROOT, '.n8n-local', 'logs'))}/`);
		process.exit(1);
	});
}
