import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, selectors, type Browser, type Page } from 'playwright-core';
import { freePort, n8nEnv, prepareN8n, ROOT, startN8n, stopN8n } from '../../scripts/n8n';
import { importAll } from '../../scripts/start';
import { ProviderSimulator } from '../simulator/simulator';

/** Where screenshots of failures go (git ignored). */
const SCREENSHOTS = join(ROOT, 'test-results', 'editor');
// A throwaway owner for this run's n8n.
const OWNER = { email: 'owner@collections.example', secret: `E2e-${randomBytes(9).toString('hex')}` };
const OUR_NODES = [
	{ name: 'Segment Debtors', parameters: ['asOf', 'groupByDebtor', 'routeByStage'] },
	{ name: 'Contact Window Gate', parameters: ['policy', 'channel', 'ledger'] },
	{ name: 'Compose Collection Message', parameters: ['source', 'companyName', 'paymentLink'] },
	{ name: 'Classify Objection', parameters: ['text', 'routeByLabel', 'minConfidence'] },
	{ name: 'Send via WhatsApp/SMS', parameters: ['provider', 'channelStrategy', 'rateLimit', 'maxAttempts'] },
	// n8n lists triggers without their "Trigger" suffix and offers one entry per Events option;
	// it shows Provider as the choice of credential, since it decides which credential applies.
	{ name: 'Collection Reply Trigger', listed: 'Collection Reply', pick: 'On replies and statuses', parameters: ['events', 'ledger'] },
];

let server: Awaited<ReturnType<typeof startN8n>>;
let browser: Browser;
let page: Page;
let sim: ProviderSimulator;
let userFolder: string;

beforeAll(async () => {
	userFolder = mkdtempSync(join(tmpdir(), 'n8n-editor-'));
	const n8n = prepareN8n(userFolder);
	sim = new ProviderSimulator();
	await sim.start();
	// The owner set from the environment, so the test can sign in without the set-up screen.
	const bcrypt = require(join(dirname(n8n.bin), '..', '..', 'bcryptjs')) as { hashSync: (text: string, rounds: number) => string }; // eslint-disable-line @typescript-eslint/no-require-imports
	const env = {
		...n8nEnv(userFolder, { port: await freePort(), brokerPort: await freePort(), nodeDir: n8n.nodeDir }),
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: OWNER.email,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: bcrypt.hashSync(OWNER.secret, 10),
		N8N_INSTANCE_OWNER_FIRST_NAME: 'Collections',
		N8N_INSTANCE_OWNER_LAST_NAME: 'Tester',
	};
	await importAll(n8n, env, sim, join(userFolder, 'import'));
	server = await startN8n(n8n, env);
	selectors.setTestIdAttribute('data-test-id');
	browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage'] });
	page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
	page.setDefaultTimeout(30_000);
	await page.goto(`${server.url}/signin`);
	await page.locator('input[type="email"], input[name="emailOrLdapLoginId"], input[name="email"]').first().fill(OWNER.email);
	await page.locator('input[type="password"]').first().fill(OWNER.secret);
	await page.keyboard.press('Enter');
	await page.waitForURL((url) => !url.pathname.includes('signin'));
});

afterAll(async () => {
	await browser?.close();
	await stopN8n(server);
	await sim?.stop();
	if (userFolder) rmSync(userFolder, { recursive: true, force: true });
	expect(sim?.specViolations ?? []).toEqual([]);
});

/** Runs `work`; when it fails, keeps a screenshot and the page's test ids before passing the failure on. */
function screenshotOnFailure<T>(name: string, work: () => Promise<T>): Promise<T> {
	return work().catch(async (error: unknown) => {
		// The test ids on the page, to fix a selector after an n8n upgrade.
		const ids = await page.locator('[data-test-id]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-test-id')))].join(' ')).catch(() => '');
		console.log(`test ids on the page: ${ids}`);
		mkdirSync(SCREENSHOTS, { recursive: true });
		await page.screenshot({ path: join(SCREENSHOTS, `${name.replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => undefined);
		return Promise.reject(error);
	});
}

test.each(OUR_NODES)('the editor finds $name in the node panel, adds it, and renders its parameters', async ({ name, listed, pick, parameters }: { name: string; listed?: string; pick?: string; parameters: string[] }) => {
	await screenshotOnFailure(name, async () => {
		await page.goto(`${server.url}/workflow/collectionsDemo01`);
		await page.getByTestId('canvas-wrapper').or(page.locator('.vue-flow')).first().waitFor();
		await page.getByTestId('node-creator-plus-button').click();
		const search = page.locator('[data-test-id="node-creator-search-bar"] input, input[data-test-id="node-creator-search-bar"], [data-test-id="node-creator"] input').first();
		await search.fill(name);
		await page.getByTestId('node-creator-item-name').filter({ hasText: listed ?? name }).first().click();
		// A community package's node opens its details first ("Installed", "Via npm").
		if (pick) await page.getByText(pick, { exact: true }).first().click();
		else await page.getByRole('button', { name: 'Add to workflow' }).click();
		const ndv = page.getByTestId('ndv');
		await ndv.waitFor();
		for (const parameter of parameters) await ndv.getByTestId(`parameter-input-${parameter}`).first().waitFor();
		await expect(ndv.getByText('Could not load', { exact: false }).count()).resolves.toBe(0);
		await expect(ndv.getByText('There was a problem', { exact: false }).count()).resolves.toBe(0);
		await page.keyboard.press('Escape');
	});
});
