import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';

/** A real redis-server (Debian's) on a free loopback port, nothing saved to disk. */
export async function startRedis(): Promise<{ port: number; stop: () => Promise<void> }> {
	const port = await new Promise<number>((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port: free } = probe.address() as { port: number };
			probe.close(() => resolve(free));
		});
	});
	const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
	for (let i = 0; i < 100; i++) {
		if (await answers(port)) {
			return { port, stop: () => new Promise((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))) };
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	child.kill('SIGKILL');
	throw new Error('redis-server did not start (is it installed? apt-get install redis-server)');
}

function answers(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1', () => socket.end('PING\r\n'));
		socket.on('data', (d) => resolve(String(d).startsWith('+PONG')));
		socket.on('error', () => resolve(false));
	});
}
