import fc from 'fast-check';
import { encodeSnapshot, readSnapshotIndex } from '../../../lib/ledger/snapshot';

// Issue 21: the compacted ledger's index finds every key's lines, whatever characters the key holds.
const read = (file: Buffer) => (position: number, length: number) => file.subarray(position, position + length);

test('every key is found with its own lines, in their order; a key not written is not found', () => {
	fc.assert(
		fc.property(
			// Any UTF-16 string: accents, emoji, lone surrogates, newlines; and keys of one byte a character.
			fc.uniqueArray(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }), fc.string({ unit: 'grapheme-ascii' })), { maxLength: 40 }),
			fc.string({ unit: 'binary' }),
			(keys, absent) => {
				const groups = new Map(keys.map((key, at) => [key, Array.from({ length: (at % 3) + 1 }, (_, line) => JSON.stringify({ key, line }))]));
				const file = encodeSnapshot(groups, ['{"journal":1}']);
				const index = readSnapshotIndex(read(file), 'contacts.jsonl')!;
				for (const [key, lines] of groups) {
					const range = index.find(key);
					expect(range).toBeDefined();
					expect(file.toString('utf8', range![0], range![1])).toBe(lines.map((line) => `${line}\n`).join(''));
				}
				if (!groups.has(absent)) expect(index.find(absent)).toBeUndefined();
				expect(file.toString('utf8', index.journalAt)).toBe('{"journal":1}\n');
				expect(index.lines).toBe(1 + [...groups.values()].reduce((sum, lines) => sum + lines.length, 0));
			},
		),
		{ numRuns: 300 },
	);
});

test('keys of one byte a character are stored a byte each; any other key, in UTF-16', () => {
	const header = (keys: string[]) => JSON.parse(encodeSnapshot(new Map(keys.map((key) => [key, ['{}']])), []).toString('utf8').split('\n')[0]) as { keyEncoding: string; offsetBytes: number };
	expect(header(['dCO1', 'dPérez'])).toMatchObject({ keyEncoding: 'latin1', offsetBytes: 4 });
	expect(header(['dCO1', 'd山田'])).toMatchObject({ keyEncoding: 'utf16le' });
});

test('a file without a snapshot has no index; a newer format is refused with a message saying so', () => {
	expect(readSnapshotIndex(read(Buffer.from('{"debtorId":"A","at":1,"channel":"sms"}\n')), 'f')).toBeNull();
	expect(readSnapshotIndex(read(Buffer.from('')), 'f')).toBeNull();
	const newer = Buffer.from('{"type":"snapshot","format":2}\n');
	expect(() => readSnapshotIndex(read(newer), 'contacts.jsonl')).toThrow('contacts.jsonl was compacted by a newer version of n8n-nodes-collections (snapshot format 2)');
});

test('a file cut short inside its index is refused, naming the file and where it stops', () => {
	const file = encodeSnapshot(new Map([['dA', ['{"debtorId":"A","at":1,"channel":"sms"}']]]), []);
	const index = readSnapshotIndex(read(file), 'contacts.jsonl')!;
	const cut = file.subarray(0, index.journalAt - 3);
	expect(() => readSnapshotIndex(read(cut), 'contacts.jsonl')).toThrow(`contacts.jsonl is cut short inside its snapshot (${index.journalAt - 3} of ${index.journalAt} bytes)`);
});
