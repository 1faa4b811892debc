import { seeded } from './random';

/**
 * Deterministic debtor rows shaped like real exports: Colombian, Peruvian, Mexican, Brazilian
 * and US sheets with their own column names, number and date formats, about 1.6 invoices per
 * debtor, and 2% of rows unreadable.
 */
export function generateRows(count: number, seed = 42): Array<Record<string, unknown>> {
	const { random, pick, digits } = seeded(seed);
	const debtors = Math.max(1, Math.round(count / 1.6));
	const rows: Array<Record<string, unknown>> = [];
	for (let i = 0; i < count; i++) {
		const debtor = Math.floor(random() * debtors);
		const day = 1 + Math.floor(random() * 28);
		const month = 1 + Math.floor(random() * 12);
		const bad = random() < 0.02;
		switch (debtor % 5) {
			case 0:
				rows.push({ Cédula: `CO${debtor}`, Nombre: `Cliente ${debtor}`, Celular: `300${String(debtor).padStart(7, '0')}`, País: 'Colombia', Saldo: `$ ${(1000 * (1 + Math.floor(random() * 2000))).toLocaleString('es-CO')}`, 'Fecha de vencimiento': bad ? '31/02/2026' : `${day}/${month}/2025` });
				break;
			case 1:
				rows.push({ DNI: `PE${debtor}`, nombre: `Cliente ${debtor}`, celular: `9${String(debtor).padStart(8, '0')}`, pais: 'PE', monto: `S/ ${(random() * 5000 + 10).toFixed(2)}`, vencimiento: `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` });
				break;
			case 2:
				rows.push({ id: `MX${debtor}`, nombre: `Cliente ${debtor}`, whatsapp: `521551${String(debtor).padStart(7, '0')}`, monto: bad ? 'pendiente' : `MXN ${(random() * 20000 + 100).toFixed(2)}`, vencimiento: 45600 + Math.floor(random() * 400) });
				break;
			case 3:
				rows.push({ cpf: `BR${debtor}`, nome: `Cliente ${debtor}`, telefone: `+55 11 9${String(debtor).padStart(8, '0')}`, valor: `R$ ${(random() * 3000 + 50).toFixed(2).replace('.', ',')}`, vencimento: `${day} de ${pick(['janeiro', 'março', 'maio', 'agosto', 'outubro'])} de 2025`, 'promessas quebradas': Math.floor(random() * 3) });
				break;
			default:
				rows.push({ customer_id: `US${debtor}`, name: `Customer ${debtor}`, mobile: `+1 212 ${2 + Math.floor(random() * 8)}${digits(2)} ${String(debtor % 10000).padStart(4, '0')}`, balance: `USD ${(random() * 900 + 20).toFixed(2)}`, due_date: `${month}/${day}/2025`, replies: Math.floor(random() * 2) });
		}
	}
	return rows;
}
