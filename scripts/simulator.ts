/**
 * npm run simulator — the provider simulator on a fixed port, for trying the package in a real
 * n8n without WhatsApp or Twilio accounts. Point the credentials' Base URL at it; set
 * SIM_WHATSAPP_WEBHOOK / SIM_TWILIO_WEBHOOK to a Collection Reply Trigger's URL to receive
 * signed statuses. Type a line "+573001234567 mañana pago" to send a reply from that phone.
 */
import { createInterface } from 'node:readline';
import { ProviderSimulator } from '../test/simulator/simulator';

async function main() {
	const sim = new ProviderSimulator({
		whatsappWebhookUrl: process.env.SIM_WHATSAPP_WEBHOOK,
		twilioWebhookUrl: process.env.SIM_TWILIO_WEBHOOK,
		statusWebhooks: !!(process.env.SIM_WHATSAPP_WEBHOOK || process.env.SIM_TWILIO_WEBHOOK),
		ratePerSecond: Number(process.env.SIM_RATE ?? 0),
	});
	const url = await sim.start(Number(process.env.SIM_PORT ?? 8787));
	console.log(`Provider simulator on ${url}`);
	console.log(`WhatsApp Cloud API credential: Base URL ${url}, Access Token ${sim.whatsappToken}, API Version v24.0, Phone Number ID PHONE-SIM, Business Account ID WABA-SIM, App Secret ${sim.appSecret}`);
	console.log(`Twilio credential: Base URL ${url}, Account SID ${sim.twilioAccountSid}, Auth Token ${sim.twilioAuthToken}, From +12025550147, WhatsApp From whatsapp:+12025550147`);
	createInterface({ input: process.stdin }).on('line', (line) => {
		const [phone, ...words] = line.trim().split(/\s+/);
		if (phone?.startsWith('+') && words.length) void sim.inbound(phone, words.join(' ')).then((status) => console.log(`reply from ${phone}: webhook answered ${status ?? '(no webhook URL)'}`));
	});
	const shutdown = () => void sim.stop().then(() => process.exit(0));
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
}

void main();
