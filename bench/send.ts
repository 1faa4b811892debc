/**
 * Send via WhatsApp/SMS at its rate limit, through n8n-core's engine, against the provider
 * simulator with injected faults: prints one JSON line (achieved rates, duplicates, lost items).
 *   send.ts COUNT RATE FAULT_RATE
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { NODE_CREDENTIALS, runWorkflow, singleNode } from '../test/harness/engine';
import { ProviderSimulator } from '../test/simulator/simulator';

async function main() {
	const [count, rate, faultRate] = process.argv.slice(2).map(Number);
	const sim = new ProviderSimulator({ seed: 7 });
	await sim.start();
	sim.faultRate = { rate: faultRate, faults: ['rateLimit', 'status503', 'status500'] };
	const folder = mkdtempSync(join(tmpdir(), 'bench-send-'));
	const credentials = sim.credentials();
	const items: IDataObject[] = Array.from({ length: count }, (_, i) => ({
		collection: {
			debtorId: `D${i}`, phone: `+5730${String(10_000_000 + i)}`, stage: 'short_term', timezone: 'America/Bogota',
			message: { text: 'x', whatsappTemplate: { name: 'collections_short_term', language: 'es', parameters: ['Ana', 'Tiendas Sol', '$ 350.000', '1 de marzo', `https://pay.example/${i}`] } },
		},
	}));
	const node = singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', rateLimit: rate, maxAttempts: 4, options: { ledgerFolder: folder } }, { credentials: NODE_CREDENTIALS });
	const start = process.hrtime.bigint();
	const { outputs, error } = await runWorkflow(node, items, undefined, credentials);
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	if (error) throw error;
	// A request Meta would refuse is no throughput: the run counts only if every one was valid.
	if (sim.specViolations.length) throw new Error(`${sim.specViolations.length} requests broke Meta's spec: ${sim.specViolations[0].errors.join('; ')}`);
	const [sent, failed] = outputs.Node;
	const perDebtor = new Map<string, number>();
	for (const m of sim.messages) perDebtor.set(m.to, (perDebtor.get(m.to) ?? 0) + 1);
	const requests = sim.requests.filter((r) => r.api === 'whatsapp');
	console.log(JSON.stringify({
		count, rate, faultRate, seconds,
		requests: requests.length,
		injectedFaults: requests.filter((r) => r.status >= 300).length,
		requestRate: requests.length / seconds,
		deliveredRate: sim.messages.length / seconds,
		sent: sent.length,
		failed: failed.length,
		duplicates: [...perDebtor.values()].filter((n) => n > 1).length,
		lost: count - sent.length - failed.length,
		peakRssMb: process.resourceUsage().maxRSS / 1024,
	}));
	await sim.stop();
	rmSync(folder, { recursive: true, force: true });
}

void main();
