import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PackageDirectoryLoader } from 'n8n-core';
import { declaredNodeTypes, OUR_NODE_TYPES } from '../harness/engine';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
	name: string;
	n8n: { nodes: string[]; credentials: string[] };
};

/** The built package, read by the loader n8n uses for community packages (`npm test` builds first). */
describe('n8n loads the built package', () => {
	let loader: PackageDirectoryLoader;
	beforeAll(async () => {
		loader = new PackageDirectoryLoader(root);
		await loader.loadAll();
	});

	test('every node and credential listed in package.json loads, under the package name n8n prefixes', () => {
		expect(loader.packageName).toBe('n8n-nodes-collections');
		const sources = Object.values(loader.known.nodes).map((n) => n.sourcePath).sort();
		expect(sources).toEqual([...pkg.n8n.nodes].sort());
		expect(Object.values(loader.known.credentials).map((c) => c.sourcePath).sort()).toEqual([...pkg.n8n.credentials].sort());
		expect(Object.keys(loader.known.nodes)).toContain('segmentDebtors');
		// The node tests' registry holds every node the package declares, under the same names.
		expect(declaredNodeTypes(pkg).sort()).toEqual([...OUR_NODE_TYPES].sort());
		expect(Object.keys(loader.known.nodes).map((name) => `${pkg.name}.${name}`).sort()).toEqual([...OUR_NODE_TYPES].sort());
	});

	test('each node has a subtitle, both icons in dist and its codex read', () => {
		expect(loader.types.nodes).toHaveLength(pkg.n8n.nodes.length);
		for (const description of loader.types.nodes) {
			expect(description.subtitle).toBeTruthy();
			const iconUrl = description.iconUrl as { light: string; dark: string };
			for (const url of [iconUrl.light, iconUrl.dark]) {
				expect(existsSync(join(root, url.replace(`icons/${pkg.name}/`, '')))).toBe(true);
			}
			expect(description.codex?.categories?.length).toBeGreaterThan(0);
		}
	});
});
