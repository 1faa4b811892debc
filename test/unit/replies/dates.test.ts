import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolvePromiseDate, writesMonthFirst } from '../../../lib/replies/dates';

// Received on Thursday 2026-03-19 unless a row says otherwise.
const THU = '2026-03-19';

/** Replies each with the day they promise (or null), received on a day of their own: [text, received, the day]. */
const datesFor = (title: string, rows: Array<[string, string, string | null]>) =>
	test.each(rows)(`${title}%j received %s → %s`, (text, received, expected) => expect(resolvePromiseDate(text, received)).toBe(expected));

describe('resolvePromiseDate: the taxonomy’s date rules in es, pt and en', () => {
	test.each([
		['hoy le pago', THU, '2026-03-19'],
		['hj pago', THU, '2026-03-19'],
		['paying today after work', THU, '2026-03-19'],
		['hoy en la tarde transfiero', THU, '2026-03-19'],
		['hoy en la mañana deposito', THU, '2026-03-19'], // la mañana = the morning
		['mañana pago', THU, '2026-03-20'],
		['amanhã eu pago', THU, '2026-03-20'],
		['will pay tmrw', THU, '2026-03-20'],
		['pasado mañana sin falta', THU, '2026-03-21'],
		['depois de amanhã faço o pix', THU, '2026-03-21'],
		['el viernes le pago', THU, '2026-03-20'],
		// Days of the month as words (round 5).
		['le pago el quince sin falta', THU, '2026-04-15'],
		['el dies del mes que viene le deposito', THU, '2026-04-10'],
		['dia vinte eu faço o pix', THU, '2026-03-20'],
		['I will pay on the fifth', THU, '2026-04-05'],
		['paying on the twentieth of this month', THU, '2026-03-20'],
		['pago sexta sem falta', THU, '2026-03-20'],
		['el jueves pago', THU, '2026-03-26'], // a Thursday said on a Thursday: next week's
		['hoy jueves pago', THU, '2026-03-19'], // …unless it says today
		['el martes te transfiero, cobro el lunes', THU, '2026-03-24'], // the first day named
		['semana que vem na segunda eu pago', THU, '2026-03-23'],
		['next week on wednesday', '2026-03-16', '2026-03-25'],
		['el 15 le pago', THU, '2026-04-15'],
		['dia 20 consigo pagar', THU, '2026-03-20'],
		['I get paid on the 30th, will pay then', THU, '2026-03-30'],
		['pago el 31', '2026-04-10', '2026-04-30'], // April has no 31st: its last day
		// A day of the next month, said as such.
		['me pagan el 2 del mes que viene y ahí les deposito', THU, '2026-04-02'],
		['dia 25 do mês que vem eu quito', THU, '2026-04-25'],
		['will clear it on the 19th of next month', THU, '2026-04-19'], // not today, the 19th
		// "Já agora" is "by the way" (pt-PT): no today in it.
		['já agora, transfiro dia 28', THU, '2026-03-28'],
		// Chat and phonetic spellings.
		['mñn deposito', THU, '2026-03-20'],
		['el biernes sin falta le pago', THU, '2026-03-20'],
		['el lune le cancelo todo', THU, '2026-03-23'],
		['a fin de mes le deposito', THU, '2026-03-31'],
		['fim do mês eu quito', '2026-02-10', '2026-02-28'],
		['end of the month for sure', THU, '2026-03-31'],
		['o pagamento sai até o último dia deste mês', '2026-02-10', '2026-02-28'],
		['pago el último día del mes', THU, '2026-03-31'],
		['by the last day of this month', THU, '2026-03-31'],
		['paying this arvo', THU, '2026-03-19'], // Australian: this afternoon
		['en la quincena pago', '2026-03-10', '2026-03-15'],
		['en la quincena pago, ahorita no tengo', '2026-03-22', '2026-03-31'],
		// A day of the month outranks the fortnight it names; a deadline's ordinal (round 6).
		['el 15 cobro la quincena y le pago', '2026-03-22', '2026-04-15'],
		['give me till the 12th, I get paid then', THU, '2026-04-12'],
		['will clear it by 25th', THU, '2026-03-25'],
		// An hour and no day, beside paying: today (held-out v21's labellers); not in a question.
		['will pay by 5 pm', THU, '2026-03-19'],
		['a las 5 le deposito', THU, '2026-03-19'],
		['14h30 passo na lotérica e pago', THU, '2026-03-19'],
		['fui no banco às 15h e não tava registrado, como é que eu pago?', THU, null],
		['trabalho das 14 às 20. Recebo dia 7. Aí pago', THU, '2026-04-07'],
		// So many days or hours on; the end of next month; a weekday promised before and let pass.
		['daqui 10 dias recebo e pago', THU, '2026-03-29'],
		['Em 48h eu deposito', THU, '2026-03-21'],
		['should be able to pay by the end of next month', THU, '2026-04-30'],
		['eu tinha dito q pagava sexta mas atrasou o salário, vou pagar segunda', THU, '2026-03-23'],
		['ya sé que le quedé mal el viernes, le pago el martes', THU, '2026-03-24'],
		['ya se que quede de pagar el jueves pero no me cayo la lana, el viernes de la otra semana ya seguro', '2026-10-02', '2026-10-09'],
		['I was going to pay Friday but my check bounced, Monday for sure', THU, '2026-03-23'],
		// Today's date said without a verb, a day of the month told of in the past (held-out v44, v38, v30).
		['fíjate que hoy primero de mayo y yo aquí trabajando, pero el 15 que cobro te salgo de eso', '2026-05-01', '2026-05-15'],
		['Les pago a fin de mes. El 21 fue feriado y no alcance a ir al banco', '2026-05-25', '2026-05-31'],
		['Recebo dia 20, dia 21 faço o pix. Desculpa pelo dia 5, era domingo e acabei esquecendo', '2026-07-10', '2026-07-21'],
		// Weekdays and tomorrow mistyped; a weekday with "the" and its day (held-out v26, v22, v27).
		['Pago el vienes sin falta', '2026-04-21', '2026-04-24'],
		['mañan le pago senorita no se preocupe', '2026-06-10', '2026-06-11'],
		['I can pay tommorow', THU, '2026-03-20'],
		['Can do it Monday the 16th', '2026-01-24', '2026-02-16'],
		// A second reviewer's: a past verb starting a new sentence, a holiday weekday still the day,
		// "vienes" as "you come", morning mistyped, tomorrow instead of the day let pass, today's day.
		['Le pago el 15, fue lo que quedé con su compañera', '2026-09-02', '2026-09-15'],
		['Pago el 30. Fue un mes difícil pero cumplo', '2026-04-20', '2026-04-30'],
		["I'll pay on the 28th, was told that's fine by your rep", '2026-10-20', '2026-10-28'],
		['el lunes es feriado pero yo trabajo igual y ese día le hago la transferencia', '2026-11-12', '2026-11-16'],
		['si vienes por el dinero te lo doy el sábado', '2026-09-17', '2026-09-19'],
		['hoy en la mañan le deposito', '2026-01-08', '2026-01-08'],
		['fiquei de pagar na sexta, mas vou adiantar: amanhã eu pago', '2026-11-04', '2026-11-05'],
		["I'm going to pay Friday, but if something comes up Saturday at the latest", '2026-08-04', '2026-08-07'],
		['hoje dia 10 e nada do salário cair, mas dia 20 eu acerto com vocês', '2026-06-10', '2026-06-20'],
		// Held-out v47 (and v37, v39): Ash Wednesday and the day after Mardi Gras, not the next Wednesday;
		// "ahorita es…" tells of now; a holiday described with its date; a day failed gives way.
		['Carnaval é quando eu mais faturo no app, na quarta de cinzas eu pago tudo, tmj', '2026-02-03', '2026-02-18'],
		["I'll pay y'all the day after Mardi Gras when the crowds are gone", '2026-02-03', '2026-02-18'],
		["I'll pay on Ash Wednesday", '2026-02-03', '2026-02-18'],
		['depois da quarta de cinzas eu pago', '2026-02-03', null],
		['pago na quarta', '2026-02-03', '2026-02-04'],
		['tranquilo mae, en la quincena le pago todo, ahorita es temporada alta y hay brete', '2026-02-06', '2026-02-15'],
		['Hoje é feriado, 1 de Maio. Segunda-feira trato disso pelo MB Way', '2026-05-01', '2026-05-04'],
		['Disculpen, no pude pagar el viernes como quedé. Les pago este jueves sin falta', '2026-04-20', '2026-04-23'],
		['no pude pagar hoy, el viernes pago', '2026-04-20', '2026-04-24'],
		// A third reviewer's: the feast gives way to another day named; "could not" only right before its day.
		['a fatura só chegou na quarta de cinzas, já vencida. pago sexta', '2026-02-23', '2026-02-27'],
		['el miercoles de ceniza voy a misa temprano, el jueves le deposito', '2026-02-16', '2026-02-19'],
		['na quarta de cinzas eu ia pagar mas não deu, pago amanhã', '2026-02-20', '2026-02-21'],
		['Não consegui ontem, pago na sexta, se não der segunda', '2026-03-17', '2026-03-20'],
		["transfer didn't work, will pay friday, not thursday tho bc I work doubles thursday", '2026-03-10', '2026-03-13'],
		["couldn't pay monday, bank app was down. tomorrow for sure", '2026-03-04', '2026-03-05'],
		// Several days of the month: the one paying is said beside, else the first (held-out v23).
		['O juiz determinou pagamento até dia 20, vou pagar dia 18 certinho', THU, '2026-04-18'],
		['creí que era el 25, no el 5. lo pago el 15', THU, '2026-04-15'],
		['el 15 me pagan y el 20 les pago', THU, '2026-03-20'],
		// Held-out v49: the weekday after its date, "no wahala" no refusal, "pasando el 6" a wait.
		["I get my check on the 21st, Wednesday. I'll call and pay over the phone that day", '2026-01-12', '2026-01-21'],
		['Good morning. Today is holiday so I can\'t go to the bank, I will pay tomorrow morning, no wahala.', '2026-01-19', '2026-01-20'],
		['pago el 22, miércoles', '2026-01-12', null],
		['estamos en las fiestas agostinas, ya pasando el 6 le voy a pagar', '2026-08-03', null],
		['mañana no hay plata', '2026-08-03', null],
		// Two days offered: the later, the day by which it is paid (held-out v24, v46's labellers).
		['el 25 o el 28, todavía no sé', THU, '2026-03-28'],
		['I can pay Tuesday or Wednesday, whichever works for you guys', THU, '2026-03-25'],
		['entre el 20 y el 25 le hago el SINPE', THU, '2026-03-25'],
		['pago terça ou quarta', THU, '2026-03-25'],
		['pago entre o dia 28 e o dia 2', '2026-04-20', '2026-05-02'],
		// A day of the month said to be a holiday gives way (held-out v48).
		['el 27 es feriado, pero el 26 le pagan a él y el mismo día lo manda', '2026-02-10', '2026-02-26'],
		['Le pago el 30 cuando me paguen, hoy es festive y no tengo ni plata', '2026-07-20', '2026-07-30'],
		['El lunes es festivo por el 20 de julio y no hay banco, le pago el martes 21 sin falta pana', '2026-07-17', '2026-07-21'],
		// Held-out v50: "first thing next week" is its Monday; Nigerian "next tomorrow" the day after tomorrow.
		['First ting next week mi a go sort it out, mi promise', '2026-06-27', '2026-06-29'],
		// A second reviewer's: the due day gives way to a day to pay; "right now" beside a payday tells of now.
		["My due date is the 30th, but I get paid on the 24th and I'll pay it then", '2026-04-13', '2026-04-24'],
		['vence el 10, pago el 8', '2026-04-01', '2026-04-08'],
		["right now I'm broke but I get paid Friday and will pay then", '2026-03-10', '2026-03-13'],
		// Held-out v51: chat's short weekdays, "6ª feira", "friday after next", a day said to fall on a
		// weekday, a weekday with its date over one told of, Christmas Eve; "se vier" is no Friday.
		['ok el vier le deposito sin falta', '2026-03-12', '2026-03-13'],
		['ya le dije a mi esposo, el mier sin falta pagamos 🙏', '2026-08-01', '2026-08-05'],
		['pago na sex sem falta', '2026-05-13', '2026-05-15'],
		['el jue 22 ya tengo completo y le pago', '2026-10-16', '2026-10-22'],
		['Pago na 6ª feira, ok?', '2026-03-09', '2026-03-13'],
		["I get paid friday after next, I'll pay it then", '2026-09-24', '2026-10-02'],
		['el 15, ay no, el 15 es sábado. El lunes 17 entonces', '2026-08-13', '2026-08-17'],
		['Diwali is on Sunday so expenses are there. I will clear the dues after the festival, on Monday 9th.', '2026-11-04', '2026-11-09'],
		['Pago na véspera de natal quando sair o 13º', '2026-11-24', '2026-12-24'],
		['Vou pagar dia 10, mas se vier um centavo de juros a mais vai pro TikTok', '2026-03-04', '2026-03-10'],
		['Oga abeg I go pay next tomorrow, my salary never enter', '2026-02-10', '2026-02-12'],
		// A day corrected: the one after the correction; a weekday named as a holiday (held-out v24).
		['el lunes, digo el martes le pago', THU, '2026-03-24'],
		['Friday— sorry, I meant Saturday', THU, '2026-03-21'],
		['Pago el 15... perdón, el 16, que el 15 es festivo', THU, '2026-04-16'],
		['El lunes es festivo, entonces pago el martes', THU, '2026-03-24'],
		['segunda é feriado aqui na cidade, terça cedo tá pago', THU, '2026-03-24'],
		["Bank holiday Monday here so it'll go through Tuesday", THU, '2026-03-24'],
		// A weekday said to be a holiday after it was named, or before it is named again: every mention
		// gives way to the other weekday (held-out v52, v53; session 30); alone, it is still the day.
		['pago el lunes 23, ah no ese es feriado, el martes 24 entonces', THU, '2026-03-24'],
		['el lunes les deposito... ah no, es feriado el lunes. el martes altiro', THU, '2026-03-24'],
		['el lunes, que es feriado, el martes', THU, '2026-03-24'],
		['Monday... wait that is a holiday. Tuesday then', THU, '2026-03-24'],
		['vou pagar na segunda-feira mas segunda é feriado então na terça eu pago', THU, '2026-03-24'],
		['el lunes es feriado pero pago el lunes igual por internet', THU, '2026-03-23'],
		['pago en la sucursal de 9 de julio el 25 de mayo', THU, '2026-05-25'],
		['vou na loja da 25 de março sexta e pago', THU, '2026-03-20'],
		['pago el 18 de julio', THU, '2026-07-18'],
		// Held-out v54 (session 30): something said to be tomorrow gives way to the day named (not
		// one's pay); a correction "bueno no" whose reason names a payday and a day falling "en
		// sábado"; the end of an absence with paying after it names no day.
		['Diwali is tomorrow yaar, lot of expenses going on. Will pay on 15th after salary gets credited', '2026-11-07', '2026-11-15'],
		['mi quincena es mañana, ese dia le pago', THU, '2026-03-20'],
		['A mensalidade vence dia 15 e hoje é dia 8, então ainda está dentro do prazo. Pago até lá.', '2026-09-08', '2026-09-15'],
		['le deposito el 15... bueno no, el 14 xq el 15 cae en sabado y me pagan el viernes', '2026-08-06', '2026-08-14'],
		['Estou de férias no Algarve até dia 20. Depois pago, não se preocupem', '2026-08-08', null],
		['estoy de vacaciones hasta el 20, el 21 le pago', '2026-08-08', '2026-08-21'],
		["On holiday in Spain till the 22nd, will pay when I'm back", '2026-06-15', '2026-06-22'],
		['pago el viernes porque el lunes es feriado', THU, '2026-03-20'],
		// Not a correction: an apology with no day right after it; a holiday the only day named.
		['Pago el viernes, perdón que no le avisé el lunes', THU, '2026-03-20'],
		['Pago el viernes, perdón por la demora', THU, '2026-03-20'],
		['pago el lunes feriado', THU, '2026-03-23'],
		// Typed fast (held-out v26): "biernes"; not "vienes", which is "you come" as often (a second reviewer's).
		['el biernes le deposito', THU, '2026-03-20'],
		['si vienes a cobrar el lunes te pago', THU, '2026-03-23'],
		// A second reviewer's (session 17): an apology for a day, "digo" as "I tell", a correction taken
		// back or followed by another day; a holiday word beside a day that belongs to another.
		['Le pago el viernes, perdón lo del lunes, se me complicó', THU, '2026-03-20'],
		["I'll pay Friday, sorry about Monday", THU, '2026-03-20'],
		['Pago el viernes, le digo el lunes si ya se reflejó', THU, '2026-03-20'],
		['Pago sexta, perdão pela segunda vez de atraso', THU, '2026-03-20'],
		["I'll pay on Friday, sorry about the 15th", THU, '2026-03-20'],
		['Mañana pago. Perdón el 5 no pude porque me enfermé', THU, '2026-03-20'],
		['vou pagar sexta. ops, sábado os bancos fecham né? então sexta mesmo', THU, '2026-03-20'],
		['El lunes, digo el martes... no, mejor el lunes', THU, '2026-03-23'],
		["I'll pay on the 10th, oops, I meant the 11th", THU, '2026-04-11'],
		["I'll pay monday - actually make that tuesday, bank's closed monday", THU, '2026-03-24'],
		['Pago el viernes, feriado el lunes', THU, '2026-03-20'],
		['El lunes festivo les pago sin falta, el martes ya no me da', THU, '2026-03-23'],
		// Held-out v27: the day given up said again with its reason (in the month it was given), a
		// correction said "mejor" or "espere", a day of paying said after it, a weekday as any such day.
		["ok I'll pay on April 1st. no wait, make it the 3rd, the 1st the rent goes out", THU, '2026-04-03'],
		['el viernes le deposito... no espere, mejor el lunes', THU, '2026-03-23'],
		['pago sexta, melhor segunda que cai o salário', THU, '2026-03-23'],
		['the 10th, oops I meant the 12th... no, back to the 10th', THU, '2026-04-10'],
		['El lunes, digo el martes... no, el lunes', THU, '2026-03-23'],
		['Pago el viernes, mejor que el banco lo registre antes', THU, '2026-03-20'],
		['el 12 tengo que pagar el colegio, el 14 les transfiero', THU, '2026-04-14'],
		['me escriben un domingo a las 7, qué falta de respeto. El 25 pago', THU, '2026-03-25'],
		['my brother sends money every Friday, I will pay on Saturday', THU, '2026-03-21'],
		['mi soon pay, payday a Friday', THU, '2026-03-20'],
		// Held-out v28 (a calendar of ways to name a day): a weekday typed with a slip, but not a word
		// of its own or a plural; weeks counted in words; a time of day alone is today; of two
		// weekdays the one paying is said beside; a holiday's name is no day to pay on.
		['el sabdo le deposito', THU, '2026-03-21'],
		['pago na segnda sem falta', THU, '2026-03-23'],
		['Wendsday for sure', THU, '2026-03-25'],
		['el martez le pago', THU, '2026-03-24'],
		['si viene el cobrador el lunes le pago', THU, '2026-03-23'],
		['los domingos trabajo, el lunes pago', THU, '2026-03-23'],
		['pago na segunda, agora vou pro quarto dormir', THU, '2026-03-23'],
		['daqui a uma semana eu pago', THU, '2026-03-26'],
		['de aquí a dos semanas le pago', THU, '2026-04-02'],
		['de hoy en ocho le deposito, ahorita no traigo', THU, '2026-03-26'],
		['en la tarde le transfiero', THU, '2026-03-19'],
		['antes do meio dia faço o pix', THU, '2026-03-19'],
		['el 15 en la tarde pago', THU, '2026-04-15'],
		['mañana en la tarde pago', THU, '2026-03-20'],
		['el miércoles me llega el recibo de luz y el jueves pago el de ustedes', THU, '2026-03-26'],
		['Hoy es Viernes Santo, mañana le pago', '2026-04-03', '2026-04-04'],
		['Segunda é Finados, banco fechado. Pago na terça dia 3', '2026-10-31', '2026-11-03'],
		// A second reviewer's (this session): words a slip from a weekday that are words; a time of day
		// as a habit or a while off; a count that tells of a while; a holy day promised alone; a
		// weekday refused; the month kept only when it was said; "segunda" as "second".
		['ando en la siesta jaja, mañana le deposito', '2026-05-13', '2026-05-14'],
		['tomando unos mates con la familia, mañana te pago', '2026-05-13', '2026-05-14'],
		['el juevs le pago', '2026-05-13', '2026-05-14'],
		['Trabajo de noche, pago cuando pueda', '2026-05-13', null],
		['Cuando me paguen, en la tarde le deposito', '2026-05-13', null],
		['La semana que viene le deposito por la tarde', '2026-05-13', null],
		['Esta tarde le deposito', '2026-05-13', '2026-05-13'],
		['es la tercera vez en una semana que me escriben, ya les voy a pagar', '2026-05-13', null],
		['en unos días le pago, máximo en 5 días', '2026-05-13', '2026-05-18'],
		['hoy en ocho le pago', '2026-05-13', '2026-05-20'],
		['El viernes santo le pago', '2026-03-31', '2026-04-03'],
		['el lunes no pago, el martes sí', '2026-05-13', '2026-05-19'],
		['regresa el sábado mi esposo, el lunes temprano le pago', '2026-05-13', '2026-05-18'],
		['*jueves, no martes. El jueves pago', '2026-05-11', '2026-05-14'],
		['el lunes le pago... no, mejor el 30', '2026-05-29', '2026-05-30'],
		['Pago segunda. Espera aí, terça', '2026-05-13', '2026-05-19'],
		['Vou pagar a segunda parcela na sexta', '2026-05-13', '2026-05-15'],
		// A second reviewer's: "no" answering before a day, a day restated, hours that are not hours.
		['No, pago hoy', THU, '2026-03-19'],
		["I told you I'd pay Friday, not Monday", THU, '2026-03-20'],
		['Como te dije, pago el viernes. Sábado no trabajo', THU, '2026-03-20'],
		['pago na feira de sábado', THU, '2026-03-21'],
		["I can't pay by 5pm", THU, null],
		['no puedo pagar a las 5, salgo de trabajar a las 9', THU, null],
		['pagaré antes de las 2 semanas', THU, null],
		['pago a las 25', THU, null],
		['depois das 18h eu faço o pix, agora tô no trampo', THU, '2026-03-19'],
		['pago a finales del mes que viene', THU, '2026-04-30'],
		// Round 7: now described, not a day to pay; "at once" is today unless a day is named.
		['ahorita ando sin plata, en la quincena le deposito', '2026-03-22', '2026-03-31'],
		['les pago el viernes, ahora estoy en el trabajo', '2026-03-20', '2026-03-27'],
		['ya mismo hago el pago', THU, '2026-03-19'],
		['altiro le transfiero', THU, '2026-03-19'],
		['a fin de mes cobro y le pago al tiro', THU, '2026-03-31'],
		// …but not in English, nor before a gerund: these pay today.
		["I'll transfer it today to your account", THU, '2026-03-19'],
		['today im paying it', THU, '2026-03-19'],
		['ahora estoy pagando', THU, '2026-03-19'],
		// Held-out v20: English "now" right after paying; a day refused by what comes before it; a
		// weekday that names where the money comes from.
		['ugh I forgot, paying it now sorry', THU, '2026-03-19'],
		["What's the link? I'll pay now", THU, '2026-03-19'],
		["I've got a new job now", THU, null],
		['Vou pagar, mas não consigo hoje. Consigo até dia 10', THU, '2026-04-10'],
		["can't make it today, friday", THU, '2026-03-20'],
		['o dinheiro da feira de sábado eu separei pra parcela, pode passar aqui segunda', THU, '2026-03-23'],
		['pago el 15/04', THU, '2026-04-15'],
		['le pago el 02/01', '2026-12-20', '2027-01-02'],
		['en 3 días pago', THU, '2026-03-22'],
		['I can pay in 10 days', THU, '2026-03-29'],
		// Round 11: b and v as one letter in weekdays; English "sat"; chat "agr" (agora).
		['el sabado sin falta pago', THU, '2026-03-21'],
		['el savado pago todo', THU, '2026-03-21'],
		['lo deposito el biernes', THU, '2026-03-20'],
		['el juebes le consigno', THU, '2026-03-26'],
		['will settle it sat morning', THU, '2026-03-21'],
		['vou fazer o pix agr msm', THU, '2026-03-19'],
		// A date in figures month first when only that reads as a date.
		['paying the balance on 4/22', THU, '2026-04-22'],
		['will pay $200 on 11/30', THU, '2026-11-30'],
		['pago el 4/5', THU, '2026-05-04'], // both read as a date: day first
		// What the reply quotes is not its date: the reminder's deadline, the bank's notice.
		['"Pague hasta el 20" no llego, el 28 le deposito', THU, '2026-03-28'],
		['re your "due on the 25th": I can pay on the 30th', THU, '2026-03-30'],
		['“vence dia 22” — consigo dia 27', THU, '2026-03-27'],
		['"amanhã eu pago"', THU, '2026-03-20'], // all quote: read whole
		// Days in words past the 20th; the end of the month in the plural; weekdays as typed.
		['el veintitrés le deposito', THU, '2026-03-23'],
		['dia vinte e oito eu quito', THU, '2026-03-28'],
		['le pago el treinta y uno sin falta', '2026-05-02', '2026-05-31'],
		['paying on the twenty-second', THU, '2026-03-22'],
		['el veinte dos mil pesos le pago', THU, '2026-03-20'], // the 20th, then an amount
		['a finales de mes le transfiero', THU, '2026-03-31'],
		['para fines de mes le pago', THU, '2026-03-31'],
		['le pago el 1ro', THU, '2026-04-01'],
		['te pago el miercules', THU, '2026-03-25'],
		['o pix vai na sesta', THU, '2026-03-20'],
		// Held-out v29's dictated replies: a street named for a date, "rn", a correction said again.
		['El sabado me acerco a pagar al local de la 9 de Octubre', '2026-04-08', '2026-04-11'],
		['pago na loja da rua 7 de setembro amanhã', THU, '2026-03-20'],
		['paying it rn', THU, '2026-03-19'],
		['hola sí le pago el 20, no, espérese, el 18, el 18 porque el 20 es día festivo y no abren el banco', '2026-11-03', '2026-11-18'],
		['oi então eu vou pagar na quarta, quer dizer, na quinta, quinta-feira dia quinze, porque quarta eu tenho médico', '2026-10-12', '2026-10-15'],
		['le pago el trenta cuando me llegue la plata', '2026-09-23', '2026-09-30'],
		// A day of the month beside paying outranks a "today" that tells of something else (held-out v31).
		["This is the 3rd time today you've sent me the exact same message. I already told the lady on here I'm paying on the 29th", '2026-05-20', '2026-05-29'],
		['Hoy es quincena pero ya me la gaste en la renta jaja. el 30 le pago, ya sin falta', '2026-04-15', '2026-04-30'],
		['eu tinha combinado que ia pagar dia 20, aí o salário só caiu ontem, hoje mesmo eu faço o pix', '2026-07-22', '2026-07-22'],
	])('%j received %s → %s', (text, received, expected) => {
		expect(resolvePromiseDate(text, received)).toBe(expected);
	});

	test.each([
		['cuando me paguen le transfiero'],
		['la otra semana le pago'],
		['I\'ll pay it next week'],
		['esta semana pago, de verdad'],
		['assim que receber eu pago'],
		['le debo el 50% nada más'],
		['pago 20 mil'],
		['I will pay the first instalment soon'],
		['no dia dos pais eu vejo isso'],
		// After a day is the start of a wait, not a day to pay (round 11).
		['só depois do dia 20 eu consigo ver isso'],
		['despues del dia 12 le aviso como le pago'],
		['after the 25th I will sort something out'],
		['email said "scheduled for 4/20", so it goes out then'],
		['I sat down to pay but the app failed'],
		['the sun is out, i will pay'],
		[''],
		['🙏🙏'],
	])('%j names no date', (text) => {
		expect(resolvePromiseDate(text, THU)).toBeNull();
	});

	// Round 13: the day an income comes is the day to pay only when the reply names no other day
	// to pay on; a weekday and a day of the month that disagree name no one day.
	test.each([
		['cobro el viernes y el lunes le deposito', '2026-03-23'],
		['me depositan el 20, el 21 hago la transferencia', '2026-03-21'],
		['recebo dia 25 e pago dia 26', '2026-03-26'],
		['my wages come in on the 28th, I will pay by the 30th', '2026-03-30'],
		['me pagan el 15 y el 30, el 30 le pago', '2026-03-30'],
		['el sábado cobro y el lunes pago', '2026-03-23'],
		['minha filha recebe na sexta, na segunda ela passa na lotérica e paga', '2026-03-23'],
		// The income's day alone, or with "at once": that day.
		['el sueldo me cae el 25, ahí le transfiero', '2026-03-25'],
		['salary comes tomorrow, will pay then', '2026-03-20'],
		['me pagan el 5 y pago al toque', '2026-04-05'],
		['al toque le transfiero', THU],
		['el martes 24 le pago', '2026-03-24'],
	])('%j → %s', (text, expected) => {
		expect(resolvePromiseDate(text, THU)).toBe(expected);
	});
	test.each([['el viernes 24 le pago'], ['pago na segunda 25']])('%j: the weekday and the day disagree, no date', (text) => {
		expect(resolvePromiseDate(text, THU)).toBeNull();
	});

	// THU is Thursday 2026-03-19.
	test.each([
		// Before the weekend: the Friday.
		['antes del fin de semana le pago', '2026-03-20'],
		['I will pay before the weekend', '2026-03-20'],
		['antes do fim de semana eu acerto', '2026-03-20'],
		// A weekday gone by is no day to pay on: the one said after it is.
		['el martes pasado no pude, mañana le deposito', '2026-03-20'],
		['a sexta passada o app caiu, pago segunda', '2026-03-23'],
		['last Monday the bank was closed, I will pay on Tuesday', '2026-03-24'],
		['Friday was a holiday and nothing went through. I will resend it Monday', '2026-03-23'],
		['el viernes estaba caído el banco, el lunes le pago', '2026-03-23'],
		// A span of weekdays is when one is reached, not a day.
		['escríbanme de lunes a viernes nomás, el 25 cancelo', '2026-03-25'],
		['segunda a sexta eu trabalho, dia 28 eu pago', '2026-03-28'],
		// An English ordinal with no marker: last in the reply, or right after paying.
		['Will pay on 20th. Sorry typo, 22nd', '2026-03-22'],
		['I can pay 27th', '2026-03-27'],
		["I'll pay 15th of next month", '2026-04-15'],
		// British: "a week Friday", "Friday week" is the Friday after the next.
		["I'll sort it a week Friday", '2026-03-27'],
		['I can pay you Friday week', '2026-03-27'],
		// "Después" alone is later today, not after something.
		['ahorita estoy recogiendo a los chicos, después le pago ya', THU],
	])('%j → %s', (text, expected) => expect(resolvePromiseDate(text, THU)).toBe(expected));
	test.each([['este finde le pago'], ['no fim de semana eu pago'], ["I'll take care of it this weekend"], ['el jueves pasado pagué'], ['my 2nd payment bounced'], ['3rd time you text me this week'], ['trabajo de lunes a sábado'], ['Depois do São João eu pago, agora o dinheiro tá todo separado'], ['pasando semana santa le pago, ahorita no me alcanza'], ['depois do feriado do 20 de setembro eu recebo e aí transfiro']])('%j names no day', (text) =>
		expect(resolvePromiseDate(text, THU)).toBeNull(),
	);
	test('before the weekend, said on a Saturday, names no day', () => expect(resolvePromiseDate('antes del finde le pago', '2026-03-21')).toBeNull());

	describe('a date in figures, in the order the country writes it', () => {
		test.each([
			// The US writes the month first; Brazil and Spanish-speaking countries the day.
			['pago el 6/5', 'MX', '2026-05-06'],
			['pago dia 6/5', 'BR', '2026-05-06'],
			['will pay 6/5', 'US', '2026-06-05'],
			['will pay 6/5', 'PR', '2026-06-05'],
			// Only one order reads as a date: that one, wherever.
			['will pay 5/25', 'MX', '2026-05-25'],
			['pago el 25/5', 'US', '2026-05-25'],
			// With its year said, the country's order.
			['pago el 4/5/2026', 'MX', '2026-05-04'],
			['will pay 4/5/26', 'US', '2026-04-05'],
		])('%j in %s → %s', (text, country, expected) => expect(resolvePromiseDate(text, THU, country, writesMonthFirst(country, /pay/.test(text) && !/pago/.test(text) ? 'en' : 'es'))).toBe(expected));

		test('Spanish and Portuguese writers in the US keep the day first; English with no country known is the US’s', () => {
			expect(writesMonthFirst('US', 'es')).toBe(false);
			expect(writesMonthFirst('US', 'pt')).toBe(false);
			expect(writesMonthFirst('GB', 'en')).toBe(false);
			// Held-out v80's labellers, both 3 February: "I WILL PAY 2/3 WHEN MY SOCIAL SECURITY COMES IN".
			expect(writesMonthFirst(null, 'en')).toBe(true);
			expect(resolvePromiseDate('I will pay 2/3', '2026-01-29', null, writesMonthFirst(null, 'en'))).toBe('2026-02-03');
			expect(resolvePromiseDate('le pago el 10/6', THU, 'US', writesMonthFirst('US', 'es'))).toBe('2026-06-10');
		});

		test.each([
			// The usual order names a day already past this year; the other one a day in the coming
			// weeks: a promise names a coming day (held-out v36, a US writer read as Spanish).
			['6/5', '2026-05-26', null, '2026-06-05'],
			['7/2', '2026-06-29', null, '2026-07-02'],
			['pago el 2/7', '2026-06-29', 'US', '2026-07-02'],
			// The other order is months away too: the usual one, next year's.
			['pago el 3/1', '2026-06-29', null, '2027-01-03'],
			// The usual order still to come: it stands, though the other is sooner.
			['pago el 20/7', '2026-06-29', null, '2026-07-20'],
			// …and when it comes soon next year: "12/01" in late November is 12 January.
			['le pago el 12/01', '2026-11-26', null, '2027-01-12'],
			['pago dia 11/01', '2026-10-20', 'BR', '2027-01-11'],
		])('%j received %s (%s) → %s', (text, received, country, expected) => expect(resolvePromiseDate(text, received, country, writesMonthFirst(country, /pago/.test(text) ? 'es' : 'en'))).toBe(expected));
	});

	datesFor('held-out v37: ', [
		// A weekday by its rank in the month (US Social Security pays on the 2nd, 3rd or 4th Wednesday).
		['My Social Security is deposited on the third Wednesday of the month. I will make the payment that day.', '2026-03-28', '2026-04-15'],
		['I will pay on the fourth Wednesday of November when my check arrives.', '2026-10-26', '2026-11-25'],
		['Pension comes on the last Thursday of the month. I will go to the post office then', THU, '2026-03-26'],
		['le pago el último viernes de mayo', THU, '2026-05-29'],
		// "Of the month" names a day with no marker before it (held-out v43).
		["Tell Earl I'll be down to the store first of the month to settle up like always", '2026-01-31', '2026-02-01'],
		['pago primero de mes', '2026-01-20', '2026-02-01'],
		// Held-out v44: a holiday described tomorrow, "a week from today", "pasao mañana", a day after "after X" named afresh.
		['mañana es dia de las madres y ya me gaste todo jaja, el 15 le pago sin falta', '2026-05-09', '2026-05-15'],
		// …and a weekday described as one (held-out v15); the weekday still named to pay on otherwise.
		['El domingo es día de las madres y apenas me alcanza, le pago el 15 sin falta', '2026-05-07', '2026-05-15'],
		['el lunes es feriado, les pago el martes', '2026-05-07', '2026-05-12'],
		['le pago el domingo', '2026-05-07', '2026-05-10'],
		['I can pay a week from today', '2026-07-24', '2026-07-31'],
		['klk, pasao mañana le pago esa vaina', '2026-08-15', '2026-08-17'],
		['I will clear the dues after Diwali, on 10th November.', '2026-10-10', '2026-11-10'],
		['hoy es dia de pago, le pago hoy', '2026-05-09', '2026-05-09'],
		['salary comes every 7th of the month, I will send then', '2026-10-20', '2026-11-07'],
		['pago na segunda quarta do mês', THU, '2026-04-08'],
		// The end of a month named, not this month's.
		['Cobro el medio aguinaldo a fin de junio, ahí te cancelo todo. Ahora no llego ni a fin de mes', '2026-05-28', '2026-06-30'],
		['I will pay by the end of January', '2026-11-20', '2027-01-31'],
		// Black Friday is no Friday to pay on; a date half a year on beside a weekday tells of the past.
		['Black Friday tá arretado aqui na loja, tô de temporário. Recebo dia 10 e pago', '2026-11-27', '2026-12-10'],
		['ayer era 15 de septiembre y me mandaron 3 mensajes. El viernes pago y ya.', '2026-09-16', '2026-09-18'],
		// Portuguese "no" is "in the" before the way one pays.
		['Me manda o link que eu pago agora no pix', '2026-10-27', '2026-10-27'],
		// A second reviewer's: the month named gone by, another day named to pay on, a date with its own weekday.
		["Since the end of April my hours got cut. I'll pay the 15th", '2026-05-26', '2026-06-15'],
		['el último viernes de abril me operaron, el lunes le pago', '2026-05-26', '2026-06-01'],
		['Cobro el aguinaldo a fin de junio, pero el viernes le pago', '2026-05-26', '2026-05-29'],
		["My SSI comes the second Wednesday of the month, I'll pay you Monday", '2026-05-26', '2026-06-01'],
		['Pago el viernes 18 de diciembre', '2026-05-26', '2026-12-18'],
		['Hoje no pix não vai dar, pago quando receber', '2026-05-26', null],
		['Hoy no, banco cerrado. Le pago cuando pueda', '2026-05-26', null],
	]);
	datesFor('held-out v40: ', [
		// "Now" with how things are tells of now, the fortnight is the day; after "hoy" such a word names the day.
		['pa la quincena te pago, ahorita está flojo', '2026-11-06', '2026-11-15'],
		['agora tá difícil, dia 20 eu pago', '2026-11-06', '2026-11-20'],
		['hoy esta tarde le pago', '2026-11-06', '2026-11-06'],
		// Portuguese "no" after a verb of going is "in the".
		['feriado hoje, amanhã vou no banco e pago o boleto', '2026-09-07', '2026-09-08'],
		['amanhã passo no caixa e pago', '2026-09-07', '2026-09-08'],
		['mañana no, el viernes le pago', '2026-09-07', '2026-09-11'],
		// A second reviewer's: someone paying now, Spanish "vamos".
		['ahorita anda mi esposo en el banco, le deposita', '2026-11-06', '2026-11-06'],
		['ahorita esta en camino el deposito', '2026-11-06', '2026-11-06'],
		['hoy vamos no alcanzamos, el lunes pagamos', '2026-09-07', '2026-09-14'],
	]);
	datesFor('held-out v41: ', [
		// Today or tomorrow described is no day to pay on; today's weekday gives way to a later day.
		['Hoje é 2 de julho, ninguém trabalha aqui não kkkk. O contrato 8810 pago amanhã', '2026-07-02', '2026-07-03'],
		['me escriben ya tarde y mañana es 15 de septiembre, todo cerrado. Les pago el miércoles', '2026-09-14', '2026-09-16'],
		['hoje é feriado de Tiradentes, depois do feriado eu pago a entrada', '2026-04-21', null],
		['Qué pena con usted, hoy sábado estoy full de clientas. Mañana domingo le consigno sin falta', '2026-05-30', '2026-05-31'],
		['hoy viernes le pago', '2026-04-24', '2026-04-24'],
		['Tri frio aqui, nem saí de casa hoje. Segunda vou no Banrisul e pago', '2026-07-04', '2026-07-06'],
		// The weekday beside paying, four words on; a rank with no month is this month's or the next.
		['sábado tem show em Gravatá, domingo de manhã eu pago com o cachê', '2026-02-02', '2026-02-08'],
		['I will pay when my social security comes in on the third Wednesday. Thank you', '2026-07-25', '2026-08-19'],
		// An ordinal that counts a thing is no day.
		['thats like the 5th text this week. the tuition will be paid on the 1st', '2026-03-19', '2026-04-01'],
		['I can send 2.5k by the 1st, rest mid month', '2026-02-10', '2026-03-01'],
	]);
	// Received Tuesday 10 February 2026: a reply that turns from a day refused to a day given, with
	// or without the comma chat often drops (session 29).
	test.each([
		['hoy no puedo mañana sí', '2026-02-11'],
		['hoy no puedo, mañana de tarde paso', '2026-02-11'],
		['hoje não dá, amanhã pago', '2026-02-11'],
		["today I can't, tomorrow", '2026-02-11'],
		['não consigo hoje nem amanhã, só sexta', '2026-02-13'],
		['el 15 no puedo el 20 sí', '2026-02-20'],
		['dia 15 não consigo só dia 20', '2026-02-20'],
		['not on the 15th, on the 18th', '2026-02-18'],
		['le iba a pagar el 15 pero ahora va a ser el 20', '2026-02-20'],
		["I was going to pay on the 15th but it'll be the 20th", '2026-02-20'],
		['perdón, quise decir el 15, no el 5', '2026-02-15'],
		['Antes do carnaval não dá, pago na quarta de cinzas', '2026-02-18'],
		["I'll pay it Christmas Eve", '2026-12-24'],
		["Monday? can't. Wednesday ok", '2026-02-11'],
		['not friday. monday', '2026-02-16'],
		["I can't Friday I can Monday", '2026-02-16'],
		['friday wont work monday will', '2026-02-16'],
		['no puedo el viernes puedo el lunes', '2026-02-16'],
		['não consigo na sexta, só na segunda', '2026-02-16'],
		['el viernes ya no puedo, el lunes', '2026-02-16'],
		// A negation before the next weekday may be "not that one": the first stays.
		['pago el jueves no el viernes', '2026-02-12'],
	])('a day refused, then another: %j → %s', (text, expected) => expect(resolvePromiseDate(text, '2026-02-10')).toBe(expected));
	datesFor('session 29: ', [
		['el 29 de mayo no pude, pero el 5 de junio sí le pago completo', '2026-06-01', '2026-06-05'],
		['el 5 de junio no puedo', '2026-06-01', '2026-06-05'],
		['> su cuota vence el 05/09\ncobro el 1ro y ese mismo día la pago', '2026-08-29', '2026-09-01'],
		['che te lo pago el miércoles después de carnaval', '2026-02-10', '2026-02-18'],
		['Faço a transferência logo à noite, quando chegar a casa', '2026-02-23', '2026-02-23'],
		['Pago à noite quando chegar em casa', '2026-03-06', '2026-03-06'],
	]);
	test.each(['pago no carnaval', 'pago depois do carnaval', 'cuando me paguen, en la tarde le deposito', 'I will pay in the evening when I get paid'])('%j names no day', (text) =>
		expect(resolvePromiseDate(text, '2026-02-10')).toBeNull(),
	);
	datesFor('Holy Week, "já já" (held-out v52): ', [
		['el miercoles santo deposito en banrural porque despues ya todo cierra', '2026-03-26', '2026-04-01'],
		['pago no sábado de aleluia', '2026-03-26', '2026-04-04'],
		['I will pay on Palm Sunday', '2026-03-20', '2026-03-29'],
		['hoy es sábado santo, el lunes pago', '2026-04-04', '2026-04-06'],
		['Eita, esqueci. Vou pagar já já', '2026-08-10', '2026-08-10'],
	]);
	test('a feast said first on its own day tells of today: held-out v44', () => expect(resolvePromiseDate('sábado santo y ustedes cobrando, ni Judas era tan apurado 😂 la otra semana deposito', '2026-04-04')).toBeNull());
	// A second reviewer's cases, written from the behaviour's description (session 29).
	datesFor('a second reviewer: ', [
		['viernes santo no puedo, el sábado de gloria sí', '2026-03-30', '2026-04-04'],
		['sexta-feira da paixão não dá, pago no sábado de aleluia', '2026-03-31', '2026-04-04'],
		['ya le había dicho que el 30 pero mejor se lo paso para el 28', '2026-04-20', '2026-04-28'],
		['eu tinha falado dia 5 né, mas passa pro dia 8', '2026-05-04', '2026-05-08'],
		['had it down for the 25th, moving it to the 27th', '2026-02-09', '2026-02-27'],
		["Can't on the 30th. 2nd of next month ok?", '2026-06-22', '2026-07-02'],
		['essa sexta não, a outra', '2026-11-10', '2026-11-20'],
		['el viernes no, el que sigue', '2026-04-14', '2026-04-24'],
		['not this Friday, the one after', '2026-09-01', '2026-09-11'],
		['segunda eu recebo, terça pago', '2026-10-28', '2026-11-03'],
		['will send it Easter Monday', '2026-04-02', '2026-04-06'],
		['Paying Memorial Day', '2026-05-19', '2026-05-25'],
	]);
	test('"once my check clears ill pay, prob in the evening" names no day', () => expect(resolvePromiseDate('once my check clears ill pay, prob in the evening', '2026-09-29')).toBeNull());
	datesFor('held-out v52: ', [
		['no e hoy manito e el viernes que viene que cobro', '2026-09-04', '2026-09-11'],
		['el sabado fui a pagar y el efecty estaba cerrado hoy en la tarde vuelvo y pago', '2026-10-05', '2026-10-05'],
		['pago el lunes 12, ah no, el martes 13', '2026-10-09', '2026-10-13'],
	]);
	datesFor('held-out v53: ', [
		['no e el 15 sino el 30 que me pagan mi amol', '2026-09-04', '2026-09-30'],
		['então eu vou pagar segunda não segunda não que eu viajo pra Caruaru deixa pra quarta quarta feira tá bom', '2026-07-24', '2026-07-29'],
		['qué pena con ustedes el 30 de mayo les quedé mal, con la prima les pago el 30 de este mes', '2026-06-12', '2026-06-30'],
		['el viernes no que es 27 de febrero y ta to cerrao, el lunes sí', '2026-02-25', '2026-03-02'],
		['claro, vou vender um rim e pago hj kkkk falando sério, dia 5 cai meu salário e eu pago', '2026-03-20', '2026-04-05'],
	]);
	datesFor('held-out v63 and v64: ', [
		['este lunes no voy a poder, el otro lunes le deposito en el oxxo', '2026-04-24', '2026-05-04'],
		['Con mucho gusto, con la quincena del 30 le pago pues', '2026-01-29', '2026-01-30'],
		['payday got moved up to thursday bc of the 4th so ill pay u then', '2026-06-29', '2026-07-02'],
		['ya van como 5 mensajes hoy!! ya se q debo, en la quincena pago', '2026-01-30', '2026-01-31'],
		['Vence dia 5 de novembro, né? Então pago no dia 5 mesmo. Me manda o lembrete na quarta dia 4', '2026-10-27', '2026-11-05'],
		['o banco aqui da cidade nao abre sabado e eu pago tudo no caixa, ai segunda-feira de manha eu vou la e pago', '2026-06-13', '2026-06-15'],
		['iba a pagar el viernes pero el viernes es feriado, el primero de mayo, entonces el viernes no, el jueves 30 paso a pagar', '2026-04-28', '2026-04-30'],
		// The exact day said not to be known: no day, "now" with it.
		['agora em novembro sai a primeira parcela do decimo terceiro e ai eu quito, so nao sei o dia certo, mas assim que cair eu pago', '2026-11-06', null],
		['mi a work two job right now, as soon as mi get paid mi a go send it, mi just cyaan tell yuh di exact day', '2026-09-30', null],
		["I'm gonna pay, I just can't tell u the exact date right now", '2026-07-14', null],
		// Not a fortnight's day refused: "Esta quincena del 15 no me alcanza… la de fin de mes" (held-out v37).
		['Esta quincena del 15 no me alcanza, se me va en arriendo. Le pago en la otra, la de fin de mes', '2026-02-12', '2026-02-28'],
	]);
	test('a weekday refused after an income day said between: held-out v51', () => expect(resolvePromiseDate('el viernes no, cobro el 30. El martes 30 te pago', '2026-06-25')).toBe('2026-06-30'));
	test.each(['hoy no puedo ni mañana', 'hoy no puedo mañana tampoco', 'não pago na quarta de cinzas', 'no puedo pagar hoy', "can't pay now, will pay when I can", 'Não consigo pagar agora. Pago quando der'])(
		'%j: every day named is refused, or none is given',
		(text) => expect(resolvePromiseDate(text, '2026-02-10')).toBeNull(),
	);
	test.each(['hoy no le pago', 'hoje não pago', 'agora no consigo'])('%j: a negation after "no" still refuses the day', (text) => expect(resolvePromiseDate(text, THU)).toBeNull());

	test.each([
		['15', '2026-04-15'],
		['30', '2026-03-30'],
		['10?', '2026-04-10'],
		['20th', '2026-03-20'],
	])('a day of the month that is the whole reply: %j → %s', (text, expected) => expect(resolvePromiseDate(text, THU)).toBe(expected));
	test.each(['son 15 mil', '$20', '20%', 'R$ 25'])('%j: no day of the month', (text) => expect(resolvePromiseDate(text, THU)).toBeNull());

	// Days' words drawn out in a chat (a second reviewer's "ahoritaa"); other words are left as written.
	test.each([
		['mañanaaa le pago', '2026-03-20'],
		['hoyyy pago', THU],
		['hojeee eu pago', THU],
		['el viernesss pago', '2026-03-20'],
		['tomorroww', '2026-03-20'],
		['amanhãaa', '2026-03-20'],
		['pago el lunesss', '2026-03-23'],
	])('a day drawn out: %j → %s', (text, expected) => expect(resolvePromiseDate(text, THU)).toBe(expected));
	test.each(['full moon party, I pay after', 'I pay when the weed sells'])('%j: no weekday in a word that only shrinks to one', (text) => expect(resolvePromiseDate(text, THU)).toBeNull());

	// Held-out v56's long messages: days named for something else.
	datesFor('', [
		['Got paid today but that goes to the repair. I\'ll pay it next Friday.', '2026-03-20', '2026-03-27'],
		['hoje recebi o vale, pago sexta que vem', '2026-03-20', '2026-03-27'],
		['pago hoy viernes', '2026-03-20', '2026-03-20'],
		['Me ofrecieron el 20% de descuento si pagaba antes del 15. El 30 cobro y ese día cancelo', THU, '2026-03-30'],
		['Bendecido jueves para usted. A fin de mes hago el pago completo', THU, '2026-03-31'],
		['happy friday! paying on the 25th', THU, '2026-03-25'],
		['Respondo a todos: el del lunes, el del martes y los dos de hoy. El sábado pago', THU, '2026-03-21'],
		['got the one from Monday. paying Saturday', THU, '2026-03-21'],
	]);

	// A day paid on gives way to the day to pay (held-out v56's past payments quoted).
	datesFor('', [
		['O ano passado paguei o saldo a 28 de novembro. Este ano a 30 de novembro pago', '2026-11-17', '2026-11-30'],
		['pagué el 3 de mayo, el 5 de diciembre pago', '2026-11-17', '2026-12-05'],
		['I paid on November 3rd. I\'ll pay December 5th', '2026-11-17', '2026-12-05'],
		['I paid on November 3rd. I\'ll pay Friday', '2026-11-17', '2026-11-20'],
		['Paguei a 14 de julho e a 13 de agosto. Deixei agendada para sexta-feira, dia 18', '2026-09-15', '2026-09-18'],
		['paguei dia 28. dia 30 pago', '2026-11-02', '2026-11-30'],
		// …but one's income is no day paid on.
		['I got paid on the 3rd, paying you on the 5th', '2026-12-01', '2026-12-05'],
		['Sir EMI will be paid on 5th itself, salary is getting credited on 4th', '2026-03-30', '2026-04-05'],
		// Portuguese "no dia 23" is "on the 23rd", no refusal.
		['paguei a dia 22. é no dia 23 que faço a transferência', '2026-01-05', '2026-01-23'],
	]);

	// Held-out v56: "that day" after an income, today's messages, a saint's day, two feasts.
	datesFor('', [
		['Hoy tengo $180.000 en la cuenta. El lunes 25 es feriado así que no cobro hasta el martes 26, ese día transfiero todo.', '2026-05-21', '2026-05-26'],
		['Meu salário cai dia 6 de fevereiro e nesse dia faço o pagamento integral', '2026-01-30', '2026-02-06'],
		['Me pagan el 15 pero ese día tengo que pagar la renta, así que lo de ustedes va el 22', '2026-01-13', '2026-01-22'],
		['n da pra responder agr q to em reuniao. assim q cair eu pago', '2026-02-09', null],
		['leí los mensajes de ayer y de hoy. El domingo es Santa Rosa, así que el pago lo hago el 31', '2026-08-27', '2026-08-31'],
		['vcs cobrando em plena terça de carnaval. quarta de cinzas eu saio 13h e pago', '2026-02-17', '2026-02-18'],
		['terça de carnaval e eu trabalhando, pago hoje às 5', '2026-02-17', '2026-02-17'],
	]);

	// A day to fall back on gives way to the day given first (held-out v57's labellers, both).
	datesFor('a fallback: ', [
		['Amanhã eu pago sem falta, no máximo sexta', '2026-02-18', '2026-02-19'],
		['Mi esposo cobra el 30 y él va a pagar ese día, a más tardar el 1 de julio', '2026-06-18', '2026-06-30'],
		['si me pagan el aguinaldo el lunes te pago el lunes y si no a mas tardar el 30', '2026-06-10', '2026-06-15'],
		// …alone, it is the day.
		['le pago a más tardar el viernes', '2026-08-04', '2026-08-07'],
		['todavia no me cae la quincena, en cuanto me caiga le pago. a mas tardar el sabado', '2026-05-26', '2026-05-30'],
	]);

	datesFor('held-out v57, days and money: ', [
		['Friday is bank holiday for Juneteenth, so the transfer will happen only on Monday the twenty-second.', '2026-06-17', '2026-06-22'],
		['Segunda e terça é carnaval, banco fechado. Pago na quarta depois do meio-dia', '2026-02-13', '2026-02-18'],
		['El lunes te lo paso. Ah no, lunes y martes es carnaval. El miércoles entonces', '2026-02-12', '2026-02-18'],
		["Banks are closed today for the 4th of July holiday. I'll send it Monday morning first thing", '2026-07-03', '2026-07-06'],
		["I filed my taxes on the 2nd and the IRS site says my refund is still processing. Soon as it lands I'll pay", '2026-04-16', null],
		['I called on the 3rd and they said I can pay on the 10th', '2026-04-01', '2026-04-10'],
	]);

	// A clause that pays outranks a day an earlier clause tells of (held-out v70's labellers, both).
	datesFor('the day of the clause that pays: ', [
		['Estou no interior cuidando do meu pai, chego domingo. Terça que vem eu pago', '2026-03-04', '2026-03-10'],
		['O aniversário do meu filho é sábado dia 9, tá apertado. Dia 11 eu pago', '2026-05-04', '2026-05-11'],
		['mañana es feriado del 8 de diciembre, el miércoles le deposito', '2026-12-07', '2026-12-09'],
		// …not the second part of a plan, nor "now" after a day paid "then".
		['Semana que vem, na quarta, eu faço um pix de R$ 300 e o resto dia 20 quando cair o vale', '2026-07-28', '2026-08-05'],
		['Amanhã cai meu salário, aí já pago', '2026-07-09', '2026-07-10'],
		// …"then" after a later day said on its own (held-out v70's labellers, both Monday); not an earlier one in apposition.
		["Working doubles Fri Sat Sun at the hospital. Monday's my day off, I'll pay then", '2026-06-24', '2026-06-29'],
		["I get my check on the 21st, Wednesday. I'll call and pay over the phone that day", '2026-01-08', '2026-01-21'],
		// A document dated today is no day to pay (held-out v70's labellers, both).
		['Acuso recibo de su comunicación de fecha de hoy. Cancelaré la cuota el día 15 del presente mes', '2026-06-05', '2026-06-15'],
		['Recebi a mensagem com data de hoje, pago dia 20', '2026-06-05', '2026-06-20'],
		// Pay said with its day: "la grati del 15" as "la quincena del 30" (held-out v61's labellers, both).
		['con la grati del 15 les cancelo todo, ya falta poco', '2026-07-08', '2026-07-15'],
		['con el aguinaldo del 18 le pago', '2026-12-01', '2026-12-18'],
		// Held-out v76's labellers, both: a weekday before a holiday; Jamaican month's end; "sxta".
		['I collect my pay on the Wednesday before Thanksgiving, I will pay you that same day', '2026-11-12', '2026-11-25'],
		['pago el viernes antes de Navidad', '2026-12-01', '2026-12-18'],
		['Mi will settle it end a di month, promise', '2026-10-15', '2026-10-31'],
		['Bah tchê, pago na sxta sem falta', '2026-05-18', '2026-05-22'],
		// Portugal's "a" before a day, right after paying — not "a 30 dias".
		['O subsídio de Natal vem junto com o ordenado. Liquido tudo a 30, está bem?', '2026-11-23', '2026-11-30'],
		['pago a 15 sem falta', '2026-11-03', '2026-11-15'],
		['pago a 30 dias', '2026-11-23', null],
		['o décimo terceiro sai dia 19/12, nesse dia eu quito tudo e ainda sobra pro natal', '2026-12-01', '2026-12-19'],
		// …"entonces" with a day of its own is "so" (held-out v72's labellers, both).
		['me pagan el 15, el lunes 20 es festivo, entonces el martes 21 le consigno', '2026-07-08', '2026-07-21'],
		['yo bajo al pueblo el viernes ya tarde, entonces el lunes temprano le consigno', '2026-05-20', '2026-05-25'],
		// A weekday the writer tells of what they did (held-out v72's labellers, both).
		['fui no banco no sábado e a fila tava enorme, desisti. Quinta dia 2 passo lá cedo', '2026-06-29', '2026-07-02'],
		['Had surgery on Monday. My son is coming Saturday to drive me to the store so I can pay it then', '2026-02-05', '2026-02-07'],
	]);

	// Held-out v73's labellers, both: a span of days is no day; "a week from Monday"; "after 12" at night.
	datesFor('held-out v73, days in their own words: ', [
		['Will clear in a day or two, kindly bear with me', '2026-04-22', null],
		['le pago en uno o dos días', '2026-04-22', null],
		['pago em 2 ou 3 dias', '2026-04-22', null],
		['pago em 3 dias', '2026-04-22', '2026-04-25'],
		["I can pay a week from Monday, that's when I get paid", '2026-10-10', '2026-10-19'],
		['esta noche después de las 12 me cae el sueldo y ahí nomás le transfiero', '2026-04-08', '2026-04-09'],
		['tmrw night after 12 I got you', '2026-07-23', '2026-07-25'],
		// …not noon's twelve, nor a day without a night.
		['pago hoy después de las 12 del día', '2026-04-08', '2026-04-08'],
		['pago hoy después de las 12', '2026-04-08', '2026-04-08'],
		// A second reviewer's (test/data/reviewer-s36): a week after the coming Monday in Spanish and Portugal's Portuguese; "was" a few words before a weekday told of.
		['el lunes en ocho le pago todo', '2026-07-22', '2026-08-03'],
		['pago na segunda-feira a oito, quando receber o ordenado', '2026-10-21', '2026-11-02'],
		["Was in the ER on Tuesday with my daughter. Payday is Friday, I'll take care of it then", '2026-01-22', '2026-01-23'],
		// Held-out v73's labellers, both: an hour to be reached at is no hour to pay at.
		["I'll pay it as soon as payday hits, can somebody call me after 8 p.m. to explain the interest", '2026-10-30', null],
		['pago apenas me caiga el sueldo, llámenme después de las 6', '2026-10-30', null],
		// …an hour to pay at still is today's.
		['llámenme cuando quieran, a las 5 le deposito', '2026-10-30', '2026-10-30'],
		// Held-out v77's labellers, both: British "a fortnight today"; the federal holidays; Portugal's "recebo a 25".
		["I'll clear it a fortnight today when my wages come in", '2026-11-02', '2026-11-16'],
		["I'll pay a week today", '2026-11-02', '2026-11-09'],
		['Got the day off on Juneteenth so I will pay it then', '2026-06-10', '2026-06-19'],
		["I'll pay it on Veterans Day", '2026-11-02', '2026-11-11'],
		["I'll pay the Tuesday after MLK Day", '2026-01-05', '2026-01-20'],
		['recebo a 28 e pago logo nesse dia', '2026-11-21', '2026-11-28'],
	]);

	// Held-out v70's labellers, both: a weekday refused with "que viene" between; today past midnight.
	datesFor('held-out v70, calendars: ', [
		['el martes que viene no puedo, el otro sí', '2026-06-17', '2026-06-30'],
		['a segunda que vem não dá, a outra sim', '2026-06-17', '2026-06-29'],
		// …a weekday refused with its day of the month (held-out v72's labellers, both).
		['El jueves 9 no puedo, el sábado 11 sí, sin falta', '2026-07-06', '2026-07-11'],
		// …the day after the day named (held-out v72's labellers, both) — not a feast's, read as its own.
		['me pagan el 20 y al día siguiente le deposito', '2026-07-06', '2026-07-21'],
		['O salário cai dia 5 e no dia seguinte eu pago', '2026-07-01', '2026-07-06'],
		["I'll pay it the day after Thanksgiving", '2026-11-20', '2026-11-27'],
		['pago hoje depois da meia noite quando cair o salário', '2026-09-05', '2026-09-06'],
		["I'll send it tonight after midnight", '2026-09-05', '2026-09-06'],
		// A second reviewer's: tonight past midnight, its hyphen or "12am".
		['vou pagar essa noite depois da meia-noite', '2026-08-27', '2026-08-28'],
		["I'll send it tonight right after 12am", '2026-04-30', '2026-05-01'],
		// …today before it is today.
		['pago hoje antes da meia noite', '2026-09-05', '2026-09-05'],
		// A short clause that vouches for its day, after paydays told of.
		['Work pays on the 15th and the 30th. The 15th went to the landlord. The 30th for sure', '2026-11-09', '2026-11-30'],
		['Me pagan el 10 y el 25. El 10 se fue en la renta. El 25 sin falta', '2026-11-09', '2026-11-25'],
	]);

	// "No tengo cómo pagar ahora": now named only to say one cannot (held-out v44's labellers, both: hardship).
	datesFor('now refused through "how": ', [
		['to desempregado desde agosto, nao tenho como pagar agora. assim q arrumar alguma coisa eu pago e limpo meu nome', '2026-10-28', null],
		['Estoy con licencia médica y la isapre no me ha pagado, no tengo cómo pagar ahora. Apenas me paguen me pongo al día', '2026-10-28', null],
		['no tengo como pagar hoy, el viernes sí', '2026-10-28', '2026-10-30'],
		['tengo como pagar hoy mismo', '2026-10-28', '2026-10-28'],
	]);

	test('exact match on the promise dates of the development set (target ≥ 0.95)', () => {
		const rows = readFileSync(join(__dirname, '../../data/replies-dev.jsonl'), 'utf8')
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as { text: string; label: string; received: string; promise_date: string | null })
			.filter((r) => r.label === 'promise_to_pay');
		const exact = rows.filter((r) => resolvePromiseDate(r.text, r.received) === r.promise_date).length;
		expect(rows.length).toBeGreaterThan(40);
		expect(exact / rows.length).toBeGreaterThanOrEqual(0.95);
	});
});
