/**
 * Debian packages fetched for the tests without root and without installing anything: from
 * the mirror this machine's apt is configured with (/etc/apt/sources.list and
 * /etc/apt/sources.list.d/), for its release and architecture, each file checked the way apt
 * checks it — the suite's InRelease against the archive keyring with gpgv, the Packages index
 * against InRelease's SHA256, each .deb against the index's SHA256 — then unpacked with
 * `dpkg-deb -x` (or, without dpkg-deb, its `ar` members read here and `tar -x`) into a folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface AptSource {
	uri: string;
	suite: string;
	components: string[];
	keyrings: string[];
}

export interface DebianPackage {
	name: string;
	version: string;
	filename: string;
	sha256: string;
	depends: string[];
	/** The mirror it comes from. */
	uri: string;
}

const FETCH_TIMEOUT_MS = 120_000;

/** The `deb` entries of apt's configuration (one-line .list and deb822 .sources), http(s) only. */
export function aptSources(etc = '/etc/apt'): AptSource[] {
	const sources: AptSource[] = [];
	const defaultKeyrings = () => {
		const dir = join(etc, 'trusted.gpg.d');
		const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.gpg')).map((f) => join(dir, f)) : [];
		return [...files, ...(existsSync(join(etc, 'trusted.gpg')) ? [join(etc, 'trusted.gpg')] : []), '/usr/share/keyrings/debian-archive-keyring.gpg'].filter(existsSync);
	};
	const files = [join(etc, 'sources.list'), ...(existsSync(join(etc, 'sources.list.d')) ? readdirSync(join(etc, 'sources.list.d')).sort().map((f) => join(etc, 'sources.list.d', f)) : [])];
	for (const file of files.filter((f) => existsSync(f))) {
		const text = readFileSync(file, 'utf8');
		if (file.endsWith('.list')) {
			for (const raw of text.split('\n')) {
				const line = raw.replace(/#.*/, '').trim();
				const match = /^deb\s+(?:\[([^\]]*)\]\s+)?(\S+)\s+(\S+)\s*(.*)$/.exec(line);
				if (!match) continue;
				const signedBy = /signed-by=(\S+)/.exec(match[1] ?? '')?.[1];
				sources.push({ uri: match[2], suite: match[3], components: match[4].split(/\s+/).filter(Boolean), keyrings: signedBy ? [signedBy] : defaultKeyrings() });
			}
		} else if (file.endsWith('.sources')) {
			for (const stanza of text.split(/\n\s*\n/)) {
				const fields = new Map<string, string>();
				for (const line of stanza.split('\n')) {
					const match = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
					if (match) fields.set(match[1].toLowerCase(), match[2].trim());
				}
				if (!(fields.get('types') ?? '').split(/\s+/).includes('deb') || fields.get('enabled') === 'no') continue;
				const signedBy = fields.get('signed-by');
				const keyrings = signedBy && signedBy.startsWith('/') ? signedBy.split(/\s+/) : defaultKeyrings();
				for (const uri of (fields.get('uris') ?? '').split(/\s+/).filter(Boolean))
					for (const suite of (fields.get('suites') ?? '').split(/\s+/).filter(Boolean))
						sources.push({ uri, suite, components: (fields.get('components') ?? '').split(/\s+/).filter(Boolean), keyrings });
			}
		}
	}
	return sources.filter((s) => /^https?:\/\//.test(s.uri)).map((s) => ({ ...s, uri: s.uri.replace(/\/+$/, '') }));
}

/** This machine's Debian architecture (amd64, arm64…). */
export function debianArchitecture(): string {
	try {
		return execFileSync('dpkg', ['--print-architecture'], { encoding: 'utf8' }).trim();
	} catch {
		return ({ x64: 'amd64', arm64: 'arm64', arm: 'armhf', ia32: 'i386', ppc64: 'ppc64el', s390x: 's390x' } as Record<string, string>)[process.arch] ?? process.arch;
	}
}

async function download(url: string): Promise<Buffer> {
	// fetch says only "fetch failed"; the reason (ENOTFOUND, ECONNREFUSED…) is its cause.
	const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) }).catch((error: Error & { cause?: NodeJS.ErrnoException }) => error);
	if (response instanceof Error) throw new Error(`${url}: ${response.cause?.code ?? response.cause?.message ?? response.message}`);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return Buffer.from(await response.arrayBuffer());
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The suite's InRelease, its signature checked by gpgv against the source's keyrings. */
async function inRelease(source: AptSource): Promise<string> {
	const url = `${source.uri}/dists/${source.suite}/InRelease`;
	const data = await download(url);
	if (source.keyrings.length === 0) throw new Error(`no keyring to check ${url} with`);
	const dir = mkdtempSync(join(tmpdir(), 'inrelease-'));
	try {
		writeFileSync(join(dir, 'InRelease'), data);
		const check = spawnSync('gpgv', [...source.keyrings.flatMap((k) => ['--keyring', k]), join(dir, 'InRelease')], { encoding: 'utf8' });
		if (check.error) throw new Error(`gpgv is needed to check ${url}: ${check.error.message}`);
		if (check.status !== 0) throw new Error(`${url}: bad signature (${check.stderr.trim().split('\n').pop()})`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	return data.toString('utf8');
}

/** The packages of one component of a suite, read from its Packages index (.gz, else .xz). */
async function packagesIndex(source: AptSource, release: string, component: string, arch: string): Promise<DebianPackage[]> {
	const hashes = new Map<string, string>();
	const section = /^SHA256:\n((?:[ \t].*\n?)*)/m.exec(release)?.[1] ?? '';
	for (const line of section.split('\n')) {
		const [hash, , path] = line.trim().split(/\s+/);
		if (path) hashes.set(path, hash);
	}
	const base = `${component}/binary-${arch}/Packages`;
	let text: string | undefined;
	for (const [suffix, unpack] of [
		['.gz', (d: Buffer) => gunzipSync(d)],
		['.xz', (d: Buffer) => execFileSync('xz', ['-dc'], { input: d, maxBuffer: 1 << 30 })],
	] as const) {
		const expected = hashes.get(base + suffix);
		if (!expected) continue;
		const data = await download(`${source.uri}/dists/${source.suite}/${base}${suffix}`);
		if (sha256(data) !== expected) throw new Error(`${source.uri}/dists/${source.suite}/${base}${suffix}: SHA256 differs from InRelease`);
		text = unpack(data).toString('utf8');
		break;
	}
	if (text === undefined) return [];
	const packages: DebianPackage[] = [];
	for (const stanza of text.split('\n\n')) {
		const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(stanza)?.[1];
		const name = field('Package');
		const filename = field('Filename');
		const hash = field('SHA256');
		if (!name || !filename || !hash) continue;
		const depends = (field('Pre-Depends') ?? '').split(',').concat((field('Depends') ?? '').split(','));
		packages.push({ name, version: field('Version') ?? '', filename, sha256: hash, uri: source.uri, depends: depends.map((d) => d.split('|')[0].replace(/[:(].*$/, '').trim()).filter(Boolean) });
	}
	return packages;
}

/** Every configured suite's packages, read once per process. */
let indexes: Promise<{ packages: DebianPackage[]; problems: string[]; sources: AptSource[] }> | undefined;

function allPackages(arch: string) {
	indexes ??= (async () => {
		const sources = aptSources();
		if (sources.length === 0) throw new Error('no http(s) Debian mirror in /etc/apt/sources.list or /etc/apt/sources.list.d/');
		const packages: DebianPackage[] = [];
		const problems: string[] = [];
		for (const source of sources) {
			try {
				const release = await inRelease(source);
				for (const component of source.components) packages.push(...(await packagesIndex(source, release, component, arch)));
			} catch (error) {
				problems.push((error as Error).message);
			}
		}
		if (problems.length === sources.length) throw new Error(problems.length > 1 ? `${problems[0]}, and ${problems.length - 1} more suite(s) alike` : problems[0]);
		return { packages, problems, sources };
	})();
	return indexes;
}

/**
 * The newest of each package `names` asks for, across every configured suite. Unless
 * `lenient`, a name no suite has is an error; else it is left out.
 */
export async function resolvePackages(names: string[], { arch = debianArchitecture(), lenient = false } = {}): Promise<Map<string, DebianPackage>> {
	const { packages, problems, sources } = await allPackages(arch);
	const found = new Map<string, DebianPackage>();
	for (const pkg of packages) {
		if (!names.includes(pkg.name)) continue;
		const known = found.get(pkg.name);
		if (!known || compareVersions(pkg.version, known.version) > 0) found.set(pkg.name, pkg);
	}
	const missing = names.filter((n) => !found.has(n));
	if (missing.length && !lenient) throw new Error(`${missing.join(', ')} not found in ${sources.map((s) => `${s.uri} ${s.suite}`).join('; ')}${problems.length ? ` (${problems.join('; ')})` : ''}`);
	return found;
}

/** Downloads a package, checks it against its index's SHA256 and unpacks it into `root`. */
export async function unpackPackage(pkg: DebianPackage, root: string): Promise<void> {
	const data = await download(`${pkg.uri}/${pkg.filename}`);
	if (sha256(data) !== pkg.sha256) throw new Error(`${pkg.filename}: SHA256 differs from the Packages index`);
	mkdirSync(root, { recursive: true });
	const dir = mkdtempSync(join(tmpdir(), 'deb-'));
	try {
		const deb = join(dir, `${pkg.name}.deb`);
		writeFileSync(deb, data);
		const dpkg = spawnSync('dpkg-deb', ['-x', deb, root], { encoding: 'utf8' });
		if (!dpkg.error && dpkg.status === 0) return;
		if (!dpkg.error) throw new Error(`dpkg-deb -x ${pkg.filename}: ${dpkg.stderr.trim()}`);
		// No dpkg-deb: a .deb is an `ar` archive; its data.tar.* goes to tar (which picks the decompressor).
		const member = arMembers(data).find((m) => m.name.startsWith('data.tar'));
		if (!member) throw new Error(`${pkg.filename}: no data.tar member`);
		const tarball = join(dir, member.name);
		writeFileSync(tarball, member.data);
		execFileSync('tar', ['-xf', tarball, '-C', root], { stdio: 'pipe' });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The members of a Unix `ar` archive (the .deb container). */
export function arMembers(archive: Buffer): { name: string; data: Buffer }[] {
	if (archive.toString('latin1', 0, 8) !== '!<arch>\n') throw new Error('not an ar archive');
	const members: { name: string; data: Buffer }[] = [];
	for (let at = 8; at + 60 <= archive.length; ) {
		const name = archive.toString('latin1', at, at + 16).trim().replace(/\/$/, '');
		const size = Number(archive.toString('latin1', at + 48, at + 58).trim());
		members.push({ name, data: archive.subarray(at + 60, at + 60 + size) });
		at += 60 + size + (size % 2);
	}
	return members;
}

/** dpkg's version order (epoch, upstream, revision; `~` before anything, letters before other signs). */
export function compareVersions(a: string, b: string): number {
	const split = (v: string) => {
		const colon = v.indexOf(':');
		const epoch = colon >= 0 ? Number(v.slice(0, colon)) : 0;
		const rest = colon >= 0 ? v.slice(colon + 1) : v;
		const dash = rest.lastIndexOf('-');
		return [epoch, dash >= 0 ? rest.slice(0, dash) : rest, dash >= 0 ? rest.slice(dash + 1) : '0'] as const;
	};
	const order = (c: string) => (c === '~' ? -1 : /[A-Za-z]/.test(c) ? c.charCodeAt(0) : c.charCodeAt(0) + 256);
	const part = (x: string, y: string) => {
		let i = 0;
		let j = 0;
		while (i < x.length || j < y.length) {
			while ((i < x.length && !/\d/.test(x[i])) || (j < y.length && !/\d/.test(y[j]))) {
				const cx = i < x.length && !/\d/.test(x[i]) ? order(x[i]) : 0;
				const cy = j < y.length && !/\d/.test(y[j]) ? order(y[j]) : 0;
				if (cx !== cy) return cx - cy;
				i++;
				j++;
			}
			let nx = '';
			let ny = '';
			while (i < x.length && /\d/.test(x[i])) nx += x[i++];
			while (j < y.length && /\d/.test(y[j])) ny += y[j++];
			if (Number(nx || 0) !== Number(ny || 0)) return Number(nx || 0) - Number(ny || 0);
		}
		return 0;
	};
	const [ea, ua, ra] = split(a);
	const [eb, ub, rb] = split(b);
	return ea - eb || part(ua, ub) || part(ra, rb);
}
