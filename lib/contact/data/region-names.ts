/**
 * Names people write for the subdivisions of countries whose region changes the zone or the
 * rules, where date-holidays (the other source of region names) has none or few: México's 32
 * states (date-holidays: none), Chile's 16 regions (4), Ecuador's 24 provinces (1), and
 * Spain's 50 provinces under their autonomous community (date-holidays: communities only, whose
 * codes it uses for regional holidays). ISO 3166-2 codes and names (ISO 3166-2:MX, :CL, :EC,
 * :ES); spellings compared without case, accents, spaces or punctuation. A bare "México" is left out on purpose: it names the country as often as the
 * Estado de México, and the whole country is the safe reading.
 */
export const REGION_NAMES: Record<string, Record<string, string[]>> = {
	MX: {
		AGU: ['Aguascalientes'], BCN: ['Baja California', 'Baja California Norte', 'BC'], BCS: ['Baja California Sur'],
		CAM: ['Campeche'], CHP: ['Chiapas'], CHH: ['Chihuahua'], CMX: ['Ciudad de México', 'CDMX', 'Distrito Federal', 'DF'],
		COA: ['Coahuila', 'Coahuila de Zaragoza'], COL: ['Colima'], DUR: ['Durango'], GUA: ['Guanajuato'], GRO: ['Guerrero'],
		HID: ['Hidalgo'], JAL: ['Jalisco'], MEX: ['Estado de México', 'Edo. de México', 'Edomex', 'Edo Mex'],
		MIC: ['Michoacán', 'Michoacán de Ocampo'], MOR: ['Morelos'], NAY: ['Nayarit'], NLE: ['Nuevo León'], OAX: ['Oaxaca'],
		PUE: ['Puebla'], QUE: ['Querétaro', 'Querétaro de Arteaga'], ROO: ['Quintana Roo'], SLP: ['San Luis Potosí'],
		SIN: ['Sinaloa'], SON: ['Sonora'], TAB: ['Tabasco'], TAM: ['Tamaulipas'], TLA: ['Tlaxcala'],
		VER: ['Veracruz', 'Veracruz de Ignacio de la Llave'], YUC: ['Yucatán'], ZAC: ['Zacatecas'],
	},
	CL: {
		AI: ['Aysén', 'Aisén', 'Aysén del General Carlos Ibáñez del Campo'], AN: ['Antofagasta'], AP: ['Arica y Parinacota'],
		AR: ['Araucanía', 'La Araucanía'], AT: ['Atacama'], BI: ['Biobío', 'Bío Bío'], CO: ['Coquimbo'],
		LI: ["O'Higgins", "Libertador General Bernardo O'Higgins"], LL: ['Los Lagos'], LR: ['Los Ríos'],
		MA: ['Magallanes', 'Magallanes y de la Antártica Chilena', 'Magallanes y Antártica Chilena'], ML: ['Maule'], NB: ['Ñuble'],
		RM: ['Metropolitana', 'Región Metropolitana', 'Región Metropolitana de Santiago', 'Santiago'], TA: ['Tarapacá'],
		VS: ['Valparaíso', 'Isla de Pascua', 'Rapa Nui'],
	},
	EC: {
		A: ['Azuay'], B: ['Bolívar'], F: ['Cañar'], C: ['Carchi'], H: ['Chimborazo'], X: ['Cotopaxi'], O: ['El Oro'],
		E: ['Esmeraldas'], W: ['Galápagos'], G: ['Guayas'], I: ['Imbabura'], L: ['Loja'], R: ['Los Ríos'], M: ['Manabí'],
		S: ['Morona Santiago'], N: ['Napo'], D: ['Orellana'], Y: ['Pastaza'], P: ['Pichincha'], SE: ['Santa Elena'],
		SD: ['Santo Domingo de los Tsáchilas', 'Santo Domingo'], U: ['Sucumbíos'], T: ['Tungurahua'], Z: ['Zamora Chinchipe'],
	},
	ES: {
		AN: ['Andalucía', 'Almería', 'Cádiz', 'Córdoba', 'Granada', 'Huelva', 'Jaén', 'Málaga', 'Sevilla'],
		AR: ['Aragón', 'Huesca', 'Teruel', 'Zaragoza'], AS: ['Asturias', 'Principado de Asturias'], CB: ['Cantabria', 'Santander'],
		CL: ['Castilla y León', 'Ávila', 'Burgos', 'León', 'Palencia', 'Salamanca', 'Segovia', 'Soria', 'Valladolid', 'Zamora'],
		CM: ['Castilla-La Mancha', 'Albacete', 'Ciudad Real', 'Cuenca', 'Guadalajara', 'Toledo'],
		CN: ['Canarias', 'Las Palmas', 'Santa Cruz de Tenerife', 'Tenerife', 'Gran Canaria'],
		CT: ['Cataluña', 'Catalunya', 'Barcelona', 'Girona', 'Gerona', 'Lleida', 'Lérida', 'Tarragona'],
		EX: ['Extremadura', 'Badajoz', 'Cáceres'], GA: ['Galicia', 'A Coruña', 'La Coruña', 'Lugo', 'Ourense', 'Orense', 'Pontevedra'],
		IB: ['Islas Baleares', 'Baleares', 'Illes Balears', 'Mallorca'], MC: ['Murcia', 'Región de Murcia'], MD: ['Madrid'],
		NC: ['Navarra', 'Nafarroa'], PV: ['País Vasco', 'Euskadi', 'Álava', 'Araba', 'Gipuzkoa', 'Guipúzcoa', 'Bizkaia', 'Vizcaya'],
		RI: ['La Rioja', 'Rioja'], VC: ['Comunidad Valenciana', 'Valencia', 'València', 'Alicante', 'Alacant', 'Castellón', 'Castelló'],
		CE: ['Ceuta'], ML: ['Melilla'],
	},
};
