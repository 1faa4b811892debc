import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/n8n';

export interface Postgres {
	port: number;
	user: string;
	database: string;
	stop: () => Promise<void>;
}

/** Debian's PostgreSQL server programs, newest version first. */
function serverBin(): string {
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'postgres'))) : [];
	if (versions.length === 0) throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
	return join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

/**
 * A real PostgreSQL server (Debian's) in a throwaway data folder on a free loopback port, with
 * a database `n8n` its owner `n8n` reaches without a password. PostgreSQL refuses to run as
 * root: as root, it runs as the `postgres` user the Debian package creates. Durability is off
 * (fsync, synchronous commit): the data lives as long as the test.
 */
export async function startPostgres(): Promise<Postgres> {
	const bin = serverBin();
	const asRoot = userInfo().uid === 0;
	const run = (program: string, args: string[]) => (asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] : [join(bin, program), args]) as [string, string[]];
	const folder = mkdtempSync(join(tmpdir(), 'postgres-'));
	if (asRoot) spawnSync('chown', ['postgres:', folder]);
	const data = join(folder, 'data');
	const user = 'n8n';
	const init = spawnSync(...run('initdb', ['-D', data, '-U', user, '--auth=trust', '-E', 'UTF8', '--no-sync']), { encoding: 'utf8' });
	if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);

	const port = await freePort();
	const server: ChildProcess = spawn(
		...run('postgres', ['-D', data, '-p', String(port), '-k', folder, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
		{ stdio: 'ignore' },
	);
	const stop = async () => {
		// pg_ctl, not a signal to the child: as root the child is runuser, which does not pass it on.
		if (server.exitCode === null) {
			const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
			spawnSync(...run('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-s']));
			await exited;
		}
		rmSync(folder, { recursive: true, force: true });
	};
	for (let i = 0; i < 200; i++) {
		const created = spawnSync(join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', user, '-d', 'postgres', '-c', 'CREATE DATABASE n8n'], { encoding: 'utf8' });
		if (created.status === 0) return { port, user, database: 'n8n', stop };
		if (server.exitCode !== null) break;
		await new Promise((r) => setTimeout(r, 100));
	}
	await stop();
	throw new Error('PostgreSQL did not start');
}
