/**
 * npm start — a real n8n with this package, the example workflows, the provider simulator and
 * a demo that needs no accounts. n8n's data stays in .n8n-local/ (git ignored); downloads are
 * cached in .cache/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProviderSimulator } from '../test/simulator/simulator';
import { freePort, n8nCommand, n8nEnv, prepareN8n, ROOT, startN8n, type N8n } from './n8n';

export const DEMO_WORKFLOW_ID = 'collectionsDemo01';

/** The demo credentials, pointing at the simulator, as n8n imports them. Ids match the example workflows'. */
export function simulatorCredentials(sim: ProviderSimulator) {
	const data = sim.credentials();
	return [
		{ id: 'simWhatsAppCred1', name: 'WhatsApp (simulator)', type: 'collectionsWhatsAppCloudApi', data: data.collectionsWhatsAppCloudApi },
		{ id: 'simTwilioCred001', name: 'Twilio (simulator)', type: 'collectionsTwilioApi', data: data.collectionsTwilioApi },
	];
}

/** Imports the simulator credentials and every example workflow. */
export async function importAll(n8n: N8n, env: NodeJS.ProcessEnv, sim: ProviderSimulator, workDir: string): Promise<void> {
	mkdirSync(workDir, { recursive: true });
	const credentials = join(workDir, 'credentials.json');
	writeFileSync(credentials, JSON.stringify(simulatorCredentials(sim)));
	await n8nCommand(n8n, ['import:credentials', `--input=${credentials}`], env);
	await n8nCommand(n8n, ['import:workflow', '--separate', `--input=${join(ROOT, 'workflows')}`], env);
}

/** The run data `n8n execute --rawOutput` prints after its log lines. */
export function executionResult(output: string): { data: { resultData: { runData: Record<string, Array<{ data?: { main: Array<Array<{ json: Record<string, unknown> }> | null> } }>>; error?: unknown } } } {
	const start = output.indexOf('{');
	if (start < 0) throw new Error(`n8n execute printed no run data:\n${output.slice(-2000)}`);
	return JSON.parse(output.slice(start, output.lastIndexOf('}') + 1));
}

async function main() {
	const userFolder = join(ROOT, '.n8n-local');
	const n8n = prepareN8n(userFolder);
	const sim = new ProviderSimulator({ statusWebhooks: false });
	await sim.start(Number(process.env.SIM_PORT ?? 8787));
	const port = Number(process.env.N8N_PORT ?? 5678);
	const env = n8nEnv(userFolder, { port, brokerPort: await freePort(), nodeDir: n8n.nodeDir });
	await importAll(n8n, env, sim, join(ROOT, '.cache', 'import'));

	console.log('\nRunning the demo (50 sample debtors through the whole pipeline, sent to the simulator)…');
	const result = executionResult(await n8nCommand(n8n, ['execute', `--id=${DEMO_WORKFLOW_ID}`, '--rawOutput'], env));
	const summary = result.data.resultData.runData.Summary?.[0]?.data?.main[0]?.[0]?.json;
	console.log(JSON.stringify(summary, null, 2));
	console.log(`The simulator accepted ${sim.messages.length} messages (${sim.messages.filter((m) => m.type === 'template').length} WhatsApp templates).`);

	const server = await startN8n(n8n, env, { output: 'inherit' });
	console.log(`\nn8n is running: ${server.url}`);
	console.log('First visit: create the owner account (it stays in .n8n-local/). The example workflows are under Overview;');
	console.log('"Collections demo" runs with the Execute workflow button, against the provider simulator at', sim.url);
	console.log('Stop with Ctrl+C.');
	const stop = () => {
		server.child.kill('SIGTERM');
		void sim.stop().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

if (require.main === module) void main();
