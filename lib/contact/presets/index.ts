import type { Preset } from '../policy';
import { AR } from './ar';
import { BR } from './br';
import { BR_AL } from './br-al';
import { BR_AM } from './br-am';
import { BR_CE } from './br-ce';
import { BR_ES } from './br-es';
import { BR_RJ } from './br-rj';
import { BR_SP } from './br-sp';
import { CL } from './cl';
import { CO } from './co';
import { CR } from './cr';
import { DO } from './do';
import { EC } from './ec';
import { ES } from './es';
import { GB } from './gb';
import { GT } from './gt';
import { HN } from './hn';
import { MX_CONDUSEF } from './mx-condusef';
import { MX_PROFECO } from './mx-profeco';
import { PA } from './pa';
import { PE } from './pe';
import { SV } from './sv';
import { US } from './us';
import { US_FL } from './us-fl';
import { US_MA } from './us-ma';
import { US_NYC } from './us-nyc';
import { US_WA } from './us-wa';

/** Every jurisdiction preset, by code. */
export const PRESETS: Record<string, Preset> = Object.fromEntries(
	[CO, PE, MX_CONDUSEF, MX_PROFECO, CL, BR, BR_SP, BR_AL, BR_CE, BR_RJ, BR_ES, BR_AM, EC, DO, GT, SV, HN, CR, PA, AR, US, US_MA, US_WA, US_FL, US_NYC, ES, GB].map(
		(preset) => [preset.code, preset],
	),
);

/** What a country code alone selects where the country has several presets. */
const COUNTRY_DEFAULTS: Record<string, string> = { MX: 'MX-PROFECO' };

/**
 * The preset for a debtor: their region's own (BR-SP, US-MA, US-NYC) when there is one,
 * else their country's. Brazilian states without a collection law get the federal default,
 * the strictest window of the state laws.
 */
export function presetFor(country: string, region: string | null): Preset | undefined {
	if (region && PRESETS[region]) return PRESETS[region];
	return PRESETS[COUNTRY_DEFAULTS[country] ?? country];
}
