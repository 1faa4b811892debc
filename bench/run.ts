/**
 * One measurement, in a fresh process so its peak memory is its own:
 *   run.ts segment|gate lib|node ROWS RUNS → prints one JSON line: the median time of RUNS
 *   runs after warm-up, and the process's peak resident memory.
 */
import { BENCH_AS_OF, generateDebtors } from './debtors';
import { generateRows } from './rows';
import { createGate } from '../lib/contact/gate';
import { composeMessage, type ComposeSettings } from '../lib/messages/compose';
import { generateSegmented } from './segmented';
import { classifyReply } from '../lib/replies/classify';
import { readFileSync } from 'node:fs';
import { DEFAULT_AGING } from '../lib/segmentation/aging';
import { DEFAULT_PROFILE_RULES } from '../lib/segmentation/profile';
import { segmentRows } from '../lib/segmentation/segment';
import type { IDataObject } from 'n8n-workflow';
import { join } from 'node:path';

type Rows = Array<Record<string, unknown>>;
interface Subject {
	generate: (count: number, seed?: number) => Rows;
	/** Prepares what is not measured; returns the work that is. */
	lib: (rows: Rows) => () => Record<string, number>;
	node?: { type: string; parameters: IDataObject; outputs: string[] };
	/** Rows to warm up on (5,000 unless said): fewer for rows that are slow one by one. */
	warm?: number;
}

const GATE_SETTINGS = { policy: 'auto', house: {}, channel: 'whatsapp' as const, asOf: BENCH_AS_OF, field: 'collection' };

const SUBJECTS: Record<string, Subject> = {
	segment: {
		generate: generateRows,
		lib: (rows) => () => {
			const options = { asOf: '2026-03-20', zone: 'America/Bogota', group: true, aging: DEFAULT_AGING, profileRules: DEFAULT_PROFILE_RULES, sortByPriority: true };
			const { debtors, invalid } = segmentRows(rows, options);
			return { segmented: debtors.length, invalid: invalid.length };
		},
		node: { type: 'segmentDebtors', parameters: { asOf: '2026-03-20' }, outputs: ['segmented', 'invalid'] },
	},
	gate: {
		generate: generateDebtors,
		lib: (rows) => () => {
			const gate = createGate(GATE_SETTINGS);
			const counts: Record<string, number> = { allowed: 0, deferred: 0, blocked: 0, errors: 0 };
			for (const row of rows) {
				const subject = gate.subjectOf(row);
				if (subject.ok) counts[gate.decide(subject.value, []).status]++;
				else counts.errors++;
			}
			return counts;
		},
		node: {
			type: 'contactWindowGate',
			parameters: { asOf: new Date(BENCH_AS_OF).toISOString(), ledger: 'none' },
			outputs: ['allowed', 'deferred', 'blocked'],
		},
	},
};

SUBJECTS['gate-decide'] = {
	generate: generateDebtors,
	// The decision alone, for debtors already read (zones, policy, history resolved).
	lib: (rows) => {
		const gate = createGate(GATE_SETTINGS);
		const subjects = rows.map((row) => gate.subjectOf(row)).flatMap((s) => (s.ok ? [s.value] : []));
		return () => {
			const counts: Record<string, number> = { allowed: 0, deferred: 0, blocked: 0 };
			for (const subject of subjects) counts[gate.decide(subject, []).status]++;
			return counts;
		};
	},
};

const COMPOSE_SETTINGS: ComposeSettings = {
	source: 'library', channel: 'sms', language: 'auto', fallbackLanguage: 'es', tone: 'auto', kind: 'auto', formal: true, jurisdiction: 'auto',
	sender: 'creditor', company: { name: 'Tiendas Sol' }, optOut: 'auto', emoji: false, transliterate: false, maxSegments: 0, templateNames: {},
};

SUBJECTS.compose = {
	generate: generateSegmented,
	lib: (rows) => () => {
		const counts: Record<string, number> = { composed: 0, errors: 0 };
		for (const row of rows) {
			const values = { paymentLink: `https://pay.example/${row.id}`, supportContact: null };
			counts[composeMessage(row, row.collection as Record<string, unknown>, values, COMPOSE_SETTINGS).ok ? 'composed' : 'errors']++;
		}
		return counts;
	},
	node: {
		type: 'composeCollectionMessage',
		parameters: { channel: 'sms', companyName: 'Tiendas Sol', paymentLink: 'https://pay.example/checkout' },
		outputs: ['composed'],
	},
};

// The same, with the payment link as a per-item n8n expression: what n8n's expression engine adds.
SUBJECTS['compose-expression'] = {
	...SUBJECTS.compose,
	node: { ...SUBJECTS.compose.node!, parameters: { ...SUBJECTS.compose.node!.parameters, paymentLink: '=https://pay.example/{{ $json.id }}' } },
};

// The same link through the node's placeholders (issue 21): the fast path, no expression per item.
SUBJECTS['compose-link-placeholders'] = {
	...SUBJECTS.compose,
	node: { ...SUBJECTS.compose.node!, parameters: { ...SUBJECTS.compose.node!.parameters, paymentLink: 'https://pay.example/{debtorId}?amount={amountDue}' } },
};

// Parameters written as expressions of each item (issue 14): each item's settings built for it.
SUBJECTS['segment-expression'] = {
	...SUBJECTS.segment,
	node: { ...SUBJECTS.segment.node!, parameters: { asOf: '={{ "2026-03-20" }}' } },
};
SUBJECTS['gate-expression'] = {
	...SUBJECTS.gate,
	node: { ...SUBJECTS.gate.node!, parameters: { ...SUBJECTS.gate.node!.parameters, asOf: `={{ "${new Date(BENCH_AS_OF).toISOString()}" }}` } },
};
SUBJECTS['compose-template-expression'] = {
	...SUBJECTS.compose,
	node: {
		...SUBJECTS.compose.node!,
		parameters: { ...SUBJECTS.compose.node!.parameters, source: 'custom', template: '=Hola {{ $json.collection.name }}, le escribe Tiendas Sol. Pague en https://pay.example/{{ $json.id }}', jurisdiction: 'CO' },
	},
};

/** The development set's replies, cycled: real chat text in es, pt and en. */
function generateReplies(count: number): Rows {
	const texts = readFileSync(join(__dirname, '..', 'test', 'data', 'replies-dev.jsonl'), 'utf8')
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line) as { text: string; received: string });
	return Array.from({ length: count }, (_, i) => ({ text: texts[i % texts.length].text, receivedAt: `${texts[i % texts.length].received}T12:00:00Z` }));
}

/** The development set's replies, each repeated (with a space) to 100,000 characters. */
function generateLongReplies(count: number): Rows {
	return generateReplies(count).map((row) => {
		const text = row.text as string;
		return { ...row, text: `${text} `.repeat(Math.ceil(100_000 / (text.length + 1))).slice(0, 100_000) };
	});
}

SUBJECTS['classify-long'] = {
	generate: generateLongReplies,
	warm: 5,
	lib: (rows) => () => {
		const counts: Record<string, number> = { classified: 0 };
		for (const row of rows) if (classifyReply(row.text as string, { received: (row.receivedAt as string).slice(0, 10) })) counts.classified++;
		return counts;
	},
};

SUBJECTS.classify = {
	generate: generateReplies,
	lib: (rows) => () => {
		const counts: Record<string, number> = { classified: 0 };
		for (const row of rows) if (classifyReply(row.text, { received: (row.receivedAt as string).slice(0, 10) })) counts.classified++;
		return counts;
	},
	node: { type: 'classifyObjection', parameters: { routeByLabel: false }, outputs: ['classified'] },
};

const [name, mode, sizeText, runsText] = process.argv.slice(2);
const subject = SUBJECTS[name];
const size = Number(sizeText);
const RUNS = Number(runsText ?? 1);

/** Prepares a run; the returned function is the part that is timed. */
function prepare(rows: Rows): () => Promise<Record<string, number>> {
	if (mode === 'lib') {
		const work = subject.lib(rows);
		return async () => work();
	}
	const node = subject.node!;
	return async () => {
		// Loaded only here, so the lib runs in a process without n8n-core's heap.
		const { runWorkflow, singleNode } = await import('../test/harness/engine');
		const { outputs, error } = await runWorkflow(singleNode(node.type, node.parameters), rows as never);
		if (error) throw error;
		return Object.fromEntries(node.outputs.map((output, i) => [output, outputs.Node[i].length]));
	};
}

async function main() {
	// Warm the JIT and the lazily built tables (country names, holidays, zone offsets) first.
	for (let i = 0; i < 3; i++) await prepare(subject.generate(subject.warm ?? 5000, 7 + i))();
	const rows = subject.generate(size);
	const runs: number[] = [];
	let counts: Record<string, number> = {};
	for (let i = 0; i < RUNS; i++) {
		const work = prepare(rows);
		const start = process.hrtime.bigint();
		counts = await work();
		runs.push(Number(process.hrtime.bigint() - start) / 1e9);
	}
	const seconds = runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
	console.log(JSON.stringify({ name, mode, rows: size, seconds, counts, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

void main();
