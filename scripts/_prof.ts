import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyReply } from '../lib/replies/classify';
const rows = readFileSync(join(__dirname, '..', 'test/data/replies-dev.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
for (let i = 0; i < 20; i++) for (const r of rows) classifyReply(r.text, { received: r.received });
const t = process.hrtime.bigint();
for (let i = 0; i < 100; i++) for (const r of rows) classifyReply(r.text, { received: r.received });
console.log(Number(process.hrtime.bigint() - t) / 1000 / rows.length / 100, 'us mean');
