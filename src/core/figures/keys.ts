// Quantity keys: which figures in different articles count the same thing (synonyms, groups, events, units).
//
// Key scheme (lower case, ASCII after umlaut folding, deterministic):
//   [unit ':'] concept ['@' group] ['/' event]
// - concept: the synonym group of the counted noun ("Kämpfer", "Truppen" → `soldat`), else its folded lemma
//   ("Raketen" → `rakete`). Generic nouns ("Menschen", "Personen") only count through an event
//   ("300 Menschen wurden evakuiert" → `evakuiert`); otherwise the key is '' and the figure is never compared.
// - group: a nationality or origin that splits one quantity from another ("nordkoreanische Soldaten",
//   "Soldaten aus Nordkorea" → `soldat@nordkorea`; "ukrainische Soldaten" → `soldat@ukraine`).
// - event: what happened to the counted people when that is not the thing itself ("300 Soldaten wurden
//   getötet" → `soldat/tote`), so casualties never collide with troop strength; also `veraenderung` for a
//   change ("sank um 20.000"), `vorher` for an earlier level ("von 2,5 auf 3,1 Prozent") and `zusatz` for
//   an addition ("weitere 1.000 Soldaten", "500 neue Fälle").
// - unit: money and measures prefix the concept (`eur:schaden`, `prozent:befragte`, `km:grenze`); a unit
//   with no concept gives '' ("38 Prozent" alone says nothing comparable). Money named only by a verb or
//   purpose takes the clause's subject as concept and the purpose as event ("Der Neubau kostet 300
//   Millionen Euro" → `eur:neubau/kosten`); a level verb takes its subject as the thing ("Die Inflation in
//   den USA lag bei 2,6 Prozent" → `prozent:inflation@usa`).
// - topic: a share of a population ("38 Prozent der Befragten sind für ein Tempolimit") adds `~` and the
//   clause's last noun or content word (`prozent:befragte~tempolimit`); a share with no topic gets no key, since
//   two polls of the same people on different questions must never be compared.

/** Folds a word to the key alphabet: lower case, umlauts spelled out, no spaces. */
export function fold(w: string): string {
  let folded = FOLDED.get(w);
  if (folded === undefined) {
    folded = foldWord(w);
    // The words folded (countries, lemmas, units) repeat across a corpus; the memo is bounded for hostile text.
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    FOLDED.set(w, folded);
  }
  return folded;
}

const FOLDED = new Map<string, string>();
const FOLDED_MAX = 5000;

function foldWord(w: string): string {
  return w
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9-]/g, '');
}

/** Synonym groups of counted nouns, by lemma. */
const CONCEPTS: Record<string, string> = {
  Soldat: 'soldat', Soldatin: 'soldat', Kämpfer: 'soldat', Kämpferin: 'soldat', Truppe: 'soldat',
  Kombattant: 'soldat', Militärangehörige: 'soldat', Streitkraft: 'soldat', Streitkräfte: 'soldat',
  Tote: 'tote', Todesopfer: 'tote', Getötete: 'tote', Gefallene: 'tote', Leiche: 'tote',
  Verletzte: 'verletzte', Verwundete: 'verletzte',
  Flüchtling: 'fluechtling', Geflüchtete: 'fluechtling', Flüchtende: 'fluechtling', Vertriebene: 'fluechtling',
  Gefangene: 'gefangene', Kriegsgefangene: 'gefangene', Häftling: 'gefangene',
  Festgenommene: 'festgenommen', Vermisste: 'vermisst', Evakuierte: 'evakuiert',
  Zivilist: 'zivilist', Zivilistin: 'zivilist',
  Demonstrant: 'demonstrant', Demonstrantin: 'demonstrant', Protestierende: 'demonstrant',
  Einwohner: 'einwohner', Einwohnerin: 'einwohner',
  // Wordings measured on data/eval/figures/ that name the same quantity.
  Menschenleben: 'tote',
  Helfer: 'einsatzkraefte', Einsatzkraft: 'einsatzkraefte', Rettungskraft: 'einsatzkraefte',
  Stelle: 'stelle', Arbeitsplatz: 'stelle', Job: 'stelle',
  Mitarbeiter: 'beschaeftigte', Beschäftigte: 'beschaeftigte', Angestellte: 'beschaeftigte',
  Inflation: 'inflation', Inflationsrate: 'inflation', Teuerung: 'inflation', Teuerungsrate: 'inflation',
};

/**
 * People named by role or place who, when something happens to them, are counted by what happened: "47
 * Bewohner wurden evakuiert" is the same quantity as "47 Menschen wurden evakuiert". Without such an event
 * they keep their own concept ("4.800 Einwohner"). Soldiers, civilians and children are never merged this way:
 * "300 Zivilisten getötet" and "300 Soldaten getötet" are different tolls.
 */
const PEOPLE = new Set([
  'Bewohner', 'Anwohner', 'Einwohner', 'Insasse', 'Fahrgast', 'Passagier', 'Besucher', 'Urlauber', 'Tourist',
  'Verdächtige', 'Tatverdächtige', 'Teilnehmer',
]);

/** Nouns of nationality: counted with an event they give the group ("200 Nordkoreaner getötet" → tote@nordkorea). */
const NATIONALITY_NOUNS: Record<string, string> = {
  Nordkoreaner: 'nordkorea', Südkoreaner: 'suedkorea', Russe: 'russland', Ukrainer: 'ukraine',
  Palästinenser: 'palaestina', Israeli: 'israel', Deutsche: 'deutschland', Amerikaner: 'usa', Syrer: 'syrien',
  Afghane: 'afghanistan', Iraner: 'iran', Iraker: 'irak', Libanese: 'libanon', Chinese: 'china',
  Franzose: 'frankreich', Brite: 'grossbritannien', Türke: 'tuerkei', Pole: 'polen', Georgier: 'georgien',
};

/** The group a nationality noun names, or null. */
export function nationalityOf(lemma: string): string | null {
  return NATIONALITY_NOUNS[lemma] ?? null;
}

/** The synonym concept of a lemma ("Kämpfer" → "soldat"), or null when it has none. */
export function conceptOf(lemma: string): string | null {
  return CONCEPTS[lemma] ?? CONCEPTS[masculine(lemma)] ?? null;
}

/** "Läuferin" → "Läufer", "Demonstrantin" → "Demonstrant": one concept for both forms of a person noun. */
function masculine(lemma: string): string {
  return /(?:er|ent|ant|ist|at|ot|eut)in$/.test(lemma) ? lemma.slice(0, -2) : lemma;
}

/** Nouns too generic to be a quantity on their own: they need an event or yield no key. */
const GENERIC = new Set([
  'Mensch', 'Person', 'Leute', 'Mann', 'Frau', 'Kind', 'Mal', 'Fall', 'Stück', 'Teil', 'Zahl', 'Anzahl',
  'Prozent', 'Punkt', 'Sache', 'Ding', 'Art', 'Seite', 'Jahr', 'Monat', 'Woche', 'Tag', 'Stunde', 'Minute',
  'Sekunde', 'Grad', 'Euro', 'Dollar', 'Meter', 'Kilometer', 'Bürger', 'Bürgerin', 'Beispiel', 'Prozentpunkt',
  'Million', 'Milliarde', 'Tausend', 'Hundert', 'Dutzend', 'Opfer', 'Betroffene', 'Anteil', 'Höhe', 'Wert',
  'Summe', 'Betrag', 'Umfang', 'Plus', 'Minus', 'Zuwachs', 'Rückgang', 'Mitglied', 'Angabe', 'Bericht',
  'Quote', 'Rate', 'Niveau', 'Stand', 'Preis', 'Ergebnis', 'Er', 'Sie', 'Es', 'Mehrheit',
]);

/** Events that split a count of people, matched in the rest of the clause (participles and verbs). */
const EVENT_RE =
  /\b(?:(getötet|umgebracht|ums Leben|starben|gestorben|sterben|kamen? um|umgekommen|gefallen|tot)|(verletzt|verwundet|(?:medizinisch|ärztlich|ambulant)\s+behandelt|ins\s+Krankenhaus)|(evakuiert(?:e|en)?|in Sicherheit gebracht|(?:ihre|seine|die)\s+(?:Häuser|Wohnungen|Wohnung|Haus)\s+(?:verlassen|räumen|räumten|verließen))|(festgenommen|verhaftet|festgesetzt|inhaftiert)|(vermisst)|(geflohen|geflüchtet|vertrieben|auf der Flucht)|(gefangen genommen)|(demonstrierten|demonstrierte|demonstriert|protestierten|protestiert|gingen auf die Straße))\b/i;
/** Events of people, which can stand for the quantity on their own ("300 wurden evakuiert"). */
const PEOPLE_EVENTS = new Set(['tote', 'verletzte', 'evakuiert', 'festgenommen', 'vermisst', 'fluechtling', 'gefangene', 'demonstrant']);
const EVENT_KEYS = ['tote', 'verletzte', 'evakuiert', 'festgenommen', 'vermisst', 'fluechtling', 'gefangene', 'demonstrant'];

/** The event concept named in a clause, if any. */
export function eventOf(clause: string): string | null {
  const m = EVENT_RE.exec(clause);
  if (!m) return null;
  for (let i = 1; i <= EVENT_KEYS.length; i++) if (m[i]) return EVENT_KEYS[i - 1];
  return null;
}

/** Adjectives of events before a noun ("verletzte Soldaten", "getötete Zivilisten"), by stem. */
const EVENT_ADJECTIVES: [RegExp, string][] = [
  [/^(?:tot|getötet|gefallen)/, 'tote'],
  [/^(?:verletzt|verwundet)/, 'verletzte'],
  [/^evakuiert/, 'evakuiert'],
  [/^(?:festgenommen|verhaftet|inhaftiert)/, 'festgenommen'],
  [/^vermisst/, 'vermisst'],
  [/^(?:geflohen|geflüchtet|vertrieben)/, 'fluechtling'],
  [/^gefangen/, 'gefangene'],
];

export function eventOfAdjective(adj: string): string | null {
  const a = adj.toLowerCase();
  for (const [re, key] of EVENT_ADJECTIVES) if (re.test(a)) return key;
  return null;
}

/** Nationality adjectives (stem before the inflection) → the group slug of the country. */
const NATIONALITIES: Record<string, string> = {
  nordkoreanisch: 'nordkorea', südkoreanisch: 'suedkorea', koreanisch: 'korea', russisch: 'russland',
  ukrainisch: 'ukraine', deutsch: 'deutschland', amerikanisch: 'usa', 'us-amerikanisch': 'usa',
  chinesisch: 'china', französisch: 'frankreich', britisch: 'grossbritannien', englisch: 'grossbritannien',
  israelisch: 'israel', palästinensisch: 'palaestina', iranisch: 'iran', irakisch: 'irak', syrisch: 'syrien',
  türkisch: 'tuerkei', polnisch: 'polen', italienisch: 'italien', spanisch: 'spanien', japanisch: 'japan',
  indisch: 'indien', afghanisch: 'afghanistan', libanesisch: 'libanon', belarussisch: 'belarus',
  weißrussisch: 'belarus', georgisch: 'georgien', österreichisch: 'oesterreich', schweizerisch: 'schweiz',
  niederländisch: 'niederlande', belgisch: 'belgien', tschechisch: 'tschechien', ungarisch: 'ungarn',
  rumänisch: 'rumaenien', bulgarisch: 'bulgarien', griechisch: 'griechenland', serbisch: 'serbien',
  kanadisch: 'kanada', mexikanisch: 'mexiko', brasilianisch: 'brasilien', ägyptisch: 'aegypten',
  jemenitisch: 'jemen', sudanesisch: 'sudan', moldauisch: 'moldau', litauisch: 'litauen',
  lettisch: 'lettland', estnisch: 'estland', finnisch: 'finnland', schwedisch: 'schweden',
  norwegisch: 'norwegen', dänisch: 'daenemark', kurdisch: 'kurden', tschetschenisch: 'tschetschenien',
};

/** Country names whose slug differs from their folded spelling, and abbreviations used as prefixes. */
const COUNTRY_ALIASES: Record<string, string> = {
  USA: 'usa', US: 'usa', 'Vereinigten Staaten': 'usa', Amerika: 'usa', Großbritannien: 'grossbritannien',
  Weißrussland: 'belarus', Belarus: 'belarus', Südkorea: 'suedkorea', Nordkorea: 'nordkorea',
};

/** The group slug of an inflected adjective ("nordkoreanischen" → "nordkorea"), or null. */
export function groupOfAdjective(adj: string): string | null {
  const stem = adj.toLowerCase().replace(/(?:e|en|er|es|em)$/, '');
  return NATIONALITIES[stem] ?? null;
}

/** The group slug of a place named in "aus Nordkorea", or of a compound prefix ("US-Soldaten"). */
export function groupOfPlace(name: string): string {
  return COUNTRY_ALIASES[name] ?? fold(name);
}

/** Prefixes of hyphenated nouns that name a group ("US-Soldaten", "Nato-Truppen"). */
export function groupOfPrefix(prefix: string): string | null {
  if (COUNTRY_ALIASES[prefix]) return COUNTRY_ALIASES[prefix];
  if (/^(?:EU|UN|Nato|NATO|Uno|UNO)$/.test(prefix)) return fold(prefix);
  return null;
}

/** Units as written (lower case, without trailing dot) → the unit shown to the user. */
export const UNITS: Record<string, string> = {
  prozent: 'Prozent', '%': 'Prozent', prozentpunkte: 'Prozentpunkte', prozentpunkten: 'Prozentpunkte',
  euro: 'Euro', '€': 'Euro', eur: 'Euro', dollar: 'Dollar', 'us-dollar': 'Dollar', $: 'Dollar', usd: 'Dollar',
  pfund: 'Pfund', franken: 'Franken', rubel: 'Rubel', yen: 'Yen', yuan: 'Yuan', won: 'Won', hrywnja: 'Hrywnja',
  meter: 'Meter', metern: 'Meter', m: 'Meter', kilometer: 'Kilometer', kilometern: 'Kilometer', km: 'Kilometer',
  quadratkilometer: 'Quadratkilometer', quadratkilometern: 'Quadratkilometer', km2: 'Quadratkilometer',
  'km²': 'Quadratkilometer', quadratmeter: 'Quadratmeter', quadratmetern: 'Quadratmeter', 'm²': 'Quadratmeter',
  zentimeter: 'Zentimeter', cm: 'Zentimeter', millimeter: 'Millimeter', mm: 'Millimeter',
  tonnen: 'Tonnen', tonne: 'Tonnen', kilogramm: 'Kilogramm', kilo: 'Kilogramm', kg: 'Kilogramm', gramm: 'Gramm',
  liter: 'Liter', litern: 'Liter', hektar: 'Hektar', grad: 'Grad', '°c': 'Grad', '°': 'Grad',
  stunde: 'Stunden', stunden: 'Stunden', minute: 'Minuten', minuten: 'Minuten', sekunde: 'Sekunden',
  sekunden: 'Sekunden', tag: 'Tage', tage: 'Tage', tagen: 'Tage', woche: 'Wochen', wochen: 'Wochen',
  monat: 'Monate', monate: 'Monate', monaten: 'Monate', jahr: 'Jahre', jahre: 'Jahre', jahren: 'Jahre',
  megawatt: 'Megawatt', gigawatt: 'Gigawatt', kilowatt: 'Kilowatt', kilowattstunden: 'Kilowattstunden',
  mw: 'Megawatt', gw: 'Gigawatt', kw: 'Kilowatt', kwh: 'Kilowattstunden', seemeilen: 'Seemeilen',
  meilen: 'Meilen', barrel: 'Barrel', prozentpunkt: 'Prozentpunkte', cent: 'Cent', ct: 'Cent',
  promille: 'Promille', '‰': 'Promille',
};

/** Key prefix per unit: currencies by ISO code, measures by a short name. */
const UNIT_KEYS: Record<string, string> = {
  Euro: 'eur', Dollar: 'usd', Pfund: 'gbp', Franken: 'chf', Rubel: 'rub', Yen: 'jpy', Yuan: 'cny', Won: 'krw',
  Hrywnja: 'uah', Prozent: 'prozent', Prozentpunkte: 'prozentpunkte', Kilometer: 'km', Meter: 'm',
  Quadratkilometer: 'km2', Quadratmeter: 'm2', Zentimeter: 'cm', Millimeter: 'mm', Tonnen: 't',
  Kilogramm: 'kg',
};

export function unitKey(unit: string): string {
  return UNIT_KEYS[unit] ?? fold(unit);
}

export interface KeyParts {
  unit: string | null;
  /** Lemma of the counted noun, or null. */
  thing: string | null;
  group: string | null;
  /** Event named by an adjective or the clause, or null. */
  event: string | null;
}

/** Builds the quantity key from its parts; '' when there is nothing specific enough to compare. */
export function buildKey({ unit, thing, group, event }: KeyParts): string {
  let concept: string | null = null;
  const countedByEvent = !!thing && !!event && PEOPLE_EVENTS.has(event) && (PEOPLE.has(thing) || thing in NATIONALITY_NOUNS);
  if (thing && !GENERIC.has(thing) && !countedByEvent) {
    const head = thing.includes('-') ? thing.slice(thing.lastIndexOf('-') + 1) : thing;
    concept = conceptOf(thing) ?? conceptOf(head) ?? fold(masculine(thing));
  }
  let out: string;
  if (concept) out = concept;
  // Only events that happen to people stand in for a generic noun; a change of nothing in particular, or
  // money with no owner ("kostet 300 Millionen Euro"), is nothing comparable.
  else if (event && PEOPLE_EVENTS.has(event)) out = event;
  else return '';
  if (group) out += '@' + group;
  if (event && concept && event !== concept) out += '/' + event;
  return unit ? `${unitKey(unit)}:${out}` : out;
}

/** Country slugs known from the nationality table, for "Nordkorea hat 10.000 Soldaten geschickt". */
const COUNTRY_SLUGS = new Set([...Object.values(NATIONALITIES), ...Object.values(COUNTRY_ALIASES)]);

/** The group slug of a country name as written ("Nordkorea", "Russlands", "USA"), or null. */
export function countryGroup(word: string): string | null {
  if (COUNTRY_ALIASES[word]) return COUNTRY_ALIASES[word];
  const f = fold(word);
  if (COUNTRY_SLUGS.has(f)) return f;
  if (f.endsWith('s') && COUNTRY_SLUGS.has(f.slice(0, -1))) return f.slice(0, -1);
  return null;
}
