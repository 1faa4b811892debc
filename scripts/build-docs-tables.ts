/**
 * Writes the documentation tables that are copies of code, between their marker comments:
 *
 * - docs/nodes/contact-window-gate.md, `<!-- presets:start -->` … `<!-- presets:end -->`: the
 *   Gate's jurisdiction presets, from lib/contact/presets/.
 *
 * - docs/nodes/compose-collection-message.md, `<!-- whatsapp-templates:start -->` … `:end -->`:
 *   the WhatsApp template texts to submit to Meta, from lib/messages/whatsapp-templates.ts.
 *
 * `npm run docs:tables` after changing a preset or a template text; test/package/docs.test.ts
 * fails while the committed table differs from what this script would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Caps, Preset } from '../lib/contact/policy';
import { COUNTRY_DEFAULTS, PRESETS } from '../lib/contact/presets';
import type { Language } from '../lib/debtor/countries';
import { defaultTemplateName, TEMPLATE_MESSAGES, WHATSAPP_LANGUAGE_CODES, WHATSAPP_TEMPLATE_TEXTS } from '../lib/messages/whatsapp-templates';

const ROOT = join(__dirname, '..');

export interface GeneratedTable {
	/** The file, relative to the repository root. */
	file: string;
	/** The marker name: the table sits between `<!-- name:start -->` and `<!-- name:end -->`. */
	marker: string;
	render: () => string;
}

const DAYS: Record<string, string> = { 'mon-fri': 'Mon–Fri', 'mon-sat': 'Mon–Sat', daily: 'every day', mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function hours(preset: Preset): string {
	return Object.entries(preset.hours)
		.map(([days, window]) => `${DAYS[days] ?? days} ${window.replace('-', '–')}`)
		.join('; ');
}

function caps(preset: Preset): string {
	const parts: string[] = [];
	const c: Caps = preset.caps;
	if (c.perDay !== undefined) parts.push(`${c.perDay}/day`);
	if (c.perRolling7Days !== undefined) parts.push(`${c.perRolling7Days} per 7 days`);
	if (c.perCalendarWeek !== undefined) parts.push(`${c.perCalendarWeek} per calendar week`);
	if (c.channelsPerRolling7Days !== undefined) parts.push(`${c.channelsPerRolling7Days} channel${c.channelsPerRolling7Days === 1 ? '' : 's'} per 7 days`);
	if (c.minGapHours !== undefined) parts.push(`${c.minGapHours} h between`);
	if (c.minGapDays !== undefined) parts.push(`${c.minGapDays} days from date to date`);
	if (c.minClearDays !== undefined) parts.push(`${c.minClearDays} whole days between`);
	if (preset.requireChannelAuthorisation) parts.push('only authorised channels');
	return parts.length > 0 ? parts.join('; ') : '—';
}

function inForce(preset: Preset): string {
	const from = preset.effectiveFrom === null ? 'any date' : `from ${preset.effectiveFrom}`;
	return preset.until === undefined ? from : `${from} until ${preset.until}`;
}

/** The Gate's presets: one table row each, then the law behind every rule and the notes. */
export function presetsTable(): string {
	const defaults = new Map(Object.entries(COUNTRY_DEFAULTS).map(([country, code]) => [code, country]));
	const presets = Object.values(PRESETS);
	const rows = presets.map((p) => {
		const code = `\`${p.code}\`${defaults.has(p.code) ? ` (${defaults.get(p.code)} default)` : ''}`;
		const holidays = p.holidays.length > 0 ? p.holidays.join(' + ') : 'none';
		return `| ${code} | ${cell(p.name)} | ${hours(p)} | ${holidays} | ${caps(p)} | ${inForce(p)} | ${p.confidence} | ${p.checked} |`;
	});
	const sources = presets.map((p) => {
		const law = (['hours', 'holidays', 'caps', 'channels'] as const).filter((rule) => p.law[rule] !== undefined).map((rule) => `${rule}: ${p.law[rule]}`);
		return `- \`${p.code}\` — ${[...law, ...(p.notes ? [`note: ${p.notes}`] : [])].join('; ')}`;
	});
	return [
		'<!-- Generated from lib/contact/presets/ by `npm run docs:tables`: edit the presets, not this table. -->',
		'',
		'| Code | Name | Hours | Holidays closed | Caps | In force | Confidence | Checked |',
		'| --- | --- | --- | --- | --- | --- | --- | --- |',
		...rows,
		'',
		'The law behind each rule, as the presets cite it:',
		'',
		...sources,
	].join('\n');
}

/** The WhatsApp template texts to submit to Meta: one row per language and message, stages first. */
export function whatsappTemplatesTable(): string {
	const rows = (Object.keys(WHATSAPP_TEMPLATE_TEXTS) as Language[]).flatMap((language) =>
		TEMPLATE_MESSAGES.map((message) => `| \`${defaultTemplateName(message)}\` | \`${WHATSAPP_LANGUAGE_CODES[language]}\` | ${cell(WHATSAPP_TEMPLATE_TEXTS[language][message])} |`),
	);
	return ['<!-- Generated from lib/messages/whatsapp-templates.ts by `npm run docs:tables`: edit the texts there, not this table. -->', '', '| Name | Language | Body |', '| --- | --- | --- |', ...rows].join('\n');
}

export const TABLES: GeneratedTable[] = [
	{ file: 'docs/nodes/contact-window-gate.md', marker: 'presets', render: presetsTable },
	{ file: 'docs/nodes/compose-collection-message.md', marker: 'whatsapp-templates', render: whatsappTemplatesTable },
];

/** The text of a file with the table between its markers replaced; throws when the markers are missing. */
export function withTable(text: string, marker: string, table: string): string {
	const start = `<!-- ${marker}:start -->`;
	const end = `<!-- ${marker}:end -->`;
	const from = text.indexOf(start);
	const to = text.indexOf(end);
	if (from < 0 || to < from) throw new Error(`The markers ${start} … ${end} are missing`);
	return `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`;
}

if (require.main === module) {
	for (const { file, marker, render } of TABLES) {
		const path = join(ROOT, file);
		const before = readFileSync(path, 'utf8');
		const after = withTable(before, marker, render());
		if (after !== before) writeFileSync(path, after);
		console.log(`${file} (${marker}): ${after === before ? 'up to date' : 'written'}`);
	}
}
