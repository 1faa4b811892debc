import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { runWorkflow, singleNode } from '../harness/engine';
import { ProviderSimulator } from '../simulator/simulator';

const delivery = (item: INodeExecutionData) => (item.json.collection as IDataObject).delivery as IDataObject & { error: IDataObject | null };

let sim: ProviderSimulator;
let folder: string;
let credentials: Record<string, IDataObject>;

beforeEach(async () => {
	sim = new ProviderSimulator({ retryAfterSeconds: undefined });
	const url = await sim.start();
	folder = mkdtempSync(join(tmpdir(), 'send-'));
	credentials = {
		collectionsWhatsAppCloudApi: { accessToken: sim.whatsappToken, phoneNumberId: 'PHONE-SIM', businessAccountId: 'WABA-SIM', apiVersion: 'v24.0', baseUrl: url, authHeaderName: 'Authorization' },
		collectionsTwilioApi: { accountSid: sim.twilioAccountSid, authType: 'authToken', authToken: sim.twilioAuthToken, from: '+15550001111', whatsappFrom: 'whatsapp:+15550001111', baseUrl: url },
	};
});

afterEach(async () => {
	await sim.stop();
	rmSync(folder, { recursive: true, force: true });
});

const NODE_CREDENTIALS = {
	collectionsWhatsAppCloudApi: { id: '1', name: 'WhatsApp' },
	collectionsTwilioApi: { id: '2', name: 'Twilio' },
};

async function send(parameters: IDataObject, items: IDataObject[], settings = {}) {
	const definition = singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', rateLimit: 200, ...parameters, options: { ledgerFolder: folder, ...(parameters.options as IDataObject) } }, { credentials: NODE_CREDENTIALS, ...settings });
	const run = await runWorkflow(definition, items, undefined, credentials as never);
	if (run.error) throw run.error;
	return { sent: run.outputs.Node[0], failed: run.outputs.Node[1] };
}

const debtor = (phone: string, extra: IDataObject = {}): IDataObject => ({
	collection: {
		debtorId: `D-${phone.slice(-4)}`, phone, country: 'CO', stage: 'short_term', timezone: 'America/Bogota',
		message: { text: 'Hola Ana, su saldo es $ 350.000.', whatsappTemplate: { name: 'collections_short_term', language: 'es', parameters: ['Ana', 'Tiendas Sol', '$ 350.000', '15 de marzo', 'https://pay.example/1'] } },
	},
	...extra,
});

test('outside the window the approved template goes out; inside it, the free text', async () => {
	const now = new Date().toISOString();
	sim.lastInbound.set('+573001110002', Date.parse(now));
	const { sent, failed } = await send({}, [debtor('+573001110001'), debtor('+573001110002', { lastInboundAt: now })]);
	expect(failed).toEqual([]);
	expect(sent.map((i) => delivery(i).kind)).toEqual(['template', 'text']);
	expect(sim.messages.map((m) => [m.to, m.type, m.template ?? m.text]).sort()).toEqual([
		['+573001110001', 'template', 'collections_short_term'],
		['+573001110002', 'text', 'Hola Ana, su saldo es $ 350.000.'],
	]);
	expect(sent[0].pairedItem).toEqual({ item: 0 });
	expect(delivery(sent[0])).toMatchObject({ status: 'sent', provider: 'whatsappCloud', channel: 'whatsapp', to: '+573001110001', attempts: 1, error: null });
	expect(String(delivery(sent[0]).messageId)).toMatch(/^wamid\./);
});
