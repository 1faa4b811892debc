import Handlebars from 'handlebars';
import { DateTime } from 'luxon';
import { parseCurrency } from '../debtor/currency';
import { MAX_AMOUNT } from '../debtor/money';
import { fail, ok, show, type Parsed } from '../debtor/result';

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

type CompileOptions = Parameters<typeof hb.compile>[1];

class TemplateValueError extends Error {}

/**
 * A helper's arguments without its options, and how each was written: the item's field it
 * came from (`amountDue`, from Handlebars' trackIds), so an error names the field, not only a
 * value. A helper called with too few arguments gets its options object where a value should
 * be: that object holds the whole item and is never quoted in an error.
 */
function helperArgs(args: unknown[]): { values: unknown[]; options: Handlebars.HelperOptions; named: (index: number) => string } {
	const options = args[args.length - 1] as Handlebars.HelperOptions;
	const values = args.slice(0, -1);
	const ids = (options as { ids?: unknown[] }).ids ?? [];
	const named = (index: number) => {
		const id = ids[index];
		const value = show(values[index]);
		return typeof id === 'string' ? `${id.replace(/^(this\.|@root\.)/, '')} is ${value}` : value;
	};
	return { values, options, named };
}

// Campaigns repeat the same due dates: format each (locale, zone, style, date) once.
const formattedDates = new Map<string, string>();

const root = (options: Handlebars.HelperOptions) => options.data.root as MessageContext;

/**
 * An amount a message may state: a finite number below MAX_AMOUNT. Zero and negative amounts
 * are refused where an amount is owed (amountDue); a remaining balance may be 0 (paid up).
 */
hb.registerHelper('money', function (...args: unknown[]) {
	const { values: [amount, currency], options, named } = helperArgs(args);
	if (typeof amount !== 'number' || !Number.isFinite(amount) || Math.abs(amount) >= MAX_AMOUNT) throw new TemplateValueError(`money: ${named(0)}, not an amount`);
	if (amount < 0) throw new TemplateValueError(`money: ${named(0)}, a negative amount`);
	// Read as Segment Debtors reads a currency ("brl", "R$"), so a raw row's reads the same.
	const code = parseCurrency(currency);
	if (!code.ok) throw new TemplateValueError(`money: ${named(1)}, not an ISO 4217 currency code`);
	return formatMoney(amount, code.value, root(options).locale);
});

hb.registerHelper('date', function (...args: unknown[]) {
	const { values: [value, styleArg], options, named } = helperArgs(args);
	const style = typeof styleArg === 'string' ? styleArg : 'long';
	const { locale, timezone } = root(options);
	if (typeof value !== 'string') throw new TemplateValueError(`date: ${named(0)}, not an ISO date`);
	const key = `${locale}|${timezone}|${style}|${value}`;
	let text = formattedDates.get(key);
	if (text === undefined) {
		const date = DateTime.fromISO(value, { zone: timezone });
		if (!date.isValid) throw new TemplateValueError(`date: ${named(0)}, not an ISO date`);
		text = date.setLocale(locale).toLocaleString(DATE_FORMATS[style] ?? DATE_FORMATS.long).replace(INVISIBLE_SPACES, ' ');
		if (formattedDates.size > 50_000) formattedDates.clear();
		formattedDates.set(key, text);
	}
	return text;
});

/** Days from a due date to today in the debtor's time zone (negative before it). */
hb.registerHelper('daysLate', function (...args: unknown[]) {
	const { values: [value], options, named } = helperArgs(args);
	const { timezone } = root(options);
	const due = typeof value === 'string' ? DateTime.fromISO(value, { zone: timezone }) : undefined;
	if (!due?.isValid) throw new TemplateValueError(`daysLate: ${named(0)}, not an ISO date`);
	return Math.round(DateTime.now().setZone(timezone).startOf('day').diff(due.startOf('day'), 'days').days);
});

hb.registerHelper('plural', function (...args: unknown[]) {
	const { values: [count, one, many] } = helperArgs(args);
	return count === 1 ? one : many;
});

hb.registerHelper('default', function (...args: unknown[]) {
	const { values: [value, fallback] } = helperArgs(args);
	return value === undefined || value === null || value === '' ? fallback : value;
});

/** *bold* on WhatsApp, plain on SMS. */
hb.registerHelper('bold', function (...args: unknown[]) {
	const { values, options, named } = helperArgs(args);
	if (values.length === 0) throw new TemplateValueError('bold: what to write in bold is missing');
	if (values[0] === undefined || values[0] === null) throw new TemplateValueError(`bold: ${named(0)}`);
	return root(options).channel === 'whatsapp' ? `*${String(values[0])}*` : String(values[0]);
});

/** An emoji where allowed (WhatsApp with emoji on), nothing elsewhere. */
hb.registerHelper('emoji', function (...args: unknown[]) {
	const { values: [value], options } = helperArgs(args);
	if (typeof value !== 'string') throw new TemplateValueError('emoji: write the emoji in quotes ({{emoji "👋"}})');
	const context = root(options);
	return context.channel === 'whatsapp' && context.emoji ? value : '';
});

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** Every name in every path of a template ({{a.b}}, {{@root.a.[0].b}} → a, b, root, a, 0, b). */
function pathParts(node: unknown, parts: string[] = []): string[] {
	if (Array.isArray(node)) node.forEach((child) => pathParts(child, parts));
	else if (node && typeof node === 'object') {
		const record = node as Record<string, unknown>;
		if (record.type === 'PathExpression' && Array.isArray(record.parts)) parts.push(...record.parts.filter((part): part is string => typeof part === 'string'));
		for (const [key, value] of Object.entries(record)) if (key !== 'loc') pathParts(value, parts);
	}
	return parts;
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
		// At any depth: {{@root.constructor}} and {{invoices.[0].constructor}} are no variables either.
		const inherited = pathParts(ast).find((part) => part in Object.prototype);
		if (inherited) return fail(`"${inherited}" cannot be a template variable`);
		// trackIds (Handlebars' own option, missing from its typings): a helper learns which
		// field each argument came from, to name it in an error.
		fn = hb.compile(template, { strict: true, noEscape: true, trackIds: true } as CompileOptions);
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
