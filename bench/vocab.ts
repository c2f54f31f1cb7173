// The word material of the synthetic corpus: names, outlets, topics with their facts and sentence templates, all written for this project.

/** An organisation or authority with the article forms German grammar needs after "laut", "nach Angaben", as subject. */
export interface Org {
  /** Nominative with article: "die Polizei". */
  nom: string;
  /** Dative with article: "der Polizei". */
  dat: string;
  /** Genitive with article: "der Polizei". */
  gen: string;
}

/** A quantity reported in a topic; the slot {F} takes the figure phrase ("bis zu 12.000"). */
export interface FactSpec {
  /** What the quantity is, for the generator's own bookkeeping. */
  key: string;
  base: number;
  /** How the number is written: counts, money in euro, percentages, a measure with a unit word. */
  kind: 'count' | 'euro' | 'percent' | 'measure';
  /** Unit word for `measure` facts ("Hektar", "Meter"). */
  unit?: string;
  /** Decimal places allowed when the value is written (percent and measures). */
  decimals?: number;
  /** Main clause with the figure, verb second: "{F} Soldaten sind … stationiert". */
  vf: string[];
  /** The same clause after a fronted adverbial, verb first: "sind {F} Soldaten … stationiert". */
  inv: string[];
  /** A vague paraphrase ("Tausende Soldaten"), used now and then instead of a number. */
  vague?: string;
}

export interface PersonSpec {
  first: string;
  last: string;
  role: string;
  /** How later mentions name the person when it is not the last name ("Kim" for Kim Jong Un). */
  short?: string;
}

export interface TopicSpec {
  id: string;
  weight: number;
  /** First day of the topic's news window (ISO) and its length in days. */
  anchor: string;
  spanDays: number;
  titles: string[];
  places: string[];
  orgs: Org[];
  /** Fixed public figures of the topic; random people from the name pools are added per corpus. */
  people: PersonSpec[];
  /** Roles for the random people of this topic. */
  roles: string[];
  facts: FactSpec[];
  /** Topic sentences; slots: {P} place, {O} org (nom), {Od} org (dat), {Og} org (gen), {N} person. */
  background: string[];
  /** Quotes a person of the topic might give. */
  quotes: string[];
  /** Events that can be dated: "{D}" is the date phrase, placed in the middle (verb-second after the subject). */
  events: string[];
  subheads: string[];
}

export const OUTLETS = [
  'Rheinische Abendpost',
  'Nordkurier Digital',
  'Tagesblatt Mitte',
  'Der Landbote',
  'Hanse-Echo',
  'Alpenländische Rundschau',
  'Berliner Morgenblatt',
  'Westfälischer Anzeiger am Sonntag',
  'Saale-Zeitung',
  'Frankenpost Online',
  'dpa',
  'AFP',
  'Reuters',
  'Donau-Kurier',
  'Ostsee-Rundschau',
  'Magazin Kontext',
];

/** First and last names from several language areas, so the entity recogniser meets more than German names. */
export const FIRST_NAMES_F = [
  'Katrin', 'Sabine', 'Ülkü', 'Agnieszka', 'Olena', 'Swetlana', 'Seo-yeon', 'Amélie', 'Sarah', 'Fatima',
  'Thi Lan', 'Henrike', 'Ute', 'Lea', 'Birgit', 'Giulia', 'Ingrid', 'Zeynep', 'Ayşe', 'Marta', 'Franziska',
];

export const FIRST_NAMES_M = [
  'Jörg', 'Matthias', 'Mehmet', 'Tomasz', 'Dmytro', 'Igor', 'Min-jun', 'Jean-Luc', 'Michael', 'Karim',
  'Minh', 'Bernd', 'Lukas', 'Hannes', 'Jens', 'Marco', 'Lars', 'Piotr', 'Niklas', 'Kwame',
];

export const LAST_NAMES = [
  'Albers', 'Brückner', 'Dietz', 'Engel', 'Fröhlich', 'Grabowski', 'Hartmann', 'Iwanowa', 'Jankowski', 'Kowalenko',
  'Lindqvist', 'Moreau', 'Nguyen', 'Özdemir', 'Petrenko', 'Quast', 'Roth', 'Schulze-Wendt', 'Tanaka', 'Uhlig',
  'Vogt', 'Weißenborn', 'Yılmaz', 'Zimmermann', 'Park', 'Choi', 'Haddad', 'Becker', 'Lehmann', 'Sokolow',
  'Dubois', 'Rossi', 'Kaczmarek', 'Şahin', 'Meier', 'Kraus', 'Bauer', 'Schmitt', 'Hoffmann', 'Wagner',
];

export const GENERIC_ROLES = ['Sprecherin', 'Sprecher', 'Analystin', 'Experte', 'Anwohnerin', 'Anwohner', 'Politikwissenschaftler', 'Ökonomin'];

/** Vague sources: nobody named, so `vague-source` should fire on them. */
export const VAGUE_OPENERS = [
  'Berichten zufolge',
  'Medienberichten zufolge',
  'Nach unbestätigten Berichten',
  'Wie aus gut informierten Kreisen verlautete,',
  'Aus Sicherheitskreisen hieß es, ',
  'Wie es aus Regierungskreisen heißt,',
];

/** Hearsay adverbs: the claim is passed on, not sourced. */
export const HEARSAY_OPENERS = ['Offenbar', 'Angeblich', 'Mutmaßlich', 'Dem Vernehmen nach'];

/** Topic-independent filler so articles reach their length; slots as in TopicSpec.background. */
export const FILLER = [
  'Die Lage bleibt nach Einschätzung von Beobachtern angespannt.',
  'Eine abschließende Bewertung steht noch aus.',
  'Wie es weitergeht, ist derzeit offen.',
  'Kritiker bemängeln seit Langem, dass Entscheidungen zu spät getroffen werden.',
  'In den sozialen Netzwerken wird das Thema kontrovers diskutiert.',
  'Die Opposition fordert eine lückenlose Aufklärung und verlangt eine Sondersitzung.',
  'Vertreter mehrerer Parteien äußerten sich zurückhaltend.',
  'Ob sich die Erwartungen erfüllen, wird sich erst in den kommenden Monaten zeigen.',
  'Der Fall beschäftigt inzwischen auch die Gerichte.',
  'Fachleute raten dazu, die weitere Entwicklung genau zu beobachten.',
  'Auch in {P} verfolgen die Menschen die Debatte mit wachsender Sorge.',
  '{O} kündigte an, sich in Kürze ausführlich zu äußern.',
  'Eine Anfrage unserer Redaktion an {Od} blieb zunächst unbeantwortet.',
  'Ein 54 Jahre alter Mann aus {P} schilderte die Situation als chaotisch.',
  'Die Ermittlungen dauern nach Auskunft {Og} noch an.',
  'Auf der A7 kam es am Rande zu kilometerlangen Staus.',
  'Die Bundesregierung verwies auf laufende Gespräche mit den Ländern.',
  'Die Stimmung unter den Beteiligten gilt als gereizt.',
  'Mehrere Verbände haben ihre Unterstützung zugesagt.',
  'Vieles hängt davon ab, wie schnell die zugesagten Mittel fließen.',
  'Für Paragraf 16 des Gesetzes soll es eine Übergangsfrist geben.',
  'Schon zu Beginn der Woche hatte es erste Warnungen gegeben.',
  'Die Europäische Union beobachtet die Entwicklung aufmerksam.',
  'Weitere Hintergründe liefert [unser Dossier](https://example.org/dossier/{T}).',
  'Beobachter sprechen von einem Wendepunkt, andere halten das für übertrieben.',
  'Die Debatte dürfte den Landtag in {P} noch lange beschäftigen.',
  'Bürgerinnen und Bürger können sich über eine Hotline informieren.',
  'Im Jahr 2019 hatte es eine vergleichbare Situation gegeben.',
  'Ein Sprecher der Stadtverwaltung wollte sich nicht näher äußern.',
  'Dass die Zahlen so stark voneinander abweichen, sorgt für Verwirrung.',
];

export const TOPICS: TopicSpec[] = [
  {
    id: 'truppen',
    weight: 3,
    anchor: '2024-10-14',
    spanDays: 90,
    titles: [
      'Nordkoreanische Truppen an der Front bei {P}',
      'Pjöngjang schickt weitere Soldaten',
      'Wie viele Soldaten hat Kim Jong Un entsandt?',
      'Militärbündnis zwischen Moskau und Pjöngjang vertieft sich',
    ],
    places: ['Kursk', 'Pjöngjang', 'Moskau', 'Seoul', 'Kiew', 'Wladiwostok', 'Brjansk'],
    orgs: [
      { nom: 'der südkoreanische Geheimdienst', dat: 'dem südkoreanischen Geheimdienst', gen: 'des südkoreanischen Geheimdienstes' },
      { nom: 'das Pentagon', dat: 'dem Pentagon', gen: 'des Pentagons' },
      { nom: 'die Nato', dat: 'der Nato', gen: 'der Nato' },
      { nom: 'der ukrainische Militärgeheimdienst', dat: 'dem ukrainischen Militärgeheimdienst', gen: 'des ukrainischen Militärgeheimdienstes' },
      { nom: 'das russische Verteidigungsministerium', dat: 'dem russischen Verteidigungsministerium', gen: 'des russischen Verteidigungsministeriums' },
    ],
    people: [
      { first: 'Kim', last: 'Jong Un', role: 'Machthaber', short: 'Kim' },
      { first: 'Wladimir', last: 'Putin', role: 'Kremlchef' },
      { first: 'Wolodymyr', last: 'Selenskyj', role: 'Präsident' },
      { first: 'Lloyd', last: 'Austin', role: 'US-Verteidigungsminister' },
      { first: 'Mark', last: 'Rutte', role: 'Nato-Generalsekretär' },
    ],
    roles: ['Militärexperte', 'Korea-Forscherin', 'Oberst a. D.', 'Diplomatin'],
    facts: [
      {
        key: 'soldaten',
        base: 10000,
        kind: 'count',
        vf: ['{F} nordkoreanische Soldaten sind inzwischen in Russland stationiert', 'Pjöngjang hat {F} Soldaten in den Westen Russlands verlegt'],
        inv: ['sind inzwischen {F} nordkoreanische Soldaten in Russland stationiert', 'hat Pjöngjang {F} Soldaten in den Westen Russlands verlegt'],
        vague: 'Tausende nordkoreanische Soldaten sollen an der Grenze zur Ukraine eingesetzt werden',
      },
      {
        key: 'verluste',
        base: 3000,
        kind: 'count',
        vf: ['{F} der nordkoreanischen Kämpfer wurden bisher getötet oder verwundet'],
        inv: ['wurden bisher {F} der nordkoreanischen Kämpfer getötet oder verwundet'],
        vague: 'Hunderte Nordkoreaner wurden offenbar bei Gefechten verletzt',
      },
      {
        key: 'granaten',
        base: 5000000,
        kind: 'count',
        vf: ['{F} Artilleriegranaten hat Nordkorea an Russland geliefert'],
        inv: ['hat Nordkorea {F} Artilleriegranaten an Russland geliefert'],
      },
    ],
    background: [
      'Das Abkommen über gegenseitigen Beistand verpflichtet beide Staaten zur militärischen Hilfe.',
      'In {P} wird die Annäherung zwischen den beiden Regimen mit Argwohn verfolgt.',
      '{O} wertet die Verlegung als deutliche Eskalation des Krieges.',
      'Die Truppen sollen zunächst in Ostrussland ausgebildet worden sein.',
      'Für Kim Jong Un bringt die Zusammenarbeit Devisen und militärisches Know-how.',
      'China hält sich mit öffentlichen Äußerungen bislang auffällig zurück.',
    ],
    quotes: [
      'Das ist eine neue Qualität der Zusammenarbeit',
      'Wir beobachten jede Bewegung an der Grenze sehr genau',
      'Die Soldaten sind schlecht auf diesen Krieg vorbereitet',
    ],
    events: [
      'Die ersten Einheiten erreichten {D} die Region {P}.',
      'Das Parlament in Pjöngjang ratifizierte den Vertrag {D}.',
      'Satellitenbilder zeigten {D} neue Lager nahe {P}.',
    ],
    subheads: ['Reaktionen aus Seoul', 'Was über die Einheiten bekannt ist', 'Die Rolle Chinas'],
  },
  {
    id: 'hochwasser',
    weight: 2,
    anchor: '2024-05-27',
    spanDays: 40,
    titles: ['Hochwasser in {P}: Lage bleibt kritisch', 'Pegel steigen weiter', 'Nach der Flut: Aufräumen in {P}'],
    places: ['Regensburg', 'Passau', 'Günzburg', 'Augsburg', 'Ulm', 'Donauwörth'],
    orgs: [
      { nom: 'das Landratsamt', dat: 'dem Landratsamt', gen: 'des Landratsamts' },
      { nom: 'der Hochwassernachrichtendienst', dat: 'dem Hochwassernachrichtendienst', gen: 'des Hochwassernachrichtendienstes' },
      { nom: 'das Technische Hilfswerk', dat: 'dem Technischen Hilfswerk', gen: 'des Technischen Hilfswerks' },
      { nom: 'die Feuerwehr', dat: 'der Feuerwehr', gen: 'der Feuerwehr' },
    ],
    people: [
      { first: 'Markus', last: 'Söder', role: 'Ministerpräsident' },
      { first: 'Gerlinde', last: 'Brandhuber', role: 'Landrätin' },
    ],
    roles: ['Einsatzleiter', 'Bürgermeisterin', 'Hydrologe', 'Anwohnerin'],
    facts: [
      {
        key: 'evakuierte',
        base: 4000,
        kind: 'count',
        vf: ['{F} Menschen mussten ihre Häuser verlassen', '{F} Anwohner wurden in Sicherheit gebracht'],
        inv: ['mussten {F} Menschen ihre Häuser verlassen', 'wurden {F} Anwohner in Sicherheit gebracht'],
        vague: 'Tausende Menschen verbrachten die Nacht in Notunterkünften',
      },
      {
        key: 'schaden',
        base: 250000000,
        kind: 'euro',
        vf: ['Der Schaden wird auf {F} geschätzt'],
        inv: ['wird der Schaden auf {F} geschätzt'],
      },
      {
        key: 'pegel',
        base: 6.8,
        kind: 'measure',
        unit: 'Meter',
        decimals: 1,
        vf: ['Der Pegel der Donau erreichte {F}'],
        inv: ['erreichte der Pegel der Donau {F}'],
      },
      {
        key: 'helfer',
        base: 1200,
        kind: 'count',
        vf: ['{F} Einsatzkräfte sind rund um die Uhr im Einsatz'],
        inv: ['sind {F} Einsatzkräfte rund um die Uhr im Einsatz'],
      },
    ],
    background: [
      'Viele Keller in {P} stehen noch immer unter Wasser.',
      'Die Dämme halten nach Angaben der Behörden bislang stand.',
      '{O} warnte vor dem Betreten der überfluteten Uferwege.',
      'Landwirte rechnen mit erheblichen Ernteausfällen.',
      'Die Bahnstrecke zwischen {P} und Ingolstadt bleibt gesperrt.',
    ],
    quotes: ['So etwas habe ich in vierzig Jahren nicht erlebt', 'Wir lassen niemanden im Stich', 'Das Wasser kam schneller als erwartet'],
    events: [
      'Der Katastrophenfall wurde {D} ausgerufen.',
      'Die Scheitelwelle erreichte {P} {D}.',
      'Die Bundeswehr rückte {D} mit zusätzlichen Kräften an.',
    ],
    subheads: ['Hilfe für Betroffene', 'Die Lage an den Deichen', 'Wer zahlt für die Schäden?'],
  },
  {
    id: 'bahnstreik',
    weight: 2,
    anchor: '2024-01-08',
    spanDays: 60,
    titles: ['Lokführer legen Arbeit nieder', 'Streik bei der Bahn: Was Reisende wissen müssen', 'Tarifstreit ohne Einigung'],
    places: ['Frankfurt am Main', 'Berlin', 'Hamburg', 'Köln', 'Leipzig', 'Hannover'],
    orgs: [
      { nom: 'die Deutsche Bahn', dat: 'der Deutschen Bahn', gen: 'der Deutschen Bahn' },
      { nom: 'die Gewerkschaft GDL', dat: 'der Gewerkschaft GDL', gen: 'der Gewerkschaft GDL' },
      { nom: 'der Fahrgastverband Pro Bahn', dat: 'dem Fahrgastverband Pro Bahn', gen: 'des Fahrgastverbands Pro Bahn' },
    ],
    people: [
      { first: 'Claus', last: 'Weselsky', role: 'GDL-Chef' },
      { first: 'Martin', last: 'Seiler', role: 'Bahn-Personalvorstand' },
    ],
    roles: ['Pendlerin', 'Verkehrsforscher', 'Tarifexpertin', 'Reisender'],
    facts: [
      {
        key: 'ausfall',
        base: 80,
        kind: 'percent',
        vf: ['{F} der Fernzüge fallen während des Ausstands aus'],
        inv: ['fallen während des Ausstands {F} der Fernzüge aus'],
      },
      {
        key: 'stunden',
        base: 50,
        kind: 'measure',
        unit: 'Stunden',
        vf: ['Der Ausstand soll {F} dauern'],
        inv: ['soll der Ausstand {F} dauern'],
      },
      {
        key: 'fahrgaeste',
        base: 2000000,
        kind: 'count',
        vf: ['{F} Fahrgäste sind täglich von dem Streik betroffen'],
        inv: ['sind täglich {F} Fahrgäste von dem Streik betroffen'],
        vague: 'Hunderttausende Pendler mussten auf andere Verkehrsmittel ausweichen',
      },
      {
        key: 'forderung',
        base: 555,
        kind: 'euro',
        vf: ['Die Gewerkschaft verlangt {F} mehr im Monat'],
        inv: ['verlangt die Gewerkschaft {F} mehr im Monat'],
      },
    ],
    background: [
      'Ein Notfahrplan soll ein Grundangebot im Fernverkehr sichern.',
      'Auch der Güterverkehr ist von dem Arbeitskampf betroffen.',
      '{O} rief Reisende auf, nicht notwendige Fahrten zu verschieben.',
      'Am Hauptbahnhof {P} blieben die Anzeigetafeln weitgehend leer.',
      'Zentraler Streitpunkt ist die Arbeitszeit im Schichtdienst.',
    ],
    quotes: ['Die Geduld unserer Mitglieder ist aufgebraucht', 'Dieser Streik ist völlig unverhältnismäßig', 'Ich komme heute nicht zur Arbeit'],
    events: [
      'Die Schlichtung war {D} gescheitert.',
      'Die Gewerkschaft kündigte den Ausstand {D} an.',
      'Die Verhandlungen sollen {D} fortgesetzt werden.',
    ],
    subheads: ['Was Fahrgäste jetzt tun können', 'Der Stand der Verhandlungen', 'Folgen für die Wirtschaft'],
  },
  {
    id: 'haushalt',
    weight: 2,
    anchor: '2024-06-20',
    spanDays: 70,
    titles: ['Milliardenloch im Haushalt', 'Koalition ringt um den Etat', 'Sparliste sorgt für Streit'],
    places: ['Berlin', 'Bonn', 'Brüssel', 'Karlsruhe'],
    orgs: [
      { nom: 'das Finanzministerium', dat: 'dem Finanzministerium', gen: 'des Finanzministeriums' },
      { nom: 'der Bundesrechnungshof', dat: 'dem Bundesrechnungshof', gen: 'des Bundesrechnungshofs' },
      { nom: 'das Institut für Weltwirtschaft', dat: 'dem Institut für Weltwirtschaft', gen: 'des Instituts für Weltwirtschaft' },
    ],
    people: [
      { first: 'Christian', last: 'Lindner', role: 'Finanzminister' },
      { first: 'Olaf', last: 'Scholz', role: 'Bundeskanzler' },
      { first: 'Annalena', last: 'Baerbock', role: 'Außenministerin' },
    ],
    roles: ['Haushaltspolitikerin', 'Ökonom', 'Steuerberaterin', 'Fraktionsvize'],
    facts: [
      {
        key: 'luecke',
        base: 17000000000,
        kind: 'euro',
        vf: ['Im Etat für das kommende Jahr fehlen {F}'],
        inv: ['fehlen im Etat für das kommende Jahr {F}'],
      },
      {
        key: 'verteidigung',
        base: 52000000000,
        kind: 'euro',
        vf: ['Für Verteidigung sind {F} vorgesehen'],
        inv: ['sind für Verteidigung {F} vorgesehen'],
      },
      {
        key: 'investitionsquote',
        base: 10.5,
        kind: 'percent',
        decimals: 1,
        vf: ['Die Investitionsquote liegt bei {F}'],
        inv: ['liegt die Investitionsquote bei {F}'],
      },
    ],
    background: [
      'Die Schuldenbremse lässt nur wenig Spielraum.',
      '{O} mahnte zu mehr Ausgabendisziplin.',
      'Mehrere Ressorts müssen ihre Ausgaben deutlich kürzen.',
      'Über eine Notlage wird in {P} seit Wochen gestritten.',
      'Sozialverbände warnen vor Einschnitten bei der Grundsicherung.',
    ],
    quotes: ['Wir werden jeden Posten prüfen', 'Ohne Reformen wird es nicht gehen', 'Das ist ein solider Haushalt'],
    events: [
      'Das Kabinett will den Entwurf {D} beschließen.',
      'Die Spitzen der Koalition trafen sich {D} im Kanzleramt.',
      'Der Haushaltsausschuss tagte {D} bis in die Nacht.',
    ],
    subheads: ['Wo gespart werden soll', 'Kritik der Opposition', 'Der Zeitplan'],
  },
  {
    id: 'waldbrand',
    weight: 1,
    anchor: '2024-07-22',
    spanDays: 30,
    titles: ['Waldbrand bei {P} weitet sich aus', 'Feuerwehr kämpft gegen die Flammen', 'Glutnester flammen wieder auf'],
    places: ['Treuenbrietzen', 'Jüterbog', 'Gohrischheide', 'Brandenburg an der Havel'],
    orgs: [
      { nom: 'der Landkreis Potsdam-Mittelmark', dat: 'dem Landkreis Potsdam-Mittelmark', gen: 'des Landkreises Potsdam-Mittelmark' },
      { nom: 'die Feuerwehr', dat: 'der Feuerwehr', gen: 'der Feuerwehr' },
      { nom: 'der Deutsche Wetterdienst', dat: 'dem Deutschen Wetterdienst', gen: 'des Deutschen Wetterdienstes' },
    ],
    people: [{ first: 'Dietmar', last: 'Woidke', role: 'Ministerpräsident' }],
    roles: ['Kreisbrandmeister', 'Waldbrandschutzbeauftragter', 'Försterin', 'Anwohner'],
    facts: [
      {
        key: 'flaeche',
        base: 800,
        kind: 'measure',
        unit: 'Hektar',
        vf: ['Das Feuer hat sich auf {F} ausgebreitet'],
        inv: ['hat sich das Feuer auf {F} ausgebreitet'],
      },
      {
        key: 'feuerwehrleute',
        base: 350,
        kind: 'count',
        vf: ['{F} Feuerwehrleute kämpfen gegen die Flammen'],
        inv: ['kämpfen {F} Feuerwehrleute gegen die Flammen'],
        vague: 'Dutzende Feuerwehrleute aus Nachbarkreisen rückten an',
      },
      {
        key: 'evakuierte',
        base: 1500,
        kind: 'count',
        vf: ['{F} Bewohner umliegender Dörfer mussten ihre Häuser räumen'],
        inv: ['mussten {F} Bewohner umliegender Dörfer ihre Häuser räumen'],
      },
    ],
    background: [
      'Munitionsreste im Boden erschweren die Löscharbeiten.',
      'Löschflugzeuge können wegen des Rauchs nur eingeschränkt fliegen.',
      '{O} rechnet nicht mit Regen vor dem Wochenende.',
      'Die Bundesstraße bei {P} ist voll gesperrt.',
    ],
    quotes: ['Der Wind macht uns schwer zu schaffen', 'Wir haben die Lage noch nicht unter Kontrolle', 'Die Feuerwehr hat Unglaubliches geleistet'],
    events: ['Das Feuer brach {D} aus.', 'Der Landkreis rief {D} den Katastrophenalarm aus.', 'Die Evakuierung wurde {D} aufgehoben.'],
    subheads: ['Gefahr durch Altmunition', 'Die Wetteraussichten'],
  },
  {
    id: 'demo',
    weight: 2,
    anchor: '2024-01-13',
    spanDays: 50,
    titles: ['Zehntausende demonstrieren in {P}', 'Großdemonstration gegen Rechtsextremismus', 'Protest auf den Straßen von {P}'],
    places: ['München', 'Hamburg', 'Berlin', 'Köln', 'Dresden', 'Stuttgart'],
    orgs: [
      { nom: 'die Polizei', dat: 'der Polizei', gen: 'der Polizei' },
      { nom: 'das Bündnis „Laut gegen Hass“', dat: 'dem Bündnis „Laut gegen Hass“', gen: 'des Bündnisses „Laut gegen Hass“' },
      { nom: 'die Versammlungsbehörde', dat: 'der Versammlungsbehörde', gen: 'der Versammlungsbehörde' },
    ],
    people: [{ first: 'Frank-Walter', last: 'Steinmeier', role: 'Bundespräsident' }],
    roles: ['Polizeisprecher', 'Organisatorin', 'Teilnehmerin', 'Protestforscher'],
    facts: [
      {
        key: 'teilnehmer',
        base: 25000,
        kind: 'count',
        vf: ['{F} Menschen beteiligten sich an der Kundgebung', '{F} Demonstrierende zogen durch die Innenstadt'],
        inv: ['beteiligten sich {F} Menschen an der Kundgebung', 'zogen {F} Demonstrierende durch die Innenstadt'],
        vague: 'Zehntausende Menschen füllten die Plätze der Innenstadt',
      },
      {
        key: 'festnahmen',
        base: 40,
        kind: 'count',
        vf: ['{F} Personen wurden vorübergehend festgenommen'],
        inv: ['wurden {F} Personen vorübergehend festgenommen'],
      },
    ],
    background: [
      'Der Protest blieb nach ersten Erkenntnissen weitgehend friedlich.',
      'Wegen des Andrangs musste die Kundgebung in {P} vorzeitig beendet werden.',
      '{O} hatte mit deutlich weniger Menschen gerechnet.',
      'Auf Plakaten forderten viele ein entschlossenes Vorgehen gegen Hetze.',
    ],
    quotes: ['Wir sind mehr, und das haben wir heute gezeigt', 'Die Stimmung war friedlich und entschlossen', 'Das war ein starkes Zeichen'],
    events: ['Die Kundgebung begann {D} am Rathausplatz.', 'Schon {D} hatten sich erste Gruppen versammelt.', 'Eine weitere Demonstration ist {D} geplant.'],
    subheads: ['Unterschiedliche Zahlen', 'Reaktionen aus der Politik'],
  },
  {
    id: 'grippe',
    weight: 1,
    anchor: '2024-12-02',
    spanDays: 60,
    titles: ['Grippewelle belastet Kliniken', 'Volle Wartezimmer in {P}', 'Infektionen nehmen zu'],
    places: ['Nürnberg', 'Bremen', 'Essen', 'Dortmund', 'Kiel'],
    orgs: [
      { nom: 'das Robert Koch-Institut', dat: 'dem Robert Koch-Institut', gen: 'des Robert Koch-Instituts' },
      { nom: 'die Deutsche Krankenhausgesellschaft', dat: 'der Deutschen Krankenhausgesellschaft', gen: 'der Deutschen Krankenhausgesellschaft' },
      { nom: 'die Kassenärztliche Vereinigung', dat: 'der Kassenärztlichen Vereinigung', gen: 'der Kassenärztlichen Vereinigung' },
    ],
    people: [{ first: 'Karl', last: 'Lauterbach', role: 'Gesundheitsminister' }],
    roles: ['Chefärztin', 'Virologe', 'Hausärztin', 'Pflegedienstleiter'],
    facts: [
      {
        key: 'patienten',
        base: 1800,
        kind: 'count',
        vf: ['{F} Patienten mit Atemwegsinfekten werden derzeit stationär behandelt'],
        inv: ['werden derzeit {F} Patienten mit Atemwegsinfekten stationär behandelt'],
      },
      {
        key: 'krankenstand',
        base: 6.2,
        kind: 'percent',
        decimals: 1,
        vf: ['Der Krankenstand erreichte {F}'],
        inv: ['erreichte der Krankenstand {F}'],
      },
    ],
    background: [
      'Viele Praxen in {P} nehmen keine neuen Patienten mehr auf.',
      '{O} empfiehlt Risikogruppen eine Impfung.',
      'Planbare Operationen werden vielerorts verschoben.',
    ],
    quotes: ['Unsere Stationen sind voll', 'Eine Impfung lohnt sich auch jetzt noch', 'Das Personal ist am Limit'],
    events: ['Der Höhepunkt der Welle wird {D} erwartet.', 'Die Zahl der Meldungen stieg {D} sprunghaft an.'],
    subheads: ['Engpässe in den Kliniken', 'Was Ärzte raten'],
  },
  {
    id: 'flughafen',
    weight: 1,
    anchor: '2024-07-01',
    spanDays: 60,
    titles: ['Chaos zum Ferienbeginn am Flughafen', 'Lange Schlangen an den Sicherheitskontrollen', 'Luftverkehr erholt sich'],
    places: ['Frankfurt am Main', 'Düsseldorf', 'München', 'Hamburg'],
    orgs: [
      { nom: 'die Flughafengesellschaft', dat: 'der Flughafengesellschaft', gen: 'der Flughafengesellschaft' },
      { nom: 'die Lufthansa', dat: 'der Lufthansa', gen: 'der Lufthansa' },
      { nom: 'die Deutsche Flugsicherung', dat: 'der Deutschen Flugsicherung', gen: 'der Deutschen Flugsicherung' },
    ],
    people: [{ first: 'Carsten', last: 'Spohr', role: 'Lufthansa-Chef' }],
    roles: ['Flughafensprecherin', 'Urlauber', 'Luftfahrtexperte', 'Reiseberaterin'],
    facts: [
      {
        key: 'passagiere',
        base: 1200000,
        kind: 'count',
        vf: ['{F} Passagiere werden an den ersten Ferientagen erwartet'],
        inv: ['werden an den ersten Ferientagen {F} Passagiere erwartet'],
      },
      {
        key: 'annullierungen',
        base: 300,
        kind: 'count',
        vf: ['{F} Flüge wurden gestrichen'],
        inv: ['wurden {F} Flüge gestrichen'],
        vague: 'Dutzende Flüge starteten mit erheblicher Verspätung',
      },
    ],
    background: [
      'Reisende sollten mindestens drei Stunden vor Abflug am Terminal sein.',
      '{O} verwies auf fehlendes Personal bei den Kontrollen.',
      'Am Flughafen {P} bildeten sich Schlangen bis vor das Terminal.',
    ],
    quotes: ['Wir haben vier Stunden gewartet', 'Wir tun alles, um die Wartezeiten zu verkürzen', 'Der Sommer wird anstrengend'],
    events: ['Der Ferienverkehr beginnt {D}.', 'Ein Warnstreik legte den Betrieb {D} lahm.'],
    subheads: ['Tipps für Reisende', 'Personalmangel als Ursache'],
  },
  {
    id: 'wohnungsbau',
    weight: 1,
    anchor: '2024-03-04',
    spanDays: 90,
    titles: ['Wohnungsbau bricht ein', 'Mieten steigen weiter', 'Bauministerin will Verfahren beschleunigen'],
    places: ['Berlin', 'München', 'Frankfurt am Main', 'Leipzig'],
    orgs: [
      { nom: 'das Statistische Bundesamt', dat: 'dem Statistischen Bundesamt', gen: 'des Statistischen Bundesamts' },
      { nom: 'der Mieterbund', dat: 'dem Mieterbund', gen: 'des Mieterbunds' },
      { nom: 'der Zentralverband des Deutschen Baugewerbes', dat: 'dem Zentralverband des Deutschen Baugewerbes', gen: 'des Zentralverbands des Deutschen Baugewerbes' },
    ],
    people: [{ first: 'Klara', last: 'Geywitz', role: 'Bauministerin' }],
    roles: ['Immobilienökonom', 'Mieterin', 'Bauunternehmer', 'Stadtplanerin'],
    facts: [
      {
        key: 'fertigstellungen',
        base: 294000,
        kind: 'count',
        vf: ['{F} Wohnungen wurden im vergangenen Jahr fertiggestellt'],
        inv: ['wurden im vergangenen Jahr {F} Wohnungen fertiggestellt'],
      },
      {
        key: 'mietanstieg',
        base: 6,
        kind: 'percent',
        decimals: 1,
        vf: ['Die Angebotsmieten stiegen um {F}'],
        inv: ['stiegen die Angebotsmieten um {F}'],
      },
    ],
    background: [
      'Hohe Zinsen und teure Baustoffe bremsen viele Projekte aus.',
      '{O} fordert mehr Förderung für den sozialen Wohnungsbau.',
      'In {P} kommen auf eine freie Wohnung oft Hunderte Bewerbungen.',
    ],
    quotes: ['Wir bauen zu wenig und zu teuer', 'Die Mietpreisbremse muss verlängert werden', 'Ohne Förderung rechnet sich kein Projekt'],
    events: ['Die neuen Zahlen wurden {D} veröffentlicht.', 'Der Wohnungsgipfel findet {D} statt.'],
    subheads: ['Warum kaum gebaut wird', 'Was die Regierung plant'],
  },
  {
    id: 'energie',
    weight: 1,
    anchor: '2024-09-16',
    spanDays: 60,
    titles: ['Strompreise sinken leicht', 'Gasspeicher gut gefüllt', 'Verbraucher warten auf Entlastung'],
    places: ['Düsseldorf', 'Essen', 'Bonn', 'Mannheim'],
    orgs: [
      { nom: 'die Bundesnetzagentur', dat: 'der Bundesnetzagentur', gen: 'der Bundesnetzagentur' },
      { nom: 'das Vergleichsportal Verivox', dat: 'dem Vergleichsportal Verivox', gen: 'des Vergleichsportals Verivox' },
      { nom: 'die Verbraucherzentrale', dat: 'der Verbraucherzentrale', gen: 'der Verbraucherzentrale' },
    ],
    people: [{ first: 'Klaus', last: 'Müller', role: 'Netzagentur-Präsident' }, { first: 'Robert', last: 'Habeck', role: 'Wirtschaftsminister' }],
    roles: ['Energieexpertin', 'Stadtwerke-Chef', 'Verbraucherschützerin'],
    facts: [
      {
        key: 'strompreis',
        base: 40,
        kind: 'measure',
        unit: 'Cent pro Kilowattstunde',
        vf: ['Neukunden zahlen im Schnitt {F}'],
        inv: ['zahlen Neukunden im Schnitt {F}'],
      },
      {
        key: 'speicher',
        base: 92,
        kind: 'percent',
        vf: ['Die Gasspeicher sind zu {F} gefüllt'],
        inv: ['sind die Gasspeicher zu {F} gefüllt'],
      },
    ],
    background: [
      'Ein Anbieterwechsel kann sich nach Ansicht von Fachleuten lohnen.',
      '{O} rät, Abschläge regelmäßig zu prüfen.',
      'Die Netzentgelte steigen in vielen Regionen zum Jahreswechsel.',
    ],
    quotes: ['Die Versorgung ist gesichert', 'Die Preise müssen schneller weitergegeben werden', 'Viele Haushalte zahlen noch zu viel'],
    events: ['Die neuen Tarife gelten {D}.', 'Die Behörde legte ihren Bericht {D} vor.'],
    subheads: ['Was Haushalte zahlen', 'Ausblick auf den Winter'],
  },
];
