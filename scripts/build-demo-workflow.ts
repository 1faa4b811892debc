/**
 * Writes workflows/5-demo-no-accounts.json from workflows/sample-debtors.csv: the sample rows go
 * into the workflow (a Code node returns them, as a Google Sheets node would), so the demo
 * imports and runs anywhere without a file. Run after editing the CSV; a test checks they agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv';
import { REASON_WORDS, SEND_ERROR_WORDS } from './demo-report';
import { ROOT } from './n8n';

const rows = parseCsv(readFileSync(join(ROOT, 'workflows', 'sample-debtors.csv'), 'utf8'));
const code = `// The rows of workflows/sample-debtors.csv, as a Google Sheets node would return them.\nconst rows = ${JSON.stringify(rows, null, 1)};\nreturn rows.map((json) => ({ json }));`;

/**
 * The Summary node: counts per output of each node, and why what was not sent was not (the Gate's
 * reasons and Send's error codes in the words `npm start` prints). Run again the same day, the
 * demo sends nothing new (the contact ledger sends each message once): a note says so, first
 * (the editor's table shows it before the counts), since an operator seeing every item Failed
 * would think it broken.
 */
export const SUMMARY_CODE = `// Counts per output of each node, and why what was not sent was not: the demo's last word.
const outputs = {
  'Segment Debtors': ['Segmented', 'Invalid'],
  'Contact Window Gate': ['Allowed', 'Deferred', 'Blocked'],
  'Compose Collection Message': ['Composed'],
  'Send via WhatsApp/SMS': ['Sent', 'Failed'],
};
const words = ${JSON.stringify({ ...REASON_WORDS, ...SEND_ERROR_WORDS }, null, 1)};
const said = (code) => (words[code] ? words[code] + ' (' + code + ')' : code);
const counts = {};
const why = {};
for (const [node, names] of Object.entries(outputs)) {
  counts[node] = {};
  names.forEach((name, index) => {
    let items = [];
    try { items = $(node).all(index); } catch (e) { items = []; }
    counts[node][name] = items.length;
    if (['Deferred', 'Blocked', 'Failed'].includes(name)) {
      for (const item of items) {
        const c = (item.json && item.json.collection) || {};
        const codes = name === 'Failed' ? [(c.delivery && c.delivery.error && c.delivery.error.code) || (item.json.error ? 'ERROR' : 'UNKNOWN')] : ((c.window && c.window.reasons) || []);
        const key = node + ' → ' + name;
        why[key] = why[key] || {};
        for (const code of codes) why[key][said(code)] = (why[key][said(code)] || 0) + 1;
      }
    }
  });
}
const counted = { ...counts, 'Why not sent': why };
let note = null;
if (Object.keys(why['Send via WhatsApp/SMS → Failed'] || {}).some((k) => k.includes('(DUPLICATE)'))) {
  note = 'These debtors were already sent their message today: npm start runs this demo once when it starts (its terminal summary; the earliest run under Executions shows each message sent). The contact ledger sends each debtor once per stage and day, so Send refuses them now (DUPLICATE) and the Gate defers those contacted today (DAILY_CAP). Nothing is broken: run it tomorrow and they go out again.';
}
// The note first: the editor's table shows it before the counts.
return [{ json: note ? { Note: note, ...counted } : counted }];`;

const P = 'n8n-nodes-collections';
const sticky = (name: string, content: string, position: number[], width = 320, height = 260) => ({
	parameters: { content, width, height }, id: `note-${name}`, name, type: 'n8n-nodes-base.stickyNote', typeVersion: 1, position,
});
const workflow = {
	name: 'Collections demo: the whole pipeline, no accounts needed',
	nodes: [
		sticky('About this demo', '## Collections demo (no accounts needed)\n50 sample debtors from Colombia, Peru, Mexico, Brazil and the US go through the whole pipeline. **Send** talks to the provider simulator that `npm start` runs, not to WhatsApp.\n\nClick **Execute workflow**, then open each node to see its outputs. The **Summary** node counts them and says why what was not sent was not. `npm start` already ran it once today: run again the same day, the contact ledger refuses to send anyone twice (**Failed** with `DUPLICATE`, **Deferred** with `DAILY_CAP`).', [-40, -380], 420, 340),
		sticky('Edge cases', '### Edge cases on purpose\nUnreadable amount, impossible date (31/02), bad phone, zero and negative amounts → **Invalid** with the column and value named.\nTwo opted-out debtors → **Blocked**. Run it at night or on a holiday and the others land on **Deferred**, each with the moment it may be contacted in its own time zone.', [620, -300], 380, 220),
		{ parameters: {}, id: 'trigger', name: 'Run Demo', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0] },
		{ parameters: { jsCode: code }, id: 'rows', name: 'Sample Debtors', type: 'n8n-nodes-base.code', typeVersion: 2, position: [220, 0] },
		{ parameters: {}, id: 'segment', name: 'Segment Debtors', type: `${P}.segmentDebtors`, typeVersion: 1, position: [440, 0] },
		{ parameters: { policy: 'auto', channel: 'whatsapp' }, id: 'gate', name: 'Contact Window Gate', type: `${P}.contactWindowGate`, typeVersion: 1, position: [660, 0] },
		{ parameters: { channel: 'whatsapp', companyName: 'Tiendas Sol (demo)', paymentLink: '=https://pay.example.com/{{ $json.collection.debtorId }}', options: { companyAddress: 'Av. Paulista 1000, São Paulo - SP', companyTaxId: '12.345.678/0001-90' } }, id: 'compose', name: 'Compose Collection Message', type: `${P}.composeCollectionMessage`, typeVersion: 1, position: [880, 0] },
		{
			parameters: { provider: 'whatsappCloud', channelStrategy: 'whatsappThenSms', rateLimit: 20 },
			id: 'send', name: 'Send via WhatsApp/SMS', type: `${P}.sendCollectionMessage`, typeVersion: 1, position: [1100, 0],
			credentials: { collectionsWhatsAppCloudApi: { id: 'simWhatsAppCred1', name: 'WhatsApp (simulator)' }, collectionsTwilioApi: { id: 'simTwilioCred001', name: 'Twilio (simulator)' } },
		},
		{ parameters: { jsCode: SUMMARY_CODE }, id: 'summary', name: 'Summary', type: 'n8n-nodes-base.code', typeVersion: 2, position: [220, 300] },
	],
	connections: {
		'Run Demo': { main: [[{ node: 'Sample Debtors', type: 'main', index: 0 }, { node: 'Summary', type: 'main', index: 0 }]] },
		'Sample Debtors': { main: [[{ node: 'Segment Debtors', type: 'main', index: 0 }]] },
		'Segment Debtors': { main: [[{ node: 'Contact Window Gate', type: 'main', index: 0 }], []] },
		'Contact Window Gate': { main: [[{ node: 'Compose Collection Message', type: 'main', index: 0 }], [], []] },
		'Compose Collection Message': { main: [[{ node: 'Send via WhatsApp/SMS', type: 'main', index: 0 }]] },
	},
	settings: { executionOrder: 'v1', timezone: 'America/Bogota' },
	pinData: {},
	id: 'collectionsDemo01',
	active: false,
};
if (require.main === module) writeFileSync(join(ROOT, 'workflows', '5-demo-no-accounts.json'), `${JSON.stringify(workflow, null, '\t')}\n`);
