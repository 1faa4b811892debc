import { renderTemplate } from '../../../lib/messages/render';

// Issue 16 finding 5: a custom template may use the documented helpers only, and is bounded.
const context = { locale: 'es-CO', timezone: 'America/Bogota', channel: 'whatsapp' as const, emoji: true, name: 'Ana', phone: '+573001234567', amountDue: 350000, currency: 'COP', invoices: [{ id: 'F1' }, { id: 'F2' }] };

test('Handlebars’ log helper is refused: it would print the whole item (personal data) to the server console', () => {
	const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
	const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
	try {
		expect(renderTemplate('Hola {{log this}}', context)).toEqual({ ok: false, reason: expect.stringContaining('"log" is not a template helper') });
		expect(renderTemplate('{{#if name}}{{log phone level="error"}}{{/if}}', context)).toMatchObject({ ok: false });
		expect(log).not.toHaveBeenCalled();
		expect(info).not.toHaveBeenCalled();
	} finally {
		log.mockRestore();
		info.mockRestore();
	}
});

test('partials, decorators and the undocumented built-ins (each, with, lookup) are refused with the reason', () => {
	expect(renderTemplate('{{> a}}', context)).toEqual({ ok: false, reason: 'partials ({{> …}}) are not available in templates' });
	expect(renderTemplate('{{#> layout}}x{{/layout}}', context)).toEqual({ ok: false, reason: 'partials ({{> …}}) are not available in templates' });
	expect(renderTemplate('{{#*inline "a"}}{{> a}}{{> a}}{{/inline}}{{> a}}', context)).toMatchObject({ ok: false });
	for (const template of ['{{#each invoices}}{{id}}{{/each}}', '{{#with invoices}}x{{/with}}', '{{lookup invoices 0}}', '{{#invoices}}{{id}}{{/invoices}}']) {
		expect(renderTemplate(template, context)).toEqual({ ok: false, reason: expect.stringContaining('is not a template helper: use money, date, daysLate, plural, default, bold, emoji, if, unless') });
	}
	// The documented helpers and the conditionals still work.
	expect(renderTemplate('{{#if name}}{{bold name}}{{else}}x{{/if}} {{money amountDue currency}} {{default nickname "amig@"}}', { ...context, nickname: null })).toEqual({ ok: true, value: '*Ana* $ 350.000 amig@' });
});

test('template and output sizes are bounded, with the reason', () => {
	expect(renderTemplate('x'.repeat(20_001), context)).toEqual({ ok: false, reason: 'the template has 20001 characters, more than the 20000 a template may have' });
	expect(renderTemplate('{{name}}{{name}}', { ...context, name: 'y'.repeat(40_000) })).toEqual({ ok: false, reason: 'the template produced 80000 characters, more than the 65536 a message may have' });
});
