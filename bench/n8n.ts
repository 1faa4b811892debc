/**
 * npm run bench:n8n — the campaign in a real n8n, installed as `npm start` installs it
 * (scripts/n8n.ts), against a local provider that answers every message at once.
 *
 *   npm run bench:n8n                     10k and 100k rows, one execution and paged
 *   npm run bench:n8n -- --full           …and 1M rows paged
 *   npm run bench:n8n -- --rows 2000      one size (CI)
 *   npm run bench:n8n -- --modes paged    one way of running it (single, paged)
 *   npm run bench:n8n -- --heap default,1024   each run with n8n's default heap limit and with
 *                                         NODE_OPTIONS=--max-old-space-size=1024 (docs/deploy.md)
 *   BENCH_LEDGER=none npm run bench:n8n   without the contact ledger (what the embedded one costs)
 *
 * Each run gets a fresh n8n (`n8n start`, default execution saving, SQLite) and a fresh contact
 * ledger. The rows are bench/rows.ts's, served by this process over HTTP the way a database
 * would hand them: all at once to the one execution, one page of whole debtors at a time to
 * workflows 6 and 6b. Printed per run: wall time from the webhook call to the execution saved,
 * messages the provider accepted and their rate (first to last), the peak RSS of the n8n
 * process and of n8n with its task runner, the peak of n8n's V8 heap in use and reserved (its
 * own /metrics, every 2 s: what RSS holds beyond live data), and the execution data n8n saved.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { exampleWorkflows, freePort, n8nCommand, n8nEnv, prepareN8n, startN8n, stopN8n, type N8n } from '../scripts/n8n';
import { BENCH_AS_OF } from './debtors';
import { generateRows } from './rows';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Send's Rate Limit: the provider's limit the issue measures against. */
const RATE_LIMIT = 2000;
/** Rows per page of the paged campaign (about 5,000 debtors at ~1.6 invoices each). */
const PAGE_ROWS = 8000;
const AS_OF = new Date(BENCH_AS_OF).toISOString();
const DAY = AS_OF.slice(0, 10);

interface Options {
	sizes: number[];
	modes: Array<'single' | 'paged'>;
	/** n8n's old-space limits in MB, 0 for its default: each size and mode runs once with each. */
	heaps: number[];
}

function parseArgs(argv: string[]): Options {
	let sizes = [10_000, 100_000];
	let modes: Options['modes'] = ['single', 'paged'];
	let heaps = [0];
	let full = false;
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--full') full = true;
		else if (argv[i] === '--rows') sizes = argv[++i].split(',').map(Number);
		else if (argv[i] === '--modes') modes = argv[++i].split(',') as Options['modes'];
		else if (argv[i] === '--heap') heaps = argv[++i].split(',').map((mb) => (mb === 'default' ? 0 : Number(mb)));
		else throw new Error(`bench:n8n: unknown argument ${argv[i]} (--rows N[,N], --modes single,paged, --heap default,MB, --full)`);
	}
	if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('bench:n8n: --rows takes whole numbers of rows');
	if (heaps.some((mb) => !Number.isInteger(mb) || mb < 0)) throw new Error('bench:n8n: --heap takes "default" or megabytes');
	return { sizes: full ? [...sizes, 1_000_000] : sizes, modes, heaps };
}

/**
 * The provider: WhatsApp Cloud API's answer to every message, at once (no validation: the
 * simulator's checks would cost this process CPU the machine's two cores share with n8n); and
 * the rows, as one array or one page of whole debtors (a debtor's page is its number modulo
 * the page count, like the hash a database query would use).
 */
class LocalProvider {
	messages = 0;
	first = 0;
	last = 0;
	private server?: Server;
	private pages = new Map<string, string>();

	constructor(private readonly rows: Array<Record<string, unknown>>) {}

	/** The rows of page `page` of `pages`, serialised once. */
	private page(page: number, pages: number): string {
		const key = `${page}/${pages}`;
		if (!this.pages.has(key)) {
			this.pages.clear();
			for (let p = 0; p < pages; p++) this.pages.set(`${p}/${pages}`, '[');
			const chunks: string[][] = Array.from({ length: pages }, () => []);
			for (const row of this.rows) chunks[debtorNumber(row) % pages].push(JSON.stringify(row));
			chunks.forEach((rows, p) => this.pages.set(`${p}/${pages}`, `[${rows.join(',')}]`));
		}
		return this.pages.get(key)!;
	}

	async start(): Promise<number> {
		this.server = createServer((request, response) => {
			const url = new URL(request.url ?? '/', 'http://local');
			request.resume();
			if (url.pathname === '/rows') {
				const body = this.page(Number(url.searchParams.get('page')), Number(url.searchParams.get('pages')));
				response.writeHead(200, { 'content-type': 'application/json' }).end(body);
				return;
			}
			if (request.method === 'POST' && url.pathname.endsWith('/messages')) {
				const now = Date.now();
				if (this.messages === 0) this.first = now;
				this.last = now;
				this.messages++;
				response.writeHead(200, { 'content-type': 'application/json' }).end(`{"messaging_product":"whatsapp","messages":[{"id":"wamid.bench${this.messages}"}]}`);
				return;
			}
			response.writeHead(404).end();
		});
		this.server.keepAliveTimeout = 60_000;
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		return (this.server.address() as { port: number }).port;
	}

	reset() {
		this.messages = 0;
		this.first = 0;
		this.last = 0;
	}

	stop(): Promise<void> {
		return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}
}

/** The debtor number inside a bench row's ID column (CO123, PE45, …). */
function debtorNumber(row: Record<string, unknown>): number {
	const id = String(row['Cédula'] ?? row.DNI ?? row.id ?? row.cpf ?? row.customer_id);
	return Number(id.slice(2));
}

const execFileAsync = promisify(execFile);
const shipped = (name: string) => JSON.parse(readFileSync(exampleWorkflows().find((f) => f.endsWith(name))!, 'utf8')) as Json;
const byName = (workflow: Json, name: string) => (workflow.nodes as Json[]).find((n) => n.name === name)!;
const CREDENTIALS = { collectionsWhatsAppCloudApi: { id: 'benchWhatsApp001', name: 'WhatsApp (bench)' } };

/** The pipeline's nodes set for the bench: the bench's moment, the local provider at the limit, WhatsApp only. */
function benchPipeline(workflow: Json, rowsUrl: string) {
	Object.assign(byName(workflow, 'Segment Debtors').parameters, { asOf: DAY });
	Object.assign(byName(workflow, 'Contact Window Gate').parameters, { asOf: AS_OF });
	// Version 1: version 2 refuses a decision whose lawful interval has ended, as one made for the bench's past moment has.
	Object.assign(byName(workflow, 'Send via WhatsApp/SMS'), { credentials: CREDENTIALS, typeVersion: 1 });
	Object.assign(byName(workflow, 'Send via WhatsApp/SMS').parameters, { channelStrategy: 'whatsapp', rateLimit: RATE_LIMIT });
	// BENCH_LEDGER=none: no contact ledger on the Gate and Send, to see what the embedded one costs.
	if (process.env.BENCH_LEDGER === 'none') for (const name of ['Contact Window Gate', 'Send via WhatsApp/SMS']) byName(workflow, name).parameters.ledger = 'none';
	Object.assign(byName(workflow, 'Read Page'), {
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: { url: rowsUrl, options: { timeout: 600_000 } },
	});
}

/** Workflows 6 and 6b as shipped, reading from the local provider, started by a webhook. */
function pagedWorkflows(rows: number, rowsPort: number, stateFolder: string): Json[] {
	const page = shipped('6-large-campaign-page.json');
	benchPipeline(page, `=http://127.0.0.1:${rowsPort}/rows?page={{ $json.page }}&pages={{ $json.pages }}`);
	Object.assign(byName(page, 'Record Delivery'), { type: 'n8n-nodes-base.noOp', typeVersion: 1, parameters: {} });
	const parent = shipped('6-large-campaign.json');
	Object.assign(byName(parent, 'Weekdays 10:00'), { type: 'n8n-nodes-base.webhook', typeVersion: 2, webhookId: 'bench-paged', parameters: { httpMethod: 'POST', path: 'bench-paged', responseMode: 'onReceived', options: {} } });
	const settings = byName(parent, 'Campaign Settings').parameters.assignments.assignments as Json[];
	settings.find((a) => a.name === 'pages')!.value = Math.max(2, Math.round(rows / PAGE_ROWS));
	settings.find((a) => a.name === 'stateFolder')!.value = stateFolder;
	return [parent, page];
}

/** One execution: webhook → all the rows → Segment → Gate → Compose → Send. */
function singleWorkflow(rowsPort: number): Json {
	const page = shipped('6-large-campaign-page.json');
	benchPipeline(page, `http://127.0.0.1:${rowsPort}/rows?page=0&pages=1`);
	const keep = new Set(['Read Page', 'Segment Debtors', 'Contact Window Gate', 'Compose Collection Message', 'Send via WhatsApp/SMS']);
	const nodes = [
		{ id: 'webhook', name: 'Start', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], webhookId: 'bench-single', parameters: { httpMethod: 'POST', path: 'bench-single', responseMode: 'onReceived', options: {} } },
		...(page.nodes as Json[]).filter((n) => keep.has(n.name)),
	];
	const connections = Object.fromEntries(Object.entries(page.connections as Json).filter(([from]) => keep.has(from) && from !== 'Send via WhatsApp/SMS'));
	return { id: 'benchSingleRun001', name: 'Collections bench: one execution', nodes, connections: { Start: { main: [[{ node: 'Read Page', type: 'main', index: 0 }]] }, ...connections }, settings: { executionOrder: 'v1', timezone: 'America/Bogota' } };
}

/** Resident memory of a process, and of it with its descendants, in bytes (0 once gone). */
function rss(pid: number): { own: number; tree: number } {
	const read = (p: number) => {
		try {
			return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) * 1024;
		} catch {
			return 0;
		}
	};
	const children = (p: number): number[] => {
		try {
			return readdirSync(`/proc/${p}/task`).flatMap((t) => readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
		} catch {
			return [];
		}
	};
	const own = read(pid);
	let tree = own;
	const stack = children(pid);
	while (stack.length) {
		const child = stack.pop()!;
		tree += read(child);
		stack.push(...children(child));
	}
	return { own, tree };
}

interface Saved {
	status: string;
	bytes: number;
	/** Per node of a saved successful run: its items out (all outputs) and its execution time. */
	nodes: Record<string, { items: number; ms: number }>;
}

/**
 * n8n's SQLite, read with Node 24's node:sqlite (n8n's own Node): the run's status, the size of
 * every execution's saved data, and with `nodes` each node's time in the run (n8n's own
 * `executionTime`, from the saved run data, which n8n stores as `flatted` JSON).
 */
async function savedExecution(n8n: N8n, userFolder: string, workflowId: string, nodes = false): Promise<Saved | null> {
	const flatted = join(n8n.bin, '..', '..', '..', 'flatted');
	const script = `const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(${JSON.stringify(join(userFolder, '.n8n', 'database.sqlite'))}, { readOnly: true });
const run = db.prepare("SELECT id, status FROM execution_entity WHERE workflowId = ? ORDER BY id DESC LIMIT 1").get(${JSON.stringify(workflowId)});
const size = db.prepare("SELECT COALESCE(SUM(LENGTH(data)), 0) AS bytes FROM execution_data").get();
const nodes = {};
if (${nodes} && run && run.status === 'success') {
  const row = db.prepare("SELECT data FROM execution_data WHERE executionId = ?").get(run.id);
  const runData = require(${JSON.stringify(flatted)}).parse(row.data).resultData.runData;
  for (const [name, runs] of Object.entries(runData)) nodes[name] = {
    ms: runs.reduce((t, r) => t + (r.executionTime || 0), 0),
    items: runs.reduce((t, r) => t + ((r.data && r.data.main) || []).reduce((n, out) => n + ((out && out.length) || 0), 0), 0),
  };
}
console.log(JSON.stringify({ status: run ? run.status : 'none', bytes: Number(size.bytes), nodes }));`;
	// Not spawnSync: this process is the provider, and must keep answering n8n meanwhile.
	try {
		const { stdout } = await execFileAsync(n8n.node, ['--no-warnings', '--max-old-space-size=8192', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		return JSON.parse(stdout) as Saved;
	} catch {
		return null;
	}
}

interface Result {
	rows: number;
	mode: string;
	seconds: number;
	messages: number;
	rate: number;
	peakOwn: number;
	peakTree: number;
	/** Peaks of n8n's V8 heap: in use, and reserved from the system. */
	peakHeapUsed: number;
	peakHeapTotal: number;
	savedBytes: number;
	status: string;
	summary: string;
	nodes: Saved['nodes'];
}

/** n8n's V8 heap in use and reserved, from its Prometheus metrics (N8N_METRICS); null when it does not answer. */
async function heapOf(url: string): Promise<{ used: number; total: number } | null> {
	try {
		const text = await (await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(1500) })).text();
		const metric = (name: string) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? NaN);
		const [used, total] = [metric('n8n_nodejs_heap_size_used_bytes'), metric('n8n_nodejs_heap_size_total_bytes')];
		return Number.isFinite(used) && Number.isFinite(total) ? { used, total } : null;
	} catch {
		return null;
	}
}

async function runOnce(n8n: N8n, rows: Array<Record<string, unknown>>, mode: 'single' | 'paged', heap: number, provider: LocalProvider, port: number): Promise<Result> {
	const userFolder = mkdtempSync(join(tmpdir(), 'n8n-bench-'));
	try {
		// The package once, then a copy per run: a fresh database and a fresh contact ledger.
		spawnSync('cp', ['-a', join(packageFolder, '.n8n'), join(userFolder, '.n8n')]);
		spawnSync('mkdir', ['-p', join(userFolder, 'files')]);
		const env: NodeJS.ProcessEnv = { ...n8nEnv(userFolder, { port: await freePort(), brokerPort: await freePort(), nodeDir: n8n.nodeDir }), N8N_USE_WORKFLOW_PUBLICATION_SERVICE: 'false', N8N_LOG_LEVEL: 'warn', N8N_METRICS: 'true' };
		// As a deployer sets it (docs/deploy.md): for the n8n process, whose own commands below run without it.
		const serverEnv = heap ? { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --max-old-space-size=${heap}`.trim() } : env;
		const work = join(userFolder, 'import');
		spawnSync('mkdir', ['-p', work]);
		writeFileSync(join(work, 'credentials.json'), JSON.stringify([{ id: CREDENTIALS.collectionsWhatsAppCloudApi.id, name: 'WhatsApp (bench)', type: 'collectionsWhatsAppCloudApi', data: { accessToken: 'bench-token', phoneNumberId: 'BENCH', businessAccountId: '', apiVersion: 'v24.0', baseUrl: `http://127.0.0.1:${port}`, authHeaderName: 'Authorization' } }]));
		await n8nCommand(n8n, ['import:credentials', `--input=${join(work, 'credentials.json')}`], env);
		const workflows = mode === 'paged' ? pagedWorkflows(rows.length, port, join(userFolder, 'files')) : [singleWorkflow(port)];
		for (const workflow of workflows) {
			writeFileSync(join(work, `${workflow.id as string}.json`), JSON.stringify(workflow));
			await n8nCommand(n8n, ['import:workflow', `--input=${join(work, `${workflow.id as string}.json`)}`], env);
			await n8nCommand(n8n, ['publish:workflow', `--id=${workflow.id as string}`], env);
		}
		const server = await startN8n(n8n, serverEnv, { logFile: join(userFolder, 'n8n.log') });
		const pid = server.child.pid!;
		let peakOwn = 0;
		let peakTree = 0;
		let peakHeapUsed = 0;
		let peakHeapTotal = 0;
		const sample = () => {
			const now = rss(pid);
			peakOwn = Math.max(peakOwn, now.own);
			peakTree = Math.max(peakTree, now.tree);
		};
		const sampler = setInterval(sample, 200);
		const heapSampler = setInterval(() => {
			void heapOf(server.url).then((now) => {
				peakHeapUsed = Math.max(peakHeapUsed, now?.used ?? 0);
				peakHeapTotal = Math.max(peakHeapTotal, now?.total ?? 0);
			});
		}, 2000);
		try {
			const path = mode === 'paged' ? 'bench-paged' : 'bench-single';
			provider.reset();
			let started = Date.now();
			let response = await fetch(`${server.url}/webhook/${path}`, { method: 'POST', signal: AbortSignal.timeout(3 * 3600_000) });
			// Published workflows are activated just after n8n answers ready: until then, 404 and nothing ran.
			for (let i = 0; i < 120 && response.status === 404; i++) {
				await new Promise((r) => setTimeout(r, 500));
				started = Date.now();
				response = await fetch(`${server.url}/webhook/${path}`, { method: 'POST', signal: AbortSignal.timeout(3 * 3600_000) });
			}
			const answer = await response.text();
			// n8n answers the webhook at once; the run is done when n8n has saved it (or given up):
			// its status leaves "new" and "running" (a run that cannot be saved stays "running").
			const deadline = Date.now() + 3 * 3600_000;
			let saved = await savedExecution(n8n, userFolder, workflows[0].id as string);
			let quietSince = Date.now();
			let sent = provider.messages;
			while (saved && ['none', 'new', 'running'].includes(saved.status) && Date.now() < deadline) {
				await new Promise((r) => setTimeout(r, 2000));
				saved = await savedExecution(n8n, userFolder, workflows[0].id as string);
				if (provider.messages !== sent) [sent, quietSince] = [provider.messages, Date.now()];
				// Ten minutes with no message and no end: n8n is not going to finish this run.
				if (Date.now() - quietSince > 600_000) break;
			}
			const seconds = (Date.now() - started) / 1000;
			sample();
			if (saved?.status === 'success') saved = (await savedExecution(n8n, userFolder, workflows[0].id as string, true)) ?? saved;
			const span = (provider.last - provider.first) / 1000;
			return {
				rows: rows.length, mode, seconds, messages: provider.messages, rate: span > 0 ? provider.messages / span : 0,
				peakOwn, peakTree, peakHeapUsed, peakHeapTotal, savedBytes: saved?.bytes ?? -1, status: `${response.status} ${saved?.status ?? '?'}`, summary: answer.slice(0, 300), nodes: saved?.nodes ?? {},
			};
		} finally {
			clearInterval(sampler);
			clearInterval(heapSampler);
			await stopN8n(server);
		}
	} finally {
		if (!process.env.BENCH_KEEP) rmSync(userFolder, { recursive: true, force: true });
		else console.log(`(kept ${userFolder})`);
	}
}

let packageFolder = '';

async function main() {
	const options = parseArgs(process.argv.slice(2));
	packageFolder = mkdtempSync(join(tmpdir(), 'n8n-bench-package-'));
	const n8n = prepareN8n(packageFolder);
	console.log(`n8n ${'(scripts/n8n.ts)'} with the packed package; provider answering at once; Send's Rate Limit ${RATE_LIMIT}/s; ${PAGE_ROWS} rows a page; decisions for ${AS_OF}`);
	console.log(['rows', 'mode', 'heap limit', 'seconds', 'messages', 'messages/s', 'peak RSS n8n MB', '+runner MB', 'heap used MB', 'heap total MB', 'saved data MB', 'status'].map((h) => h.padStart(12)).join(' '));
	try {
		for (const size of options.sizes) {
			const rows = generateRows(size);
			const provider = new LocalProvider(rows);
			const port = await provider.start();
			try {
				for (const [mode, heap] of options.modes.flatMap((m) => options.heaps.map((h) => [m, h] as const))) {
					if (mode === 'single' && size > 150_000) {
						console.log(`${String(size).padStart(12)} ${'single'.padStart(12)}   skipped: n8n cannot save one execution of more than ~130k rows (README, Large campaigns)`);
						continue;
					}
					const r = await runOnce(n8n, rows, mode, heap, provider, port);
					const mb = (bytes: number) => (bytes < 0 ? '?' : (bytes / 1_048_576).toFixed(1));
					console.log([r.rows, r.mode, heap ? `${heap} MB` : 'default', r.seconds.toFixed(1), r.messages, r.rate.toFixed(0), mb(r.peakOwn), mb(r.peakTree), mb(r.peakHeapUsed), mb(r.peakHeapTotal), mb(r.savedBytes), r.status].map((v) => String(v).padStart(12)).join(' '));
					// n8n's own time per node in the one execution: what each node costs inside n8n.
					for (const [name, node] of Object.entries(r.nodes)) {
						console.log(`  ${name}: ${node.items} items out in ${(node.ms / 1000).toFixed(2)} s${node.ms > 0 ? ` (${Math.round(node.items / (node.ms / 1000))}/s)` : ''}`);
					}
					if (process.env.BENCH_VERBOSE) console.log(`  answer: ${r.summary}`);
					// CI runs this: a run that n8n did not finish, or that sent nothing, fails it.
					if (!r.status.endsWith('success') || r.messages === 0) {
						console.log(`  not a clean run: ${r.summary}`);
						process.exitCode = 1;
					}
				}
			} finally {
				await provider.stop();
			}
		}
	} finally {
		rmSync(packageFolder, { recursive: true, force: true });
	}
}

main().catch((error: Error) => {
	console.error(`bench:n8n failed: ${error.message}`);
	process.exit(1);
});
