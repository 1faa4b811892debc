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
export const COUNTRY_DEFAULTS: Record<string, string> = { MX: 'MX-PROFECO' };

/** Whether a preset binds on a local date (yyyy-mm-dd): from effectiveFrom through until. */
export function inForce(preset: Preset, date: string): boolean {
	if (preset.effectiveFrom !== null && date < preset.effectiveFrom) return false;
	return preset.until === undefined || date <= preset.until;
}

/**
 * The preset for a debtor on a local date: their region's own (BR-SP, US-MA, US-NYC) when
 * there is one in force, else their country's. Brazilian states without a collection law get
 * the federal default, the strictest window of the state laws. A region's rule that starts
 * later (NYC's amended rules on 2026-09-01) leaves the country's in place until that day.
 * The date is the debtor's local date of the moment asked about (the clock is a parameter).
 */
export function presetFor(country: string, region: string | null, date: string): Preset | undefined {
	const applies = (preset: Preset | undefined) => (preset && inForce(preset, date) ? preset : undefined);
	return (region ? applies(PRESETS[region]) : undefined) ?? applies(PRESETS[COUNTRY_DEFAULTS[country] ?? country]);
}

/**
 * A preset chosen by code, on a local date: itself when in force, else its country's default
 * when that is (US-NYC before 2026-09-01 → US); undefined when neither binds yet.
 */
export function presetInForce(code: string, date: string): Preset | undefined {
	const preset = PRESETS[code];
	if (!preset) return undefined;
	if (inForce(preset, date)) return preset;
	const fallback = PRESETS[COUNTRY_DEFAULTS[preset.country] ?? preset.country];
	return fallback && fallback !== preset && inForce(fallback, date) ? fallback : undefined;
}
