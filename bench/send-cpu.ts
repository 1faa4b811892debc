/**
 * Send's CPU a message in n8n-core's engine (issue 21): Send alone, the embedded ledger, the
 * provider simulator in another process (its CPU not counted), COUNT messages at RATE/s.
 * Prints one JSON line: messages/s, CPU µs a message (user + system of this process).
 *   npx ts-node --transpile-only --prefer-ts-exts bench/send-cpu.ts [COUNT=4000] [RATE=2000] [transport=keepAlive|helper] [ledger=embedded|none]
 * `helper`: n8n's request helper, which Send keeps when a proxy is configured — HTTP_PROXY set to
 * an address nothing listens on and NO_PROXY to the simulator's, so n8n's helper goes direct.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { NODE_CREDENTIALS, runWorkflow, singleNode } from '../test/harness/engine';
import { ProviderSimulator } from '../test/simulator/simulator';

async function main() {
	const [countArg, rateArg, transport = 'keepAlive', ledger = 'embedded'] = process.argv.slice(2);
	const count = Number(countArg ?? 4000);
	const rate = Number(rateArg ?? 2000);
	if (transport === 'helper') Object.assign(process.env, { HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1' });
	const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, '..', 'scripts', 'simulator.ts')], { env: { ...process.env, TS_NODE_PREFER_TS_EXTS: 'true', SIM_PORT: '0', HTTP_PROXY: '', NO_PROXY: '' }, stdio: ['pipe', 'pipe', 'inherit'] });
	const url = await new Promise<string>((resolve, reject) => {
		child.stdout.on('data', (chunk: Buffer) => {
			const found = /Provider simulator on (http:\/\/\S+)/.exec(chunk.toString());
			if (found) resolve(found[1]);
		});
		child.once('exit', () => reject(new Error('the simulator exited')));
	});
	const sim = new ProviderSimulator();
	sim.url = url;
	const folder = mkdtempSync(join(tmpdir(), 'bench-send-cpu-'));
	const items: IDataObject[] = Array.from({ length: count }, (_, i) => ({
		collection: {
			debtorId: `D${i}`, phone: `+5730${String(10_000_000 + i)}`, stage: 'short_term', timezone: 'America/Bogota',
			message: { text: 'x', whatsappTemplate: { name: 'collections_short_term', language: 'es', parameters: ['Ana', 'Tiendas Sol', '$ 350.000', '1 de marzo', `https://pay.example/${i}`] } },
		},
	}));
	const node = singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', rateLimit: rate, maxAttempts: 4, ledger, options: { ledgerFolder: folder } }, { credentials: NODE_CREDENTIALS });
	const cpu = process.cpuUsage();
	const start = process.hrtime.bigint();
	const { outputs, error } = await runWorkflow(node, items, undefined, sim.credentials() as never);
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	const used = process.cpuUsage(cpu);
	child.kill('SIGTERM');
	rmSync(folder, { recursive: true, force: true });
	if (error) throw error;
	const [sent, failed] = outputs.Node;
	console.log(JSON.stringify({
		transport, ledger, count, rate,
		sent: sent.length, failed: failed.length,
		seconds: Number(seconds.toFixed(2)),
		messagesPerSecond: Math.round(sent.length / seconds),
		cpuMicrosPerMessage: Math.round((used.user + used.system) / count),
		systemMicrosPerMessage: Math.round(used.system / count),
	}));
}

void main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
