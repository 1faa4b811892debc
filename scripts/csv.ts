/** RFC 4180 CSV (quoted fields, doubled quotes) to objects keyed by the header, values as text. */
export function parseCsv(text: string): Array<Record<string, string>> {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') field += text[i++];
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') [record, field] = [[...record, field], ''];
		else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			records.push([...record, field]);
			[record, field] = [[], ''];
		} else field += c;
	}
	if (field || record.length) records.push([...record, field]);
	const [header, ...rows] = records.filter((r) => r.length > 1 || r[0] !== '');
	return rows.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}
