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

/** Compiles once per template text. A template that does not parse is an error, not a message. */
export function compileTemplate(template: string): Parsed<HandlebarsTemplateDelegate> {
	let fn = compiled.get(template);
	if (!fn) {
		let ast: hbs.AST.Program;
		try {
			ast = hb.parse(template);
		} catch (error) {
			const lines = (error as Error).message.split('\n').filter(Boolean);
			return fail(`the template does not parse: ${[lines[0], lines[lines.length - 1]].join(' ')}`);
		}
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
		return ok(fn.value(context).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim());
	} catch (error) {
		const message = (error as Error).message;
		const missing = /^"([^"]+)" not defined/.exec(message);
		if (missing) return fail(`template variable "${missing[1]}" has no value for this item`);
		if (error instanceof TemplateValueError) return fail(message);
		return fail(`the template failed: ${message.split('\n')[0]}`);
	}
}
