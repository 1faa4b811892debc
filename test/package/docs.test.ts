import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { INodeProperties, INodeType } from 'n8n-workflow';
import { REASONS } from '../../lib/contact/policy';
import { PRESETS } from '../../lib/contact/presets';
import { DELIVERY_ERROR_CODES } from '../../lib/channels/errors';
import { OPT_OUT_WORDS } from '../../lib/replies/opt-out-words';
import { ClassifyObjection } from '../../nodes/ClassifyObjection/ClassifyObjection.node';
import { ComposeCollectionMessage } from '../../nodes/ComposeCollectionMessage/ComposeCollectionMessage.node';
import { ContactWindowGate } from '../../nodes/ContactWindowGate/ContactWindowGate.node';
import { SegmentDebtors } from '../../nodes/SegmentDebtors/SegmentDebtors.node';
import { CollectionReplyTrigger } from '../../nodes/CollectionReplyTrigger/CollectionReplyTrigger.node';
import { CollectionsLedger } from '../../nodes/CollectionsLedger/CollectionsLedger.node';
import { SendCollectionMessage } from '../../nodes/SendCollectionMessage/SendCollectionMessage.node';
import { CollectionsRedis } from '../../credentials/CollectionsRedis.credentials';
import { CollectionsTwilioApi } from '../../credentials/CollectionsTwilioApi.credentials';
import { CollectionsWhatsAppCloudApi } from '../../credentials/CollectionsWhatsAppCloudApi.credentials';
import { TABLES, withTable } from '../../scripts/build-docs-tables';

const ROOT = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const HOMEPAGE: string = JSON.parse(read('package.json')).homepage;

/** docs/nodes/<page>.md for a node type name: sendCollectionMessage → send-collection-message. */
const pageOf = (name: string) => `docs/nodes/${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.md`;
const NODES: INodeType[] = [new SegmentDebtors(), new ContactWindowGate(), new ComposeCollectionMessage(), new ClassifyObjection(), new SendCollectionMessage(), new CollectionReplyTrigger(), new CollectionsLedger()];
const page = (node: INodeType) => read(pageOf(node.description.name));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `path` in backticks, whole: `options.templateName` is not `options.templateNames`. */
const names = (text: string, path: string) => new RegExp(`\`${escape(path)}(?=[\`.\\[ ])`).test(text);

/**
 * What a node's page must name for each parameter: `name`; for a collection, each option as
 * `collection.option` (the `options` collection) or the option's own name in backticks (Columns,
 * Custom Caps, House Rules list their fields); for a fixed collection, `name.group[]` and each value
 * on the same line (`customHours.hours[]` … `{ days, from, to }`).
 */
function undocumented(text: string, properties: INodeProperties[], prefix = ''): string[] {
	return properties.flatMap((p) => {
		const path = `${prefix}${p.name}`;
		const missing = names(text, path) ? [] : [path];
		if (p.type === 'collection') {
			const options = p.options as INodeProperties[];
			const plain = options.filter((o) => o.type !== 'fixedCollection' && !(names(text, `${path}.${o.name}`) || (p.name !== 'options' && names(text, o.name))));
			return [...missing, ...plain.map((o) => `${path}.${o.name}`), ...undocumented(text, options.filter((o) => o.type === 'fixedCollection'), `${path}.`)];
		}
		if (p.type === 'fixedCollection') {
			return [
				...missing,
				...(p.options as Array<{ name: string; values: INodeProperties[] }>).flatMap((group) => {
					const line = text.split('\n').find((l) => l.includes(`\`${path}.${group.name}[]\``));
					if (line === undefined) return [`${path}.${group.name}[]`];
					return group.values.filter((v) => !new RegExp(`\\b${escape(v.name)}\\b`).test(line)).map((v) => `${path}.${group.name}[].${v.name}`);
				}),
			];
		}
		return missing;
	});
}

describe('each node has its page in docs/nodes/, naming its public interface', () => {
	test.each(NODES.map((node) => [pageOf(node.description.name), node] as const))('%s: type name, parameters, outputs, credentials', (_file, node) => {
		const text = page(node);
		expect(text).toContain(`n8n-nodes-collections.${node.description.name}`);
		expect(undocumented(text, node.description.properties)).toEqual([]);
		const outputs = (node.description.outputNames ?? []).filter((output) => !text.includes(`**${output}**`));
		expect(outputs).toEqual([]);
		const credentials = (node.description.credentials ?? []).map((c) => c.name).filter((name) => !text.includes(`\`${name}\``));
		expect(credentials).toEqual([]);
	});

	test.each(NODES.map((node) => [pageOf(node.description.name), node] as const))('%s: every value of every option list, as `value` or as the editor shows it', (_file, node) => {
		const text = page(node);
		const presets = new Set(Object.keys(PRESETS));
		const missing: string[] = [];
		const walk = (properties: INodeProperties[], prefix: string) => {
			for (const p of properties) {
				if ((p.type === 'options' || p.type === 'multiOptions') && !p.typeOptions?.loadOptionsMethod) {
					for (const o of p.options as Array<{ name: string; value: unknown }>) {
						// A Gate preset code is listed on the Gate's page (the presets table).
						if (presets.has(String(o.value)) && text.includes('Gate preset')) continue;
						if (!text.includes(`\`${String(o.value)}\``) && !text.includes(o.name)) missing.push(`${prefix}${p.name}: ${String(o.value)} (${o.name})`);
					}
				}
				if (p.type === 'collection') walk(p.options as INodeProperties[], `${prefix}${p.name}.`);
				if (p.type === 'fixedCollection') for (const group of p.options as Array<{ name: string; values: INodeProperties[] }>) walk(group.values, `${prefix}${p.name}.${group.name}[].`);
			}
		};
		walk(node.description.properties, '');
		expect(missing).toEqual([]);
	});

	test('the Reply Trigger page describes the provider credentials and every field; docs/deploy.md the Redis one', () => {
		for (const [file, credential] of [
			[pageOf('collectionReplyTrigger'), new CollectionsWhatsAppCloudApi()],
			[pageOf('collectionReplyTrigger'), new CollectionsTwilioApi()],
			['docs/deploy.md', new CollectionsRedis()],
		] as const) {
			const text = read(file);
			const missing = [credential.name, ...credential.properties.map((p) => p.name)].filter((name) => !text.includes(`\`${name}\``));
			expect([file, credential.name, missing]).toEqual([file, credential.name, []]);
		}
	});

	test('the Send page names every delivery error code', () => {
		const text = read(pageOf('sendCollectionMessage'));
		expect(DELIVERY_ERROR_CODES.filter((code) => !text.includes(`\`${code}\``))).toEqual([]);
	});

	test('the Reply Trigger page names every opt-out word', () => {
		const text = read(pageOf('collectionReplyTrigger'));
		const words = Object.values(OPT_OUT_WORDS).flat().map((word) => word.toUpperCase());
		expect(words.filter((word) => !text.includes(`\`${word}\``))).toEqual([]);
	});

	test('the Gate page names every preset and every reason code', () => {
		const text = read(pageOf('contactWindowGate'));
		expect(Object.keys(PRESETS).filter((code) => !text.includes(`\`${code}\``))).toEqual([]);
		expect(REASONS.filter((reason) => !text.includes(`\`${reason}\``))).toEqual([]);
	});
});

describe('generated tables', () => {
	test.each(TABLES.map((table) => [`${table.file} (${table.marker})`, table] as const))('%s is what `npm run docs:tables` writes', (_name, { file, marker, render }) => {
		const committed = read(file);
		// Stale: a preset changed and `npm run docs:tables` was not run.
		expect(committed).toBe(withTable(committed, marker, render()));
	});
});

/** Every Markdown file of the repository's documentation. */
function markdownFiles(): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(join(ROOT, dir)).flatMap((name) => {
			const path = `${dir}/${name}`;
			return statSync(join(ROOT, path)).isDirectory() ? walk(path) : name.endsWith('.md') ? [path] : [];
		});
	return ['README.md', 'CHANGELOG.md', ...walk('docs')];
}

/** GitHub's anchors for a Markdown file's headings. */
function anchors(text: string): Set<string> {
	const seen = new Map<string, number>();
	const result = new Set<string>();
	for (const line of text.replace(/^```[\s\S]*?^```/gm, '').split('\n')) {
		const heading = /^#{1,6} (.*)$/.exec(line);
		if (!heading) continue;
		const slug = heading[1]
			.toLowerCase()
			.replace(/[^\p{L}\p{N}\- _]/gu, '')
			.replace(/ /g, '-');
		const count = seen.get(slug) ?? 0;
		seen.set(slug, count + 1);
		result.add(count === 0 ? slug : `${slug}-${count}`);
	}
	return result;
}

/** The target of a link into this repository (a path from ROOT and an anchor), or null for an outside link. */
function target(from: string, link: string): { path: string; anchor: string | null } | null {
	if (/^[a-z]+:/i.test(link)) {
		if (!link.startsWith(`${HOMEPAGE}/blob/main/`) && !link.startsWith(`${HOMEPAGE}#`)) return null;
		const [path, anchor] = link.startsWith(`${HOMEPAGE}#`) ? ['README.md', link.slice(HOMEPAGE.length + 1)] : link.slice(`${HOMEPAGE}/blob/main/`.length).split('#');
		return { path, anchor: anchor ?? null };
	}
	const [path, anchor] = link.split('#');
	return { path: path === '' ? from : relative(ROOT, resolve(ROOT, dirname(from), path)), anchor: anchor ?? null };
}

function brokenLink(from: string, link: string): string | null {
	const to = target(from, link);
	if (to === null) return null;
	if (to.path.startsWith('..')) return `${from}: ${link} leaves the repository`;
	if (!existsSync(join(ROOT, to.path))) return `${from}: ${link} — no ${to.path}`;
	if (to.anchor !== null && !(to.path.endsWith('.md') && anchors(read(to.path)).has(to.anchor))) return `${from}: ${link} — no heading #${to.anchor} in ${to.path}`;
	return null;
}

describe('links', () => {
	test.each(markdownFiles().map((file) => [file]))('%s: every relative link resolves, headings included', (file) => {
		const text = read(file)
			.replace(/^```[\s\S]*?^```/gm, '')
			.replace(/`[^`\n]*`/g, '');
		const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
		expect(links.map((link) => brokenLink(file, link)).filter((e) => e !== null)).toEqual([]);
		// The steering folder beside a developer's clone, which a user's clone does not have.
		expect(read(file)).not.toMatch(new RegExp(String.raw`\.\./${'shared'}\b`));
	});

	test('each codex file points at its node page; credentials at a page of this repository that exists', () => {
		for (const node of NODES) {
			const folder = node.description.name.charAt(0).toUpperCase() + node.description.name.slice(1);
			const codex = JSON.parse(read(`nodes/${folder}/${folder}.node.json`));
			expect(codex.resources.primaryDocumentation[0].url).toBe(`${HOMEPAGE}/blob/main/${pageOf(node.description.name)}`);
			for (const { url } of [...codex.resources.primaryDocumentation, ...(codex.resources.credentialDocumentation ?? [])]) {
				expect([url, brokenLink('README.md', url)]).toEqual([url, null]);
			}
		}
		for (const credential of [new CollectionsRedis(), new CollectionsTwilioApi(), new CollectionsWhatsAppCloudApi()]) {
			const url = credential.documentationUrl;
			expect([url, brokenLink('README.md', url)]).toEqual([url, null]);
		}
	});
});
