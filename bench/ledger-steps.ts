/**
 * The contact ledger's share of Send's work a message (issue 21), without n8n or HTTP: the
 * ledger calls `deliver` makes for one WhatsApp message that the provider accepts — the claim,
 * opt-outs and the 24-hour window, the contact within caps, the mark (durable), the account
 * facts and opt-outs read again right before the request, then the attempt, the outbound record
 * and the phone link — for COUNT messages started at RATE/s (a request "takes" 1 ms). Prints
 * one JSON line: messages/s, CPU µs a message (user + system), the event loop's time blocked.
 *   npx ts-node --transpile-only --prefer-ts-exts bench/ledger-steps.ts [COUNT=20000] [RATE=2000] [ledger=embedded|memory]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { factsForSubjects } from '../lib/ledger/account';
import { FileLedger } from '../lib/ledger/file';
import type { ContactLedger, OutboundRecord } from '../lib/ledger/ledger';
import { MemoryLedger } from '../lib/ledger/memory';
import { phoneLinkFact } from '../lib/ledger/phone-debtors';

const DAY = 86_400_000;

async function one(ledger: ContactLedger, i: number): Promise<void> {
	const debtorId = `D${i}`;
	const phone = `+5730${String(10_000_000 + i)}`;
	const key = `d${i}:short_term:2026-03-20`;
	const owner = `owner-${i}-${Math.random().toString(36).slice(2)}`;
	const now = Date.now();
	const claim = await ledger.claimSend(key, now, owner);
	if (!claim.claimed) throw new Error(`${key} not claimed`);
	await ledger.optOutsOf([phone]);
	await ledger.lastInboundOf([phone]);
	const slot = await ledger.recordWithin({ debtorId, at: Date.now(), channel: 'whatsapp' }, now - 30 * DAY, () => null);
	if (!('id' in slot)) throw new Error('refused');
	if (!(await ledger.markAttempted(key, owner))) throw new Error('not marked');
	await factsForSubjects(ledger, [{ debtorId, invoiceIds: [`F-${i}`], phones: [phone], amountDue: 350_000, currency: 'COP', dueDate: '2026-03-01' }]);
	await ledger.optOutsOf([phone]);
	await new Promise((resolve) => setTimeout(resolve, 1));
	const at = Date.now();
	const messageId = `wamid.HBgM${i}`;
	await ledger.recordAttempt({ at, debtorId, to: phone, provider: 'whatsappCloud', channel: 'whatsapp', kind: 'template', content: 'collections_short_term', result: 'sent', messageId, error: null, idempotencyKey: key });
	const record: OutboundRecord = {
		at, debtorId, to: phone, userId: null, provider: 'whatsappCloud', channel: 'whatsapp', kind: 'template', text: 'x',
		template: { name: 'collections_short_term', language: 'es', parameters: ['Ana', 'Tiendas Sol', '$ 350.000', '1 de marzo', `https://pay.example/${i}`] },
		fallbacks: [], idempotencyKey: key, contactId: slot.id,
		collection: { debtorId, phone, stage: 'short_term', timezone: 'America/Bogota', message: { language: 'es' } },
	};
	await Promise.all([ledger.recordOutbound(messageId, record), ledger.recordFact(phoneLinkFact(debtorId, phone, Date.now()), false)]);
}

async function main() {
	const [countArg, rateArg, kind = 'embedded'] = process.argv.slice(2);
	const count = Number(countArg ?? 20_000);
	const rate = Number(rateArg ?? 2000);
	const folder = mkdtempSync(join(tmpdir(), 'bench-ledger-steps-'));
	const ledger: ContactLedger = kind === 'memory' ? new MemoryLedger() : new FileLedger(join(folder, 'contacts.jsonl'));
	const delay = monitorEventLoopDelay({ resolution: 1 });
	delay.enable();
	const cpu = process.cpuUsage();
	const start = process.hrtime.bigint();
	const running: Array<Promise<void>> = [];
	// Started at RATE/s on their own timeline (as Send's pacer), whatever the timers' lateness.
	for (let i = 0; i < count; ) {
		const due = Math.floor((Number(process.hrtime.bigint() - start) / 1e9) * rate);
		while (i < Math.min(due + 1, count)) running.push(one(ledger, i++));
		await new Promise((resolve) => setTimeout(resolve, 1));
	}
	await Promise.all(running);
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	const used = process.cpuUsage(cpu);
	delay.disable();
	(ledger as FileLedger).releaseLock?.();
	rmSync(folder, { recursive: true, force: true });
	console.log(JSON.stringify({
		ledger: kind, count, rate,
		seconds: Number(seconds.toFixed(2)),
		messagesPerSecond: Math.round(count / seconds),
		cpuMicrosPerMessage: Math.round((used.user + used.system) / count),
		systemMicrosPerMessage: Math.round(used.system / count),
		loopDelayP99Ms: Number((delay.percentile(99) / 1e6).toFixed(1)),
		loopDelayMaxMs: Number((delay.max / 1e6).toFixed(1)),
	}));
}

void main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
