// Hand-written German word lists for entity recognition: roles in front of names, organisation heads,
// places missing from the generated gazetteer, and well-known acronyms with their full names.

/** Words that introduce a person's name ("Bundeskanzler Olaf Scholz", "Frau Albrecht"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  (
    'Herr Herrn Frau Dr. Prof. Professor Professorin Kanzler Kanzlerin Bundeskanzler Bundeskanzlerin ' +
    'Präsident Präsidentin Präsidenten Staatschef Staatschefin Regierungschef Regierungschefin Ministerpräsident ' +
    'Ministerpräsidentin Minister Ministerin Ministers Bundesminister Bundesministerin Außenminister Außenministerin ' +
    'Verteidigungsminister Verteidigungsministerin Innenminister Innenministerin Finanzminister Finanzministerin ' +
    'Wirtschaftsminister Wirtschaftsministerin Gesundheitsminister Gesundheitsministerin Justizminister Justizministerin ' +
    'Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin Landrat Landrätin Staatssekretär Staatssekretärin ' +
    'Sprecher Sprecherin Pressesprecher Pressesprecherin Regierungssprecher Regierungssprecherin Kremlsprecher Kremlchef ' +
    'Parteichef Parteichefin Vorsitzende Vorsitzender Vorsitzenden Chef Chefin Generalsekretär Generalsekretärin ' +
    'Abgeordnete Abgeordneter Abgeordneten General Generalin Generalleutnant Generalmajor Oberst Admiral Kommandeur ' +
    'Diktator Machthaber Autokrat König Königin Prinz Prinzessin Papst Kardinal Bischof Bischöfin Pfarrer Pfarrerin ' +
    'Trainer Trainerin Stürmer Torwart Kapitän Senator Senatorin Gouverneur Gouverneurin Botschafter Botschafterin ' +
    'Richter Richterin Staatsanwalt Staatsanwältin Anwalt Anwältin Polizeisprecher Polizeisprecherin Polizeichef ' +
    'Polizeipräsident Polizeipräsidentin Geschäftsführer Geschäftsführerin Vorstandschef Vorstandschefin Konzernchef ' +
    'Firmenchef Gründer Gründerin Direktor Direktorin Intendant Intendantin Autor Autorin Reporter Reporterin ' +
    'Korrespondent Korrespondentin Experte Expertin Analyst Analystin Ökonom Ökonomin Historiker Historikerin ' +
    'Politologe Politologin Sänger Sängerin Schauspieler Schauspielerin Regisseur Regisseurin Kommissar Kommissarin ' +
    'Premierminister Premierministerin Premier Vizekanzler Vizekanzlerin Bundespräsident Bundespräsidentin ' +
    'Landesvorsitzende Fraktionschef Fraktionschefin Oppositionsführer Oppositionsführerin Spitzenkandidat Spitzenkandidatin ' +
    'Kandidat Kandidatin Ex-Präsident Ex-Kanzler Ex-Kanzlerin Amtskollege Amtskollegin Sprecherin Bundestagspräsidentin ' +
    'Bundestagspräsident Oberst Major Hauptmann Leutnant Feldwebel Sergeant Soldat Kommandant'
  ).split(/\s+/),
);

/** Endings of role compounds ("GDL-Chef", "Kreml-Sprecher", "Nato-Generalsekretär"). */
export const ROLE_ENDINGS = [
  'chef', 'chefin', 'sprecher', 'sprecherin', 'präsident', 'präsidentin', 'minister', 'ministerin', 'kanzler',
  'kanzlerin', 'vorsitzende', 'vorsitzender', 'sekretär', 'sekretärin', 'meister', 'meisterin', 'führer', 'führerin',
  'direktor', 'direktorin', 'kommandeur', 'botschafter', 'botschafterin', 'kandidat', 'kandidatin', 'experte',
  'expertin', 'berater', 'beraterin', 'anwalt', 'anwältin', 'general', 'trainer', 'trainerin',
];

/** Last words of organisation names ("Deutsche Bahn", "Sozialdemokratische Partei", "Technisches Hilfswerk"). */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  (
    'GmbH AG KG OHG SE e.V. eV Co. Inc. Ltd. Holding Gruppe Konzern Bank Partei Ministerium Bundesministerium ' +
    'Universität Hochschule Institut Stiftung Verband Verein Gewerkschaft Bahn Kommission Rat Agentur Behörde Amt ' +
    'Polizei Polizeipräsidium Bundeswehr Armee Streitkräfte Regierung Parlament Bundestag Bundesrat Gericht ' +
    'Bundesverfassungsgericht Landgericht Amtsgericht Oberlandesgericht Staatsanwaltschaft Klinikum Krankenhaus ' +
    'Zeitung Rundschau Allgemeine Zeitung Tagesspiegel Spiegel Welt Zeit Post Times Journal News Hilfswerk ' +
    'Feuerwehr Union Liga Bund Akademie Museum Theater Werke Motors Airlines Airways Group Foundation Council ' +
    'Organisation Organization Nations'
  ).split(/\s+/),
);

/** Endings of one-word organisation names ("Polizeipräsidium", "Landesverband", "Bundesamt"). */
export const ORG_ENDINGS = [
  'ministerium', 'verband', 'partei', 'bank', 'gewerkschaft', 'präsidium', 'behörde', 'kommission', 'stiftung',
  'institut', 'universität', 'hochschule', 'gericht', 'konzern', 'gesellschaft', 'agentur', 'amt', 'werke',
];

/** Places missing from the generated lists, as German news spell them ("_" joins the words of one name). */
export const PLACES: ReadonlySet<string> = new Set(
  (
    'Europa Asien Afrika Amerika Nordamerika Südamerika Lateinamerika Ozeanien Arktis Nahost Osteuropa Westeuropa ' +
    'Nordkorea Südkorea Pjöngjang Seoul Moskau Kiew Kyjiw Charkiw Odessa Cherson Saporischschja Donezk Luhansk ' +
    'Mariupol Bachmut Awdijiwka Krim Kursk Belgorod Brjansk Sankt_Petersburg Wladiwostok Sibirien Minsk Warschau ' +
    'Krakau Prag Wien Budapest Bukarest Sofia Belgrad Zagreb Rom Mailand Neapel Paris Marseille Lyon Madrid Barcelona ' +
    'Lissabon London Dublin Edinburgh Brüssel Amsterdam Den_Haag Luxemburg Bern Zürich Genf Basel Stockholm Oslo ' +
    'Kopenhagen Helsinki Reykjavik Athen Ankara Istanbul Kairo Teheran Bagdad Damaskus Beirut Jerusalem Tel_Aviv ' +
    'Gaza Gazastreifen Westjordanland Riad Dubai Doha Kabul Islamabad Neu-Delhi Delhi Mumbai Peking Schanghai ' +
    'Shanghai Hongkong Taipeh Tokio Osaka Manila Jakarta Bangkok Hanoi Canberra Sydney Washington New_York Chicago ' +
    'Los_Angeles San_Francisco Boston Miami Texas Kalifornien Florida Ottawa Toronto Mexiko-Stadt Brasília Rio ' +
    'Buenos_Aires Santiago Lima Bogotá Caracas Havanna Nairobi Lagos Johannesburg Kapstadt Addis_Abeba Khartum ' +
    'Tripolis Tunis Algier Rabat Bayern Sachsen Thüringen Hessen Brandenburg Niedersachsen Baden-Württemberg ' +
    'Nordrhein-Westfalen Rheinland-Pfalz Saarland Schleswig-Holstein Mecklenburg-Vorpommern Sachsen-Anhalt Berlin ' +
    'Hamburg Bremen München Köln Frankfurt Stuttgart Düsseldorf Dresden Leipzig Hannover Nürnberg Passau Regensburg ' +
    'Niederbayern Oberbayern Franken Schwaben Ruhrgebiet Donau Elbe Oder Main Alpen Ostsee Nordsee Mittelmeer ' +
    'Pazifik Atlantik Schwarzmeer Ostukraine Westukraine Donbass Donbas Sudan Darfur Sahel Kaukasus Tschetschenien ' +
    'Dagestan Tibet Xinjiang Kaschmir Taiwan Kosovo Bosnien Balkan Skandinavien Baltikum Ukraine Russland Deutschland ' +
    'Lothringen Bretagne Normandie Provence Katalonien Andalusien Baskenland Flandern Wallonien Schottland Wales ' +
    'Nordirland England Sizilien Sardinien Korsika Kreta Mallorca Teneriffa Lampedusa Toskana Lombardei Tirol Südtirol ' +
    'Kärnten Steiermark Vorarlberg Salzburg Innsbruck Graz Linz Kundus Masar-i-Scharif Herat Mossul ' +
    'Aleppo Idlib Homs Rafah Chan_Junis Dschenin Hebron Ramallah Haifa Eilat Sderot Golan Golanhöhen Sinai ' +
    'Südossetien Transnistrien Bergkarabach Krim Sewastopol Jalta Simferopol Kertsch Nowosibirsk Jekaterinburg Kasan ' +
    'Wolgograd Rostow Krasnodar Murmansk Kaliningrad Königsberg Irkutsk Jakutsk Chabarowsk Ussurijsk Tschukotka ' +
    'Kamtschatka Kuril Mandschurei Dandong Shenyang Wuhan Shenzhen Kanton Macau Busan Incheon Panmunjom Kaesong ' +
    'Hamhung Wonsan Sinuiju Nampo Yongbyon Punggye-ri Sahara Amazonas Himalaya Anden ' +
    'Rocky_Mountains Manhattan Brooklyn Kreuzberg Neukölln Schwabing Altona ' +
    'Sauerland Emsland Rheinland Vogtland Allgäu Eifel Harz Schwarzwald Erzgebirge Lausitz Uckermark Oberpfalz ' +
    'Unterfranken Mittelfranken Oberfranken Pfalz Hunsrück Westerwald Odenwald Spessart Rhön Bodensee Chiemsee ' +
    'Tegernsee Müritz Sylt Rügen Usedom Helgoland Föhr Norderney Deggendorf Straubing Landshut ' +
    'Ingolstadt Rosenheim Kempten Memmingen Lindau Friedrichshafen Tübingen Reutlingen Heilbronn Pforzheim Karlsruhe ' +
    'Mannheim Heidelberg Ludwigshafen Kaiserslautern Trier Koblenz Saarbrücken Gießen Marburg Kassel Fulda Göttingen ' +
    'Hildesheim Braunschweig Wolfsburg Salzgitter Celle Lüneburg Stade Cuxhaven Wilhelmshaven Emden Flensburg ' +
    'Schwerin Stralsund Greifswald Neubrandenburg Magdeburg Halberstadt Wittenberg Weimar Gotha Eisenach Suhl ' +
    'Zwickau Plauen Bautzen Hoyerswerda Frankfurt/Oder Eberswalde Oranienburg Pjöngjang Wladiwostok ' +
    'Frankreich China Japan Indien Iran Irak Israel Syrien Libanon Jemen Türkei Polen Österreich Schweiz USA UK EU'
  ).split(/\s+/),
);

/** Acronyms with their full names, so "DB" and "Deutsche Bahn" share one id. Lower-case keys match case variants. */
export const ACRONYMS: Record<string, { name: string; type: 'ORG' | 'LOC' }> = {
  THW: { name: 'Technisches Hilfswerk', type: 'ORG' },
  DB: { name: 'Deutsche Bahn', type: 'ORG' },
  GDL: { name: 'Gewerkschaft Deutscher Lokomotivführer', type: 'ORG' },
  EU: { name: 'Europäische Union', type: 'ORG' },
  UN: { name: 'Vereinte Nationen', type: 'ORG' },
  UNO: { name: 'Vereinte Nationen', type: 'ORG' },
  NATO: { name: 'Nato', type: 'ORG' },
  BND: { name: 'Bundesnachrichtendienst', type: 'ORG' },
  BKA: { name: 'Bundeskriminalamt', type: 'ORG' },
  LKA: { name: 'Landeskriminalamt', type: 'ORG' },
  SPD: { name: 'Sozialdemokratische Partei Deutschlands', type: 'ORG' },
  CDU: { name: 'Christlich Demokratische Union', type: 'ORG' },
  CSU: { name: 'Christlich-Soziale Union', type: 'ORG' },
  AFD: { name: 'Alternative für Deutschland', type: 'ORG' },
  FDP: { name: 'Freie Demokratische Partei', type: 'ORG' },
  BSW: { name: 'Bündnis Sahra Wagenknecht', type: 'ORG' },
  ARD: { name: 'ARD', type: 'ORG' },
  ZDF: { name: 'Zweites Deutsches Fernsehen', type: 'ORG' },
  DPA: { name: 'Deutsche Presse-Agentur', type: 'ORG' },
  AFP: { name: 'Agence France-Presse', type: 'ORG' },
  AP: { name: 'Associated Press', type: 'ORG' },
  WHO: { name: 'Weltgesundheitsorganisation', type: 'ORG' },
  IWF: { name: 'Internationaler Währungsfonds', type: 'ORG' },
  EZB: { name: 'Europäische Zentralbank', type: 'ORG' },
  DFB: { name: 'Deutscher Fußball-Bund', type: 'ORG' },
  DGB: { name: 'Deutscher Gewerkschaftsbund', type: 'ORG' },
  ADAC: { name: 'Allgemeiner Deutscher Automobil-Club', type: 'ORG' },
  BSI: { name: 'Bundesamt für Sicherheit in der Informationstechnik', type: 'ORG' },
  BAMF: { name: 'Bundesamt für Migration und Flüchtlinge', type: 'ORG' },
  OSZE: { name: 'Organisation für Sicherheit und Zusammenarbeit in Europa', type: 'ORG' },
  IAEA: { name: 'Internationale Atomenergiebehörde', type: 'ORG' },
  FBI: { name: 'FBI', type: 'ORG' },
  CIA: { name: 'CIA', type: 'ORG' },
  KCNA: { name: 'KCNA', type: 'ORG' },
  'F.A.Z.': { name: 'Frankfurter Allgemeine Zeitung', type: 'ORG' },
  FAZ: { name: 'Frankfurter Allgemeine Zeitung', type: 'ORG' },
  SZ: { name: 'Süddeutsche Zeitung', type: 'ORG' },
  USA: { name: 'Vereinigte Staaten', type: 'LOC' },
  US: { name: 'Vereinigte Staaten', type: 'LOC' },
  UK: { name: 'Vereinigtes Königreich', type: 'LOC' },
  NRW: { name: 'Nordrhein-Westfalen', type: 'LOC' },
  BVB: { name: 'Borussia Dortmund', type: 'ORG' },
  KI: { name: 'KI', type: 'ORG' },
};

/** Known organisations spelled out (one or more words), so the rules find them without the model. */
export const ORGS: readonly string[] = [
  'Deutsche Bahn', 'Bundeswehr', 'Bundesregierung', 'Bundestag', 'Bundesrat', 'Technisches Hilfswerk', 'Nato',
  'Europäische Union', 'Vereinte Nationen', 'Kreml', 'Weißes Haus', 'Pentagon', 'Tagesspiegel', 'Spiegel',
  'Der Spiegel', 'Frankfurter Allgemeine Zeitung', 'Süddeutsche Zeitung', 'Die Zeit', 'Die Welt', 'Bild', 'Reuters',
  'Bloomberg', 'Yonhap', 'Tass', 'Interfax', 'Ria Nowosti', 'Deutsche Presse-Agentur', 'Siemens', 'Volkswagen',
  'BMW', 'Mercedes-Benz', 'Lufthansa', 'Telekom', 'Deutsche Telekom', 'Deutsche Bank', 'Commerzbank', 'Bayer',
  'BASF', 'Allianz', 'SAP', 'Google', 'Apple', 'Microsoft', 'Amazon', 'Meta', 'Tesla', 'Greenpeace', 'Amnesty International',
  'Rotes Kreuz', 'Bundesverfassungsgericht', 'Bundesnachrichtendienst', 'Bundeskriminalamt', 'Grüne', 'Grünen',
  'Linke', 'Linken', 'Verdi', 'IG Metall', 'Europäische Kommission', 'EU-Kommission', 'Europäisches Parlament',
  'Bundesagentur für Arbeit', 'Hamas', 'Hisbollah', 'Taliban', 'Wagner-Gruppe', 'Gazprom', 'Rosneft',
  // Companies and brands that news text names without any cue.
  'Instagram', 'WhatsApp', 'TikTok', 'YouTube', 'Twitter', 'Samsung', 'Sony',
  'Huawei', 'Xiaomi', 'Alibaba', 'Netflix', 'Spotify', 'Uber', 'Intel', 'Nvidia', 'IBM', 'Oracle', 'OpenAI', 'Porsche',
  'Audi', 'Opel', 'Ford', 'Toyota', 'Renault', 'Peugeot', 'Fiat', 'Stellantis', 'Daimler', 'Continental', 'Bosch',
  'Thyssenkrupp', 'Infineon', 'Henkel', 'Beiersdorf', 'Adidas', 'Puma', 'Aldi', 'Lidl', 'Edeka', 'Rewe', 'Kaufland',
  'Ikea', 'Zalando', 'Vodafone', 'Eon', 'RWE', 'EnBW', 'Vattenfall', 'Uniper', 'Shell', 'BP', 'Exxon',
  'Chevron', 'Gazprom', 'Lukoil', 'Aeroflot', 'Ryanair', 'Easyjet', 'Condor', 'Eurowings', 'TUI', 'Flixbus',
  'Bahn', 'Post', 'DHL', 'Hapag-Lloyd', 'Maersk', 'Goldman Sachs', 'JP Morgan', 'Morgan Stanley', 'UBS',
  'Credit Suisse', 'Sparkasse', 'Volksbank', 'Postbank', 'ING', 'Wirecard', 'Pfizer', 'Biontech', 'Moderna',
  'AstraZeneca', 'Novartis', 'Roche', 'Nestlé', 'Unilever', 'Coca-Cola', 'McDonald’s', 'Starbucks', 'Walmart',
  'Microsoft', 'Meta', 'Alphabet', 'Telegram', 'Wikipedia', 'Europol', 'Interpol', 'Frontex', 'Unicef',
  'Unesco', 'Fifa', 'Uefa', 'IOC', 'Bundesliga', 'Bundesbank', 'Bundespolizei', 'Zoll', 'Verfassungsschutz',
  'Bundesanwaltschaft', 'Bundesgerichtshof', 'Bundesrechnungshof', 'Bundeskartellamt', 
  'Statistisches Bundesamt', 'Destatis', 'Ifo', 'DIW', 'IW', 'Forsa', 'Infratest dimap',
  'YouGov', 'Allensbach', 'Insa', 'Kremlin', 'Duma', 'Knesset', 'Kongress', 'Senat', 'Repräsentantenhaus',
  'Europarat', 'Sicherheitsrat', 'G7', 'G20',
  'Brics', 'Opec', 'Asean', 'Afrikanische Union', 'Arabische Liga', 'Linkspartei', 'Grünen', 'Freie Wähler',
  'Volt', 'Piratenpartei', 'NPD', 'Republikaner', 'Demokraten', 'Tories', 'Labour', 'Fidesz', 'PiS',
  'Likud', 'ANC', 'Einiges Russland', 'Deutsche Welle', 'Deutschlandfunk', 'RTL', 'ProSieben', 'Sat.1', 'n-tv',
  'Phoenix', 'Arte', 'BBC', 'CNN', 'Fox News', 'New_York Times', 'Washington Post', 'Wall Street Journal',
  'Financial Times', 'Guardian', 'Le Monde', 'Handelsblatt', 'Focus', 'Stern', 'Taz', 'taz', 'Tagesschau',
  'Tagesthemen', 'Heise', 'Bild', 'Bloomberg', 'Politico', 'Axios', 'Al Jazeera', 'Kyiv Independent', 'Meduza',
  'Nowaja Gaseta', 'Tass', 'RIA Nowosti', 'KCNA', 'Yonhap', 'Xinhua', 'Kyodo', 'Ukrinform', 'Unian',
];

/** Surnames of people in the news that no first-name cue announces ("Selenskyj bat um Hilfe"). */
export const NEWS_SURNAMES: readonly string[] = (
  'Putin Selenskyj Scholz Merz Baerbock Habeck Lindner Pistorius Faeser Lauterbach Steinmeier Söder Wagenknecht ' +
  'Weidel Chrupalla Klingbeil Esken Mützenich Dobrindt Spahn Linnemann Wüst Günther Kretschmer Woidke Haseloff ' +
  'Ramelow Voigt Rhein Wegner Giffey Tschentscher Rehlinger Schwesig Dreyer Schweitzer Kretschmann ' +
  'Özdemir Nouripour Brantner Banaszak Dröge Haßelmann Miersch Kühnert Trump Biden Harris Vance Musk ' +
  'Blinken Austin Rubio Hegseth Macron Barnier Bayrou Bardella Starmer Sunak Johnson Meloni Sánchez Tusk ' +
  'Duda Orbán Fico Erdoğan Erdogan Netanjahu Gallant Katz Sinwar Nasrallah Chamenei Raisi Peseschkian Assad ' +
  'Xi Modi Kishida Ishiba Yoon Kim Lukaschenko Lawrow Schoigu Peskow Medwedew Gerassimow Beloussow Nawalny ' +
  'Nawalnaja Prigoschin Kadyrow Sacharowa Nebensja Kuleba Sybiha Syrskyj Saluschnyj Jermak Klitschko Schmyhal ' +
  'Rutte Stoltenberg Guterres Leyen Lagarde Michel Costa Kallas Borrell Grossi Tedros Lula Milei Maduro ' +
  'Merkel Schröder Kohl Gauck Wulff Franziskus Weselsky'
).split(' ');

/** Capitalised words that look like names to the tagger but are none ("Corona hat …"). */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  'Corona Covid Covid-19 Omikron Delta Ampel Brexit Bürgergeld Heizungsgesetz Deutschlandticket Kita Hartz'.split(' '),
);

/** Nouns that introduce an organisation's name ("der Autobauer Volkswagen", "des Konzerns Siemens"). */
export const ORG_CUES: ReadonlySet<string> = new Set(
  (
    'Konzern Konzerns Unternehmen Unternehmens Firma Hersteller Herstellers Autobauer Autobauers Versicherer ' +
    'Versicherung Bank Bankhaus Geldhaus Geldhauses Verein Vereins Klub Klubs Club Clubs Erstligist Erstligisten ' +
    'Zweitligist Zweitligisten Bundesligist Bundesligisten Partei Sender Senders Zeitung Magazin Magazins ' +
    'Nachrichtenagentur Agentur Gewerkschaft Institut Instituts Verband Verbands Mobilfunkbetreiber Betreiber ' +
    'Betreibers Anbieter Anbieters Händler Händlers Discounter Fluggesellschaft Airline Reederei Energiekonzern ' +
    'Chemiekonzern Pharmakonzern Technologiekonzern Softwarekonzern Internetkonzern Onlinehändler Chiphersteller ' +
    'Rivale Rivalen Konkurrent Konkurrenten Tochter Mutterkonzern Fondsgesellschaft Ratingagentur Bündnis Fraktion'
  ).split(/\s+/),
);
