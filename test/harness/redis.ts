import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { delimiter, join, resolve } from 'node:path';
import { resolvePackages, unpackPackage, type DebianPackage } from './debian';

/**
 * Where the tests' redis-server comes from: the one on the PATH, else Debian's redis-server and
 * redis-tools (and any shared library this machine lacks) fetched once from the machine's
 * Debian mirror into .cache/redis/ — no root, nothing installed. See ./debian.ts.
 */
const CACHE = join(resolve(__dirname, '..', '..'), '.cache', 'redis');
const ROOT = join(CACHE, 'root');
const DONE = join(CACHE, 'installed.json');
const LOCK = join(CACHE, '.lock');
const FIX = 'apt-get install redis-server';
/** How long a test file's setup may take when it fetches Redis (a few seconds on a good link). */
export const REDIS_SETUP_MS = 5 * 60_000;

export interface RedisCommand {
	bin: string;
	env: NodeJS.ProcessEnv;
	/** Where it came from, for the log. */
	origin: string;
}

let command: Promise<RedisCommand> | undefined;

/** The redis-server to run: on the PATH, else fetched (once per machine) into .cache/redis/. */
export function redisServer(): Promise<RedisCommand> {
	command ??= findOrFetch();
	return command;
}

function onPath(program: string): string | undefined {
	for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
		const file = join(dir, program);
		try {
			if (statSync(file).isFile()) return file;
		} catch {
			// not here
		}
	}
	return undefined;
}

async function findOrFetch(): Promise<RedisCommand> {
	const system = onPath('redis-server');
	if (system) return { bin: system, env: process.env, origin: system };
	if (!existsSync(DONE)) {
		try {
			await withLock(fetchRedis);
		} catch (error) {
			throw quiet(`redis-server is not on the PATH and could not be fetched from the Debian mirror (${(error as Error).message}); fix: ${FIX} (or put a redis-server on the PATH)`);
		}
	}
	const cached = cachedCommand();
	const check = spawnSync(cached.bin, ['--version'], { env: cached.env, encoding: 'utf8' });
	if (check.status !== 0) {
		throw quiet(`the redis-server fetched into ${CACHE} does not run (${(check.stderr || check.error?.message || '').trim().split('\n')[0]}); fix: ${FIX}, or rm -rf ${CACHE} to fetch it again`);
	}
	return cached;
}

function cachedCommand(): RedisCommand {
	const libs = libraryDirs(ROOT);
	const env = { ...process.env, LD_LIBRARY_PATH: [...libs, ...(process.env.LD_LIBRARY_PATH ? [process.env.LD_LIBRARY_PATH] : [])].join(delimiter) };
	const { versions } = JSON.parse(readFileSync(DONE, 'utf8')) as { versions: Record<string, string> };
	return { bin: join(ROOT, 'usr', 'bin', 'redis-server'), env, origin: `${CACHE} (Debian's redis-server ${versions['redis-server']})` };
}

/** An error jest prints as its message alone: one line that says what to do, no stack trace. */
function quiet(message: string): Error {
	const error = new Error(message);
	error.stack = message;
	return error;
}

/** One fetch at a time across jest's workers; the others wait for it. */
async function withLock(work: () => Promise<void>): Promise<void> {
	mkdirSync(CACHE, { recursive: true });
	for (let waited = 0; !existsSync(DONE); waited += 200) {
		if (!takeLock()) {
			const owner = Number(readFileSafe(join(LOCK, 'pid')));
			if (owner && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
			else if (waited > 10 * 60_000) throw new Error(`another process has held ${LOCK} for 10 minutes`);
			await new Promise((r) => setTimeout(r, 200));
			continue;
		}
		try {
			writeFileSync(join(LOCK, 'pid'), String(process.pid));
			if (!existsSync(DONE)) await work();
		} finally {
			rmSync(LOCK, { recursive: true, force: true });
		}
	}
}

const takeLock = () => {
	try {
		mkdirSync(LOCK);
		return true;
	} catch {
		return false;
	}
};

const readFileSafe = (file: string) => {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return '';
	}
};

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/** Folders under `root` that hold shared libraries. */
function libraryDirs(root: string): string[] {
	const dirs: string[] = [];
	const walk = (dir: string) => {
		if (!existsSync(dir)) return;
		const entries = readdirSync(dir, { withFileTypes: true });
		if (entries.some((e) => /\.so(\.|$)/.test(e.name))) dirs.push(dir);
		for (const e of entries) if (e.isDirectory()) walk(join(dir, e.name));
	};
	for (const top of ['lib', 'usr/lib']) walk(join(root, top));
	return dirs;
}

/**
 * Debian's redis-server (a link to redis-check-rdb, which redis-tools holds) and redis-tools,
 * then, library by library, the packages of what `ldd` says this machine lacks (Debian names a
 * library package after its soname: liblzf.so.1 → liblzf1, libjemalloc.so.2 → libjemalloc2).
 */
async function fetchRedis(): Promise<void> {
	const started = Date.now();
	process.stderr.write(`redis-server is not on the PATH: fetching Debian's redis-server and redis-tools into ${CACHE} (once)…\n`);
	const staging = `${ROOT}.partial-${process.pid}`;
	rmSync(staging, { recursive: true, force: true });
	const index = await resolvePackages(['redis-server', 'redis-tools']);
	const fetched: DebianPackage[] = [];
	for (const pkg of index.values()) {
		await unpackPackage(pkg, staging);
		fetched.push(pkg);
	}
	const bin = join(staging, 'usr', 'bin', 'redis-server');
	const has = (name: string) => fetched.some((p) => p.name === name);
	for (let round = 0; round < 8; round++) {
		const missing = missingLibraries(bin, staging);
		if (missing.length === 0) break;
		// By soname first (one package may bring several: libssl3 has libcrypto.so.3 too), else
		// the libraries the fetched packages depend on.
		let next = await resolvePackages([...new Set(missing.map(libraryPackage))].filter((n) => !has(n)), { lenient: true });
		if (next.size === 0) {
			const depends = [...new Set(fetched.flatMap((p) => p.depends))].filter((n) => n.startsWith('lib') && !has(n) && !RUNTIME.includes(n) && !installed(n));
			next = await resolvePackages(depends, { lenient: true });
		}
		if (next.size === 0) throw new Error(`missing ${missing.join(', ')} even after fetching ${fetched.map((p) => p.name).join(', ')}`);
		for (const pkg of next.values()) {
			await unpackPackage(pkg, staging);
			fetched.push(pkg);
		}
	}
	const left = missingLibraries(bin, staging);
	if (left.length) throw new Error(`still missing ${left.join(', ')}`);
	rmSync(ROOT, { recursive: true, force: true });
	renameSync(staging, ROOT);
	const versions = Object.fromEntries(fetched.map((p) => [p.name, p.version]));
	writeFileSync(DONE, JSON.stringify({ fetchedAt: new Date().toISOString(), seconds: (Date.now() - started) / 1000, versions, from: fetched.map((p) => `${p.uri}/${p.filename}`) }, null, 2));
	process.stderr.write(`fetched ${fetched.map((p) => `${p.name} ${p.version}`).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

/** The C and C++ runtimes: never fetched (a second libc beside the system's loader breaks things). */
const RUNTIME = ['libc6', 'libgcc-s1', 'libstdc++6'];

/** Whether dpkg has the package installed (false where there is no dpkg). */
function installed(name: string): boolean {
	const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
	return query.status === 0 && query.stdout.includes('install ok installed');
}

/** The sonames `ldd` cannot find for `bin`, with the libraries unpacked under `root` in reach. */
function missingLibraries(bin: string, root: string): string[] {
	const env = { ...process.env, LD_LIBRARY_PATH: libraryDirs(root).join(delimiter) };
	let out: string;
	try {
		out = execFileSync('ldd', [bin], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	} catch (error) {
		const e = error as NodeJS.ErrnoException & { stdout?: string };
		if (e.code === 'ENOENT') return []; // no ldd: the server's own start will tell
		out = e.stdout ?? '';
	}
	return [...out.matchAll(/^\s*(\S+) => not found/gm)].map((m) => m[1]);
}

/** Debian's package name for a soname: libfoo.so.1 → libfoo1, libfoo2.so.3 → libfoo2-3. */
export function libraryPackage(soname: string): string {
	const match = /^(.+)\.so\.([\d.]+)$/.exec(soname);
	if (!match) return soname.replace(/\.so$/, '');
	const [name, major] = [match[1].toLowerCase().replace(/_/g, '-'), match[2].split('.')[0]];
	return /\d$/.test(name) ? `${name}-${major}` : `${name}${major}`;
}

/** A real redis-server (Debian's) on a free loopback port, nothing saved to disk. */
export async function startRedis(): Promise<{ port: number; stop: () => Promise<void> }> {
	const { bin, env } = await redisServer();
	const port = await new Promise<number>((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port: free } = probe.address() as { port: number };
			probe.close(() => resolve(free));
		});
	});
	const child: ChildProcess = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore', env });
	for (let i = 0; i < 100; i++) {
		if (await answers(port)) {
			return { port, stop: () => new Promise((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))) };
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	child.kill('SIGKILL');
	throw quiet(`${bin} did not answer on port ${port} within 5 s`);
}

function answers(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1', () => socket.end('PING\r\n'));
		socket.on('data', (d) => resolve(String(d).startsWith('+PONG')));
		socket.on('error', () => resolve(false));
	});
}
