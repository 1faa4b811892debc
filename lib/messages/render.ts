import Handlebars from 'handlebars';
import { DateTime } from 'luxon';
import { fail, ok, type Parsed } from '../debtor/result';

/** What templates can use: the debtor, the message's settings, and how to format. */
export interface MessageContext {
	[key: string]: unknown;
	/** BCP 47 locale for money and dates (es-CO, pt-BR, en-US). */
	locale: string;
	/** IANA zone dates are shown in. */
	timezone: string;
	channel: 'whatsapp' | 'sms';
	/** Whether emoji may be used (WhatsApp only). */
	emoji: boolean;
}

// An environment of our own: plain text (no HTML escaping), our helpers only, and the
// prototype-access protections of Handlebars 4.6+ left on.
const hb = Handlebars.create();
// Handlebars' own helpers that are not documented for templates: `log` prints its arguments
// (the whole item: personal data) to the server console; `each`, `with` and `lookup` walk
// data in ways the documentation does not promise. `if`/`unless`/`else` stay (the library uses them).
for (const name of ['log', 'lookup', 'with', 'each']) hb.unregisterHelper(name);

/** The helpers a template may call: ours (documented in docs/nodes/compose-collection-message.md) and the conditionals. */
export const TEMPLATE_HELPERS = ['money', 'date', 'daysLate', 'plural', 'default', 'bold', 'emoji', 'if', 'unless'];
/** The longest template accepted (the library's longest is well under 1,000 characters). */
export const MAX_TEMPLATE_CHARACTERS = 20_000;
/** The longest text a template may produce: far above WhatsApp's 4,096, far below what would stall a run. */
export const MAX_RENDERED_CHARACTERS = 65_536;

// Intl writes no-break and narrow no-break spaces ("$ 1.500"); a plain space reads the same
// and keeps an SMS in GSM-7.
const INVISIBLE_SPACES = /[\u00a0\u202f]/g;

const moneyFormats = new Map<string, Intl.NumberFormat>();
function formatMoney(amount: number, currency: string, locale: string): string {
	const key = `${locale}|${currency}`;
	let format = moneyFormats.get(key);
	if (!format) moneyFormats.set(key, (format = new Intl.NumberFormat(locale, { style: 'currency', currency })));
	return format.format(amount).replace(INVISIBLE_SPACES, ' ');
}


const DATE_FORMATS: Record<string, Intl.DateTimeFormatOptions> = {
	short: DateTime.DATE_SHORT,
	medium: DateTime.DATE_MED,
	long: DateTime.DATE_FULL,
	full: DateTime.DATE_HUGE,
};

class TemplateValueError extends Error {}

// Campaigns repeat the same due dates: format each (locale, zone, style, date) once.
const formattedDates = new Map<string, string>();

const root = (options: Handlebars.HelperOptions) => options.data.root as MessageContext;

hb.registerHelper('money', function (amount: unknown, currency: unknown, options: Handlebars.HelperOptions) {
	if (typeof amount !== 'number' || !Number.isFinite(amount)) throw new TemplateValueError(`money: ${JSON.stringify(amount)} is not an amount`);
	if (typeof currency !== 'string') throw new TemplateValueError(`money: ${JSON.stringify(currency)} is not a currency code`);
	return formatMoney(amount, currency, root(options).locale);
});

hb.registerHelper('date', function (value: unknown, ...args: unknown[]) {
	const options = args.pop() as Handlebars.HelperOptions;
	const style = typeof args[0] === 'string' ? args[0] : 'long';
	const { locale, timezone } = root(options);
	if (typeof value !== 'string') throw new TemplateValueError(`date: ${JSON.stringify(value)} is not an ISO date`);
	const key = `${locale}|${timezone}|${style}|${value}`;
	let text = formattedDates.get(key);
	if (text === undefined) {
		const date = DateTime.fromISO(value, { zone: timezone });
		if (!date.isValid) throw new TemplateValueError(`date: ${JSON.stringify(value)} is not an ISO date`);
		text = date.setLocale(locale).toLocaleString(DATE_FORMATS[style] ?? DATE_FORMATS.long).replace(INVISIBLE_SPACES, ' ');
		if (formattedDates.size > 50_000) formattedDates.clear();
		formattedDates.set(key, text);
	}
	return text;
});

/** Days from a due date to today in the debtor's time zone (negative before it). */
hb.registerHelper('daysLate', function (value: unknown, options: Handlebars.HelperOptions) {
	const { timezone } = root(options);
	const due = typeof value === 'string' ? DateTime.fromISO(value, { zone: timezone }) : undefined;
	if (!due?.isValid) throw new TemplateValueError(`daysLate: ${JSON.stringify(value)} is not an ISO date`);
	return Math.round(DateTime.now().setZone(timezone).startOf('day').diff(due.startOf('day'), 'days').days);
});

hb.registerHelper('plural', function (count: unknown, one: string, many: string) {
	return count === 1 ? one : many;
});

hb.registerHelper('default', function (value: unknown, fallback: unknown) {
	return value === undefined || value === null || value === '' ? fallback : value;
});

/** *bold* on WhatsApp, plain on SMS. */
hb.registerHelper('bold', function (value: unknown, options: Handlebars.HelperOptions) {
	return root(options).channel === 'whatsapp' ? `*${String(value)}*` : String(value);
});

/** An emoji where allowed (WhatsApp with emoji on), nothing elsewhere. */
hb.registerHelper('emoji', function (value: string, options: Handlebars.HelperOptions) {
	const context = root(options);
	return context.channel === 'whatsapp' && context.emoji ? value : '';
});

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** The first name of every path in a template ({{a.b}} → "a"). */
function pathHeads(node: unknown, heads: string[] = []): string[] {
	if (Array.isArray(node)) node.forEach((child) => pathHeads(child, heads));
	else if (node && typeof node === 'object') {
		const record = node as Record<string, unknown>;
		if (record.type === 'PathExpression' && Array.isArray(record.parts) && typeof record.parts[0] === 'string') heads.push(record.parts[0]);
		for (const [key, value] of Object.entries(record)) if (key !== 'loc') pathHeads(value, heads);
	}
	return heads;
}

/**
 * What in a template is refused: partials ({{> name}}: they nest without bound), decorators,
 * and any helper or block other than TEMPLATE_HELPERS. Null when nothing is.
 */
function refusedStatement(node: unknown): string | null {
	if (Array.isArray(node)) {
		for (const child of node) {
			const refused = refusedStatement(child);
			if (refused) return refused;
		}
		return null;
	}
	if (!node || typeof node !== 'object') return null;
	const record = node as Record<string, unknown> & { path?: { type?: string; original?: unknown }; params?: unknown[]; hash?: unknown };
	const type = record.type as string | undefined;
	if (type === 'PartialStatement' || type === 'PartialBlockStatement') return 'partials ({{> …}}) are not available in templates';
	if (type === 'Decorator' || type === 'DecoratorBlock') return 'decorators ({{* …}}) are not available in templates';
	const called = type === 'BlockStatement' || ((type === 'MustacheStatement' || type === 'SubExpression') && (record.params?.length || record.hash));
	if (called && record.path?.type === 'PathExpression' && !TEMPLATE_HELPERS.includes(String(record.path.original))) {
		return `"${String(record.path.original).slice(0, 40)}" is not a template helper: use ${TEMPLATE_HELPERS.join(', ')}`;
	}
	for (const [key, value] of Object.entries(record)) {
		if (key === 'loc') continue;
		const refused = refusedStatement(value);
		if (refused) return refused;
	}
	return null;
}

/**
 * Blanks before a line break removed, three or more line breaks made two, the ends trimmed —
 * in one pass (the patterns this replaced backtracked quadratically over long runs of spaces).
 */
function tidy(text: string): string {
	const lines = text.split('\n');
	const out: string[] = [];
	let blank = 0;
	for (let i = 0; i < lines.length; i++) {
		let line = lines[i];
		if (i < lines.length - 1) {
			let end = line.length;
			while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
			line = line.slice(0, end);
		}
		blank = line === '' ? blank + 1 : 0;
		if (blank < 2 || i === lines.length - 1) out.push(line);
	}
	return out.join('\n').trim();
}

/** Compiles once per template text. A template that does not parse is an error, not a message. */
export function compileTemplate(template: string): Parsed<HandlebarsTemplateDelegate> {
	let fn = compiled.get(template);
	if (!fn) {
		if (template.length > MAX_TEMPLATE_CHARACTERS) return fail(`the template has ${template.length} characters, more than the ${MAX_TEMPLATE_CHARACTERS} a template may have`);
		let ast: hbs.AST.Program;
		try {
			ast = hb.parse(template);
		} catch (error) {
			const lines = (error as Error).message.split('\n').filter(Boolean);
			return fail(`the template does not parse: ${[lines[0], lines[lines.length - 1]].join(' ')}`);
		}
		const refused = refusedStatement(ast);
		if (refused) return fail(refused);
		const inherited = pathHeads(ast).find((head) => head in Object.prototype);
		if (inherited) return fail(`"${inherited}" cannot be a template variable`);
		fn = hb.compile(template, { strict: true, noEscape: true });
		compiled.set(template, fn);
	}
	return ok(fn);
}

/**
 * Renders a template as plain text. Strict: a variable the data lacks is an error naming it,
 * never an empty gap. Values are inserted as text; a debtor's name containing "{{" stays text.
 */
export function renderTemplate(template: string, context: MessageContext): Parsed<string> {
	const fn = compileTemplate(template);
	if (!fn.ok) return fn;
	try {
		const text = fn.value(context);
		if (text.length > MAX_RENDERED_CHARACTERS) return fail(`the template produced ${text.length} characters, more than the ${MAX_RENDERED_CHARACTERS} a message may have`);
		return ok(tidy(text));
	} catch (error) {
		const message = (error as Error).message;
		const missing = /^"([^"]+)" not defined/.exec(message);
		if (missing) return fail(`template variable "${missing[1]}" has no value for this item`);
		if (error instanceof TemplateValueError) return fail(message);
		return fail(`the template failed: ${message.split('\n')[0]}`);
	}
}
