import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INode } from 'n8n-workflow';
import { parseCsv } from '../../scripts/csv';
import { SUMMARY_CODE } from '../../scripts/build-demo-workflow';
import { demoReport, type RunData } from '../../scripts/demo-report';
import { demoAsOf, listedWorkflowIds, n8nLineFilter, ownerHint, parseAsOf, withoutStackTraces } from '../../scripts/start';
import { runWorkflow } from '../harness/engine';

const rows = parseCsv(readFileSync(join(__dirname, '..', '..', 'workflows', 'sample-debtors.csv'), 'utf8'));

/** The demo's Segment → Gate, in n8n's engine, deciding for `asOf` (no ledger: nothing sent before). */
async function segmentAndGate(asOf: string): Promise<RunData> {
	const node = (name: string, type: string, parameters: INode['parameters'], x: number): INode => ({ id: name, name, type: `n8n-nodes-collections.${type}`, typeVersion: 1, position: [x, 0], parameters });
	const { run, error } = await runWorkflow(
		{
			nodes: [node('Segment Debtors', 'segmentDebtors', { asOf: asOf.slice(0, 10) }, 0), node('Contact Window Gate', 'contactWindowGate', { policy: 'auto', channel: 'whatsapp', asOf, ledger: 'none' }, 200)],
			connections: { 'Segment Debtors': { main: [[{ node: 'Contact Window Gate', type: 'main', index: 0 }], []] } },
		},
		rows,
	);
	expect(error).toBeUndefined();
	return run.data.resultData.runData as unknown as RunData;
}

describe('the demo summary npm start prints', () => {
	test('at 02:55 in Bogotá nothing may go: a table per country, why (in words) and when the first message may go, and how to run it then', async () => {
		const report = demoReport(await segmentAndGate('2026-11-24T02:55:00-05:00'), { simulatorMessages: 0, now: Date.parse('2026-11-24T02:55:00-05:00') });
		const text = report.join('\n');
		expect(report[0]).toBe('Demo as of now, Tue 24 Nov 02:55 America/Bogota: 44 debtors read, 5 rows refused (Invalid: CO-1006 monto, CO-1008 telefono, CO-1011 monto, BR-4008 vencimiento, US-5008 monto)');
		// The table: a header, one row per country, the total.
		const header = report.findIndex((line) => /^\s+Country\s+Allowed\s+Deferred\s+Blocked\s+Composed\s+Sent\s+Failed$/.test(line));
		expect(header).toBeGreaterThan(0);
		const table = report.slice(header + 1, header + 7).map((line) => line.trim().split(/\s+/));
		expect(table.map((cells) => cells[0])).toEqual(['BR', 'CO', 'MX', 'PE', 'US', 'All']);
		expect(table[5]).toEqual(['All', '0', '42', '2', '0', '0', '0']);
		expect(text).toContain('The provider simulator received 0 messages.');
		expect(text).toContain('Nothing may be sent now. Why, per country:');
		expect(text).toMatch(/ {2}CO: outside contact hours \(OUTSIDE_HOURS\) ×\d+, opted out \(OPTED_OUT\) ×1; first message may go Tue 24 Nov 0[78]:00 America\/Bogota/);
		expect(text).toMatch(/ {2}MX: .*opted out \(OPTED_OUT\) ×1; first message may go/);
		// By 08:00 in Bogotá (and New York) every country may be written to.
		expect(report.slice(-2)).toEqual(['To see messages go out, run the demo at a lawful moment (Tue 24 Nov 08:00 America/Bogota):', '  npm start -- --as-of 2026-11-24T08:00:00-05:00']);
	});

	test('on a Tuesday morning in Bogotá messages may go: no "nothing may be sent", the reasons of the few held back', async () => {
		const report = demoReport(await segmentAndGate('2026-11-24T10:00:00-05:00'), { asOf: '2026-11-24T10:00:00-05:00' });
		const text = report.join('\n');
		expect(report[0]).toMatch(/^Demo as of Tue 24 Nov 10:00 America\/Bogota: 44 debtors read/);
		expect(text).not.toContain('Nothing may be sent now');
		expect(text).not.toContain('--as-of');
		expect(text).toContain('Not sent now, per country:');
		expect(text).toMatch(/ {2}CO: .*opted out \(OPTED_OUT\) ×1/);
	});

	test('Send’s failures are named, e.g. a second run the same day', () => {
		const item = (country: string, error?: string) => ({ json: { collection: { country, delivery: error ? { error: { code: error } } : {} } } });
		const runData: RunData = { 'Send via WhatsApp/SMS': [{ data: { main: [[item('CO')], [item('CO', 'DUPLICATE'), item('PE', 'DUPLICATE')]] } }] };
		expect(demoReport(runData).join('\n')).toContain('Send failed, per country:\n  CO: already sent by an earlier run (each message goes out once) (DUPLICATE) ×1\n  PE: already sent');
	});
});

describe('npm start’s options and helpers', () => {
	test('--as-of and DEMO_AS_OF: ISO with an offset; a time without one is Bogotá’s; nonsense is one clear line', () => {
		expect(parseAsOf([], {})).toBeUndefined();
		expect(parseAsOf(['--as-of', '2026-11-24T10:00:00-05:00'], {})).toBe('2026-11-24T10:00:00-05:00');
		expect(parseAsOf(['--as-of=2026-11-24T10:00'], {})).toBe('2026-11-24T10:00:00-05:00');
		expect(parseAsOf([], { DEMO_AS_OF: '2026-11-24T12:00:00Z' })).toBe('2026-11-24T12:00:00Z');
		expect(parseAsOf(['--as-of', '2026-11-24T09:00-03:00'], { DEMO_AS_OF: '2026-11-24T12:00:00Z' })).toBe('2026-11-24T09:00:00-03:00');
		expect(() => parseAsOf(['--as-of', 'tomorrow'], {})).toThrow('--as-of / DEMO_AS_OF: "tomorrow" is not an ISO 8601 time (e.g. 2026-11-24T10:00:00-05:00)');
	});

	test('the --as-of copy of the demo decides for that moment, under its own id', () => {
		const demo = demoAsOf('2026-11-25T01:30:00+01:00') as { id: string; nodes: Array<{ name: string; parameters: Record<string, unknown> }> };
		expect(demo.id).toBe('collectionsDemoAsOf1');
		expect(demo.nodes.find((n) => n.name === 'Contact Window Gate')!.parameters.asOf).toBe('2026-11-25T01:30:00+01:00');
		// 01:30 in Madrid is still the 24th in Bogotá.
		expect(demo.nodes.find((n) => n.name === 'Segment Debtors')!.parameters.asOf).toBe('2026-11-24');
	});

	test('the workflows n8n has, from `n8n list:workflow`', () => {
		expect([...listedWorkflowIds('Initializing n8n process\ncollectionsDemo01|Collections demo: the whole pipeline\nabc|x\ncollectionsReplies1|Collections: replies\n')]).toEqual(['collectionsDemo01', 'collectionsReplies1']);
	});

	test('n8n’s lines in the terminal: warnings and errors once each, never stack frames or known harmless ones', () => {
		const shown: string[] = [];
		const filter = n8nLineFilter((line) => shown.push(line));
		for (const line of ['Version: 2.40.7', 'Error: database is locked', 'Error: database is locked', '    at Foo.bar (/x.js:1:1)', 'Failed to fetch community packages: getaddrinfo ENOTFOUND api.n8n.io', 'There is a deprecation related to your environment variables.', 'Error: getaddrinfo ENOTFOUND api.n8n.io', 'Error fetching from Strapi API (https://api.n8n.io/api/community-nodes): getaddrinfo ENOTFOUND api.n8n.io', 'Failed to start Python task runner in internal mode. because its virtual environment is missing from this system.', '\u001b[31mError: database is locked\u001b[39m']) filter(line);
		expect(shown).toEqual(['[n8n] Error: database is locked']);
	});
});

test('a failure reaches the terminal without stack traces', () => {
	const message = 'n8n list:workflow exited with 1:\nThere was an error\nThere was an error\nError: boom\n    at Foo (/x.ts:1:2)\n    at Bar (/y.ts:3:4)\n\nSQLITE_ERROR: table exists';
	expect(withoutStackTraces(message)).toBe('n8n list:workflow exited with 1:\nThere was an error\nError: boom\nSQLITE_ERROR: table exists');
});

describe('the demo’s Summary node (scripts/build-demo-workflow.ts)', () => {
	const demo = JSON.parse(readFileSync(join(__dirname, '..', '..', 'workflows', '5-demo-no-accounts.json'), 'utf8')) as { nodes: Array<{ name: string; parameters: { jsCode?: string } }> };
	const code = demo.nodes.find((n) => n.name === 'Summary')!.parameters.jsCode!;
	/** Runs the Code node's JavaScript with `$` answering from `outputs` (node name → items per output). */
	const run = (outputs: Record<string, Array<Array<Record<string, unknown>>>>) => {
		const $ = (node: string) => ({ all: (index: number) => (outputs[node]?.[index] ?? []).map((json) => ({ json })) });
		return (new Function('$', code) as ($: unknown) => Array<{ json: Record<string, unknown> }>)($)[0].json;
	};
	const item = (collection: Record<string, unknown>) => ({ collection });

	test('is the workflow file’s (run `ts-node scripts/build-demo-workflow.ts` after changing it)', () => {
		expect(code).toBe(SUMMARY_CODE);
	});

	test('counts each output and says why what was not sent was not, in words', () => {
		const json = run({
			'Segment Debtors': [[{}, {}, {}], [{}]],
			'Contact Window Gate': [[{}], [item({ window: { reasons: ['OUTSIDE_HOURS'] } }), item({ window: { reasons: ['HOLIDAY', 'OUTSIDE_HOURS'] } })], []],
			'Compose Collection Message': [[{}]],
			'Send via WhatsApp/SMS': [[{}], []],
		});
		expect(json).toEqual({
			'Segment Debtors': { Segmented: 3, Invalid: 1 },
			'Contact Window Gate': { Allowed: 1, Deferred: 2, Blocked: 0 },
			'Compose Collection Message': { Composed: 1 },
			'Send via WhatsApp/SMS': { Sent: 1, Failed: 0 },
			'Why not sent': { 'Contact Window Gate → Deferred': { 'outside contact hours (OUTSIDE_HOURS)': 2, 'public holiday (HOLIDAY)': 1 } },
		});
	});

	test('run again the same day: every message refused as DUPLICATE, and a note says why, and that nothing is broken', () => {
		const json = run({
			'Contact Window Gate': [[{}, {}], [item({ window: { reasons: ['DAILY_CAP'] } })], []],
			'Send via WhatsApp/SMS': [[], [item({ delivery: { error: { code: 'DUPLICATE' } } }), item({ delivery: { error: { code: 'DUPLICATE' } } })]],
		});
		expect(json['Why not sent']).toEqual({
			'Contact Window Gate → Deferred': { 'daily cap reached (already contacted today) (DAILY_CAP)': 1 },
			'Send via WhatsApp/SMS → Failed': { 'already sent by an earlier run (each message goes out once) (DUPLICATE)': 2 },
		});
		expect(json.Note).toMatch(/already sent.*today.*npm start runs this demo once.*Nothing is broken/);
		expect(Object.keys(json)[0]).toBe('Note');
	});
});

test('npm start asks for the owner account only while n8n has none', () => {
	expect(ownerHint(true)).toMatch(/^first visit: create the owner account/);
	expect(ownerHint(undefined)).toMatch(/^first visit: create the owner account/);
	expect(ownerHint(false)).toMatch(/^sign in with the owner account you created/);
});
