import { transportFailureOf } from '../../../lib/channels/http';

/** A Node socket error as n8n's request helper passes it on: wrapped, the code on the cause. */
const wrapped = (code: string, syscall?: string) => Object.assign(new Error('request failed'), { cause: Object.assign(new Error(`${syscall ?? 'read'} ${code}`), { code, ...(syscall ? { syscall } : {}) }) });

test.each([
	// Before the request left: retried, or followed by SMS.
	['ECONNREFUSED', 'connect', 'notSent'],
	['ENOTFOUND', 'getaddrinfo', 'notSent'],
	['ETIMEDOUT', 'connect', 'notSent'],
	['ECONNRESET', 'connect', 'notSent'],
	['EPIPE', 'write', 'notSent'],
	// After it was written: maybe sent, never retried (a read that timed out once counted as never sent).
	['ETIMEDOUT', 'read', 'timeout'],
	['ECONNRESET', 'read', 'reset'],
	['ECONNABORTED', undefined, 'timeout'],
	['HPE_INVALID_CONSTANT', undefined, 'reset'],
	['ERR_STREAM_PREMATURE_CLOSE', undefined, 'reset'],
] as const)('%s (%s) is %s', (code, syscall, failure) => {
	expect(transportFailureOf(wrapped(code, syscall)).failure).toBe(failure);
});

test('an error with no network code (the request could not be built) sent nothing', () => {
	expect(transportFailureOf(new Error('credential type has no authenticate')).failure).toBe('notSent');
});
