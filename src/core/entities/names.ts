// Hand-written lists of well-known organisations and people in German news, used as tagger features only.
// A hit here is evidence, never a decision: "Apple" the company and "Apfel" the fruit are told apart by the model.

/** Companies, clubs, media, parties, authorities, NGOs and bands, as German news name them. */
export const KNOWN_ORGS: readonly string[] = (
  // Companies: German (DAX, MDAX, Mittelstand, retail) and international.
  'Adidas|Airbus|Allianz|BASF|Bayer|Beiersdorf|BMW|Brenntag|Commerzbank|Continental|Covestro|Daimler|Daimler Truck|' +
  'Deutsche Bank|Deutsche Börse|Deutsche Post|Deutsche Telekom|Telekom|Eon|E.ON|Fresenius|Hannover Rück|Heidelberg Materials|' +
  'HeidelbergCement|Henkel|Infineon|Mercedes-Benz|Merck|MTU|Munich Re|Porsche|Qiagen|Rheinmetall|RWE|SAP|Sartorius|Siemens|' +
  'Siemens Energy|Siemens Healthineers|Symrise|Volkswagen|VW|Vonovia|Zalando|Lufthansa|Deutsche Lufthansa|Tui|TUI|Hapag-Lloyd|' +
  'Thyssenkrupp|ThyssenKrupp|Salzgitter|Aurubis|Evonik|Lanxess|Wacker Chemie|Südzucker|Metro|Ceconomy|MediaMarkt|Saturn|' +
  'Aldi|Aldi Nord|Aldi Süd|Lidl|Edeka|Rewe|Kaufland|Netto|Penny|Real|Karstadt|Kaufhof|Galeria|Hertie|Quelle|Otto|Arcandor|' +
  'Schlecker|Rossmann|Douglas|Tchibo|Ikea|H&M|Zara|Primark|Esprit|Hugo Boss|Puma|Deichmann|Dr. Oetker|Oetker|Haribo|Nivea|' +
  'Bosch|Robert Bosch|ZF|ZF Friedrichshafen|Schaeffler|Mahle|Knorr-Bremse|Freudenberg|Trumpf|Kuka|Krones|Dürr|Heraeus|' +
  'Würth|Stihl|Miele|Vorwerk|Liebherr|Claas|Fendt|Viessmann|Vaillant|Osram|Carl Zeiss|Zeiss|Leica|Jenoptik|Varta|Festo|' +
  'Opel|Audi|Seat|Skoda|Škoda|MAN|Scania|Traton|Ford|General Motors|GM|Chrysler|Fiat|Stellantis|Renault|Peugeot|Citroën|' +
  'Toyota|Honda|Nissan|Mazda|Hyundai|Kia|Volvo|Tesla|BYD|Ferrari|Lamborghini|Bentley|Rolls-Royce|Jaguar|Land Rover|' +
  'Boeing|Lockheed Martin|Embraer|Bombardier|Alstom|Stadler|Siemens Mobility|Deutsche Bahn|DB|Bahn|DB Cargo|DB Regio|' +
  'Flixbus|Ryanair|Easyjet|Eurowings|Condor|Air Berlin|Air France|KLM|British Airways|Swiss|Austrian Airlines|Emirates|' +
  'Qatar Airways|Turkish Airlines|Aeroflot|United Airlines|Delta|American Airlines|Fraport|' +
  'Apple|Google|Alphabet|Microsoft|Amazon|Meta|Facebook|Instagram|WhatsApp|Twitter|Tiktok|TikTok|Bytedance|Youtube|YouTube|' +
  'Netflix|Spotify|Uber|Airbnb|Ebay|eBay|Paypal|PayPal|Intel|AMD|Nvidia|IBM|Oracle|Cisco|Dell|HP|Hewlett-Packard|Samsung|' +
  'Sony|Panasonic|Toshiba|Nokia|Ericsson|Huawei|Xiaomi|Lenovo|Alibaba|Tencent|Baidu|Yahoo|AOL|Skype|Wikipedia|Wikimedia|' +
  'Openai|OpenAI|Anthropic|Palantir|Telefónica|Telefonica|O2|Vodafone|E-Plus|1&1|United Internet|Freenet|Swisscom|' +
  'Deutsche Telekom|T-Mobile|Orange|BT|Verizon|AT&T|Comcast|Disney|Walt Disney|Warner Bros.|Universal|Paramount|' +
  'Coca-Cola|Pepsi|PepsiCo|Nestlé|Nestle|Unilever|Danone|Kraft|Mondelez|Procter & Gamble|McDonald’s|McDonalds|Burger King|' +
  'Starbucks|Walmart|Nike|Reebok|Shell|BP|Exxon|ExxonMobil|Chevron|Total|TotalEnergies|Gazprom|Rosneft|Lukoil|Novatek|' +
  'Rosatom|Rostec|Aramco|Saudi Aramco|OMV|Equinor|Statoil|Uniper|EnBW|Vattenfall|Eon|Steag|Innogy|Wintershall|' +
  'Wintershall Dea|Nord Stream|Pfizer|Biontech|BioNTech|Moderna|Curevac|CureVac|Astrazeneca|AstraZeneca|Novartis|Roche|' +
  'Sanofi|Bayer|Johnson & Johnson|Glaxosmithkline|GlaxoSmithKline|Stada|Ratiopharm|Boehringer Ingelheim|Grünenthal|' +
  'Goldman Sachs|JP Morgan|JPMorgan|Morgan Stanley|Citigroup|Citibank|Bank of America|Wells Fargo|Lehman Brothers|' +
  'UBS|Credit Suisse|HSBC|Barclays|BNP Paribas|Société Générale|Unicredit|UniCredit|Hypovereinsbank|HypoVereinsbank|' +
  'Hypo Real Estate|IKB|Postbank|Dresdner Bank|DZ Bank|KfW|Sparkasse|Sparkassen|Volksbank|Raiffeisen|Erste Group|' +
  'ING|ING-Diba|DKB|Comdirect|N26|Deutsche Pfandbriefbank|HSH Nordbank|Helaba|BayernLB|LBBW|NordLB|WestLB|Nord/LB|' +
  'Blackrock|BlackRock|Allianz Global Investors|Ergo|Generali|Axa|AXA|Zurich|Talanx|HDI|Debeka|Signal Iduna|Munich Re|' +
  'Swiss Re|Visa|Mastercard|American Express|Wirecard|Adler|Evergrande|Vonovia|Deutsche Wohnen|LEG|TAG Immobilien|' +
  'Bertelsmann|Axel Springer|Springer|ProSiebenSat.1|ProSieben|Pro Sieben|Sat.1|RTL|RTL Group|Burda|Hubert Burda Media|' +
  'Funke|Funke Mediengruppe|Holtzbrinck|Gruner + Jahr|Gruner+Jahr|Ströer|Sky|Sky Deutschland|DAZN|Kabel Deutschland|' +
  'Vivendi|Universal Music|Sony Music|Warner Music|EMI|Random House|Penguin Random House|Suhrkamp|Rowohlt|Hanser|' +
  'Nintendo|Electronic Arts|Activision|Ubisoft|Valve|Epic Games|Blizzard|Rocket Internet|Delivery Hero|Hellofresh|' +
  'HelloFresh|Auto1|Check24|Trivago|Personio|Celonis|N26|Lilium|Volocopter|Northvolt|Foxconn|TSMC|Infineon|Globalfoundries|' +
  'ASML|Philips|Shell|Heineken|Carlsberg|Anheuser-Busch|AB Inbev|Oettinger|Krombacher|Bitburger|Beck’s|Paulaner|Radeberger|' +
  'Red Bull|Bugatti|Maybach|Smart|Mini|Bentley|Harley-Davidson|Ducati|KTM|Yamaha|Suzuki|Kawasaki|Aprilia|Michelin|' +
  'Pirelli|Goodyear|Bridgestone|Hochtief|Bilfinger|Strabag|Züblin|Holcim|Lafarge|Heidelberger Druckmaschinen|Koenig & Bauer|' +
  'Gea|GEA|Kion|Jungheinrich|Linde|Air Liquide|Thales|Safran|Dassault|Leonardo|BAE Systems|Raytheon|Northrop Grumman|' +
  'Krauss-Maffei Wegmann|KNDS|Hensoldt|Diehl|Heckler & Koch|Rheinmetall|TKMS|Lürssen|Meyer Werft|Kalashnikow|' +
  'Deutsche Flugsicherung|Deutsche Rentenversicherung|Techniker Krankenkasse|TK|AOK|Barmer|DAK|IKK|' +
  // Football and other sports clubs, leagues and federations.
  'FC Bayern|FC Bayern München|Bayern München|Borussia Dortmund|BVB|Borussia Mönchengladbach|Gladbach|Schalke|Schalke 04|' +
  'FC Schalke 04|Werder Bremen|Werder|Hamburger SV|HSV|VfB Stuttgart|VfL Wolfsburg|Wolfsburg|Bayer Leverkusen|Leverkusen|' +
  'Eintracht Frankfurt|Eintracht|Hertha BSC|Hertha|1. FC Köln|FC Köln|1. FC Kaiserslautern|FCK|1. FC Nürnberg|Club|' +
  'Hannover 96|SC Freiburg|Freiburg|Mainz 05|FSV Mainz 05|TSG Hoffenheim|Hoffenheim|RB Leipzig|Union Berlin|1. FC Union Berlin|' +
  'FC Augsburg|VfL Bochum|Arminia Bielefeld|Fortuna Düsseldorf|MSV Duisburg|Karlsruher SC|KSC|FC St. Pauli|St. Pauli|' +
  'Hansa Rostock|Dynamo Dresden|Energie Cottbus|1860 München|TSV 1860 München|Sechzig|SpVgg Greuther Fürth|Greuther Fürth|' +
  'Alemannia Aachen|Rot-Weiss Essen|Rot-Weiß Oberhausen|SC Paderborn|Holstein Kiel|Darmstadt 98|SV Darmstadt 98|' +
  'Eintracht Braunschweig|1. FC Magdeburg|FC Ingolstadt|SV Sandhausen|Jahn Regensburg|VfL Osnabrück|Preußen Münster|' +
  'Kickers Offenbach|Wehen Wiesbaden|SV Wehen Wiesbaden|1. FC Heidenheim|Heidenheim|Erzgebirge Aue|Carl Zeiss Jena|' +
  'TSV Bayer 04 Leverkusen|Real Madrid|FC Barcelona|Barcelona|Barça|Atlético Madrid|FC Sevilla|Valencia|' +
  'Manchester United|ManU|Manchester City|FC Chelsea|Chelsea|FC Liverpool|Liverpool|FC Arsenal|Arsenal|Tottenham|' +
  'Tottenham Hotspur|Juventus|Juventus Turin|Juve|AC Mailand|Inter Mailand|AC Milan|Inter|AS Rom|Lazio Rom|SSC Neapel|Neapel|' +
  'AC Florenz|Paris Saint-Germain|PSG|Olympique Marseille|Olympique Lyon|Ajax Amsterdam|Ajax|PSV Eindhoven|Feyenoord|' +
  'Benfica|Benfica Lissabon|FC Porto|Sporting Lissabon|Galatasaray|Fenerbahce|Besiktas|Celtic Glasgow|Rangers|' +
  'Rapid Wien|Austria Wien|Red Bull Salzburg|Sturm Graz|FC Basel|Young Boys|Grasshoppers|FC Zürich|FC Sion|' +
  'Schachtar Donezk|Dynamo Kiew|Zenit St. Petersburg|Spartak Moskau|ZSKA Moskau|Panathinaikos|Olympiakos|' +
  'Alba Berlin|Alba|Bamberg|Brose Baskets|THW Kiel|SG Flensburg-Handewitt|Rhein-Neckar Löwen|Füchse Berlin|' +
  'Eisbären Berlin|Kölner Haie|Adler Mannheim|EHC München|Red Bull München|Chicago Bulls|Los Angeles Lakers|Lakers|' +
  'Dallas Mavericks|Mavericks|New York Knicks|Boston Celtics|San Antonio Spurs|Golden State Warriors|Miami Heat|' +
  'New York Yankees|Red Sox|New England Patriots|Kansas City Chiefs|McLaren|Williams|Red Bull Racing|Mercedes|Sauber|' +
  'Force India|Toro Rosso|Renault F1|Haas|Alpine|Aston Martin|Team Telekom|Team Sky|Astana|Movistar|' +
  'DFB|DFL|Uefa|UEFA|Fifa|FIFA|IOC|NOK|DOSB|Deutscher Fußball-Bund|Deutsche Fußball Liga|Bundesliga|Premier League|' +
  'Champions League|Europa League|NBA|NFL|NHL|MLB|Formel 1|WADA|Nada|NADA|IAAF|World Athletics|DEB|DHB|ATP|WTA|' +
  // Media, agencies and outlets.
  'ARD|ZDF|WDR|NDR|SWR|BR|HR|MDR|RBB|SR|Radio Bremen|Deutschlandfunk|Deutschlandradio|Deutsche Welle|DW|Arte|3sat|Phoenix|' +
  'KiKA|Tagesschau|Tagesthemen|heute journal|ORF|SRF|SRG|BBC|CNN|Fox News|NBC|CBS|ABC|Al Dschasira|Al Jazeera|Al-Dschasira|' +
  'RT|Russia Today|Euronews|Bloomberg|Reuters|AFP|AP|dpa|DPA|epd|KNA|SID|dapd|ddp|APA|SDA|ANSA|EFE|Interfax|Itar-Tass|TASS|' +
  'Tass|Ria Nowosti|RIA Nowosti|Xinhua|Yonhap|KCNA|Kyodo|n-tv|ntv|N24|Welt|WELT|RTL|Vox|VOX|Kabel eins|RTL II|Sat.1|' +
  'Spiegel|Der Spiegel|SPIEGEL|Spiegel Online|Stern|Focus|Bild|BILD|Bild am Sonntag|Welt am Sonntag|Die Welt|Die Zeit|Zeit|ZEIT|' +
  'Zeit Online|FAZ|F.A.Z.|Frankfurter Allgemeine|Frankfurter Allgemeine Zeitung|Frankfurter Rundschau|FR|Süddeutsche|' +
  'Süddeutsche Zeitung|SZ|Handelsblatt|Tagesspiegel|Der Tagesspiegel|taz|Taz|Berliner Zeitung|Berliner Morgenpost|' +
  'Berliner Kurier|B.Z.|BZ|Hamburger Abendblatt|Hamburger Morgenpost|Mopo|Kölner Stadt-Anzeiger|Kölnische Rundschau|' +
  'Express|Rheinische Post|WAZ|Westdeutsche Allgemeine Zeitung|Ruhr Nachrichten|Neue Westfälische|Westfälische Nachrichten|' +
  'Stuttgarter Zeitung|Stuttgarter Nachrichten|Badische Zeitung|Mannheimer Morgen|Augsburger Allgemeine|Münchner Merkur|' +
  'Abendzeitung|tz|Nürnberger Nachrichten|Passauer Neue Presse|Mittelbayerische Zeitung|Leipziger Volkszeitung|' +
  'Sächsische Zeitung|Freie Presse|Märkische Allgemeine|Ostsee-Zeitung|Nordkurier|Weser-Kurier|Hannoversche Allgemeine|' +
  'Neue Osnabrücker Zeitung|NOZ|Braunschweiger Zeitung|Hessische/Niedersächsische Allgemeine|Thüringer Allgemeine|' +
  'Mitteldeutsche Zeitung|Volksstimme|Wirtschaftswoche|WirtschaftsWoche|Manager Magazin|Capital|Cicero|Bunte|Gala|Brigitte|' +
  'Kicker|Sport Bild|Financial Times|Financial Times Deutschland|FTD|Wall Street Journal|New York Times|Washington Post|' +
  'Guardian|The Guardian|Times|The Times|Sun|Daily Mail|Daily Telegraph|Telegraph|Economist|The Economist|Le Monde|' +
  'Le Figaro|Libération|Corriere della Sera|La Repubblica|El País|El Mundo|NZZ|Neue Zürcher Zeitung|Tages-Anzeiger|Blick|' +
  'Der Standard|Standard|Die Presse|Presse|Kurier|Kronen Zeitung|Krone|Profil|Falter|Kommersant|Iswestija|Prawda|' +
  'Nowaja Gaseta|Haaretz|Jerusalem Post|Time|Newsweek|Politico|Axios|Bellingcat|Correctiv|Netzpolitik|Heise|c’t|Chip|' +
  'Golem|t3n|Stiftung Warentest|Ökotest|Öko-Test|ADAC|Tüv|TÜV|Dekra|DEKRA|Forsa|Infratest dimap|Allensbach|' +
  'Forschungsgruppe Wahlen|Emnid|YouGov|Insa|INSA|GfK|Ifo|Ifo-Institut|DIW|IW|ZEW|RWI|IfW|Bertelsmann Stiftung|' +
  // Parties, parliaments, governments and authorities.
  'CDU|CSU|SPD|FDP|Grüne|Grünen|Die Grünen|Bündnis 90/Die Grünen|Linke|Linken|Die Linke|Linkspartei|PDS|AfD|BSW|' +
  'Freie Wähler|Piraten|Piratenpartei|NPD|ÖDP|Volt|Union|Unionsfraktion|Junge Union|Jusos|Junge Liberale|' +
  'ÖVP|SPÖ|FPÖ|BZÖ|Neos|NEOS|SVP|FDP.Die Liberalen|SP|Republikaner|Demokraten|Labour|Tories|Konservative|Liberaldemokraten|' +
  'Sozialisten|Likud|Hamas|Hisbollah|Fatah|Taliban|Al-Kaida|Al Kaida|IS|Islamischer Staat|Boko Haram|Al-Schabab|PKK|' +
  'ETA|IRA|RAF|Wagner|Wagner-Gruppe|Huthi|Huthis|Kreml|Weißes Haus|Pentagon|Elysée|Élysée|Downing Street|' +
  'Bundesregierung|Landesregierung|Staatsregierung|Senat|Bundestag|Bundesrat|Landtag|Bundesverfassungsgericht|' +
  'Bundesgerichtshof|BGH|Bundesverwaltungsgericht|Bundesfinanzhof|Bundesarbeitsgericht|Bundessozialgericht|' +
  'Europäischer Gerichtshof|EuGH|Europäischer Gerichtshof für Menschenrechte|Internationaler Strafgerichtshof|' +
  'Bundeskanzleramt|Kanzleramt|Auswärtiges Amt|Bundesinnenministerium|Innenministerium|Bundesfinanzministerium|' +
  'Finanzministerium|Bundesverteidigungsministerium|Verteidigungsministerium|Bundeswirtschaftsministerium|' +
  'Wirtschaftsministerium|Bundesgesundheitsministerium|Gesundheitsministerium|Bundesjustizministerium|Justizministerium|' +
  'Bundesumweltministerium|Umweltministerium|Kultusministerium|Bundesbildungsministerium|Verkehrsministerium|' +
  'Bundesverkehrsministerium|Landwirtschaftsministerium|Arbeitsministerium|Bundesarbeitsministerium|Sozialministerium|' +
  'Bundesagentur für Arbeit|Arbeitsagentur|Bundesnetzagentur|Bundeskartellamt|Kartellamt|Bundesbank|Deutsche Bundesbank|' +
  'Europäische Zentralbank|EZB|Fed|Federal Reserve|IWF|Internationaler Währungsfonds|Weltbank|WTO|OECD|Opec|OPEC|' +
  'Bundesamt für Migration und Flüchtlinge|BAMF|Bundesamt für Verfassungsschutz|Verfassungsschutz|BND|' +
  'Bundesnachrichtendienst|Bundeskriminalamt|BKA|Landeskriminalamt|LKA|Bundespolizei|Polizei|Bundeswehr|Luftwaffe|Marine|' +
  'Bundesanwaltschaft|Generalbundesanwalt|Staatsanwaltschaft|Zoll|Robert Koch-Institut|Robert-Koch-Institut|RKI|' +
  'Paul-Ehrlich-Institut|Umweltbundesamt|Statistisches Bundesamt|Destatis|Bundesamt für Sicherheit in der Informationstechnik|' +
  'BSI|Bafin|BaFin|Technisches Hilfswerk|THW|Deutscher Wetterdienst|DWD|Stiko|STIKO|Ethikrat|Wissenschaftsrat|' +
  'EU|Europäische Union|EU-Kommission|Europäische Kommission|Kommission|Europaparlament|Europäisches Parlament|' +
  'Europäischer Rat|Rat der EU|Nato|NATO|UN|UNO|Vereinte Nationen|Uno-Sicherheitsrat|Sicherheitsrat|UN-Sicherheitsrat|' +
  'Unicef|UNICEF|UNHCR|WHO|Weltgesundheitsorganisation|Unesco|UNESCO|FAO|WFP|Welternährungsprogramm|IAEA|IAEO|OSZE|' +
  'Europarat|Afrikanische Union|Arabische Liga|Asean|ASEAN|G7|G20|Brics|BRICS|Interpol|Europol|Frontex|FBI|CIA|NSA|' +
  'FSB|KGB|GRU|SWR|Mossad|MI6|MI5|NIS|HUR|SBU|Nasa|NASA|Esa|ESA|Roskosmos|SpaceX|Blue Origin|DLR|CERN|Cern|' +
  // Universities, research, churches, unions, associations and NGOs.
  'Max-Planck-Gesellschaft|Max-Planck-Institut|Fraunhofer|Fraunhofer-Gesellschaft|Helmholtz|Leibniz-Gemeinschaft|DFG|' +
  'Charité|LMU|TU München|TU Berlin|TU Dresden|RWTH|RWTH Aachen|KIT|Humboldt-Universität|Freie Universität|FU Berlin|' +
  'Universität Heidelberg|Universität Hamburg|Universität Köln|Universität Göttingen|Universität Wien|ETH|ETH Zürich|' +
  'Harvard|Harvard University|Yale|Stanford|Stanford University|MIT|Oxford|Cambridge|Sorbonne|Caltech|Princeton|' +
  'Evangelische Kirche|Evangelische Kirche in Deutschland|EKD|Katholische Kirche|Vatikan|Deutsche Bischofskonferenz|' +
  'Bischofskonferenz|Zentralrat der Juden|Zentralrat der Muslime|Ditib|DITIB|Caritas|Diakonie|Rotes Kreuz|DRK|' +
  'Deutsches Rotes Kreuz|Internationales Komitee vom Roten Kreuz|IKRK|Roter Halbmond|Malteser|Johanniter|' +
  'Arbeiter-Samariter-Bund|ASB|Misereor|Brot für die Welt|Welthungerhilfe|Ärzte ohne Grenzen|Amnesty International|' +
  'Amnesty|Human Rights Watch|Greenpeace|WWF|BUND|Nabu|NABU|Deutsche Umwelthilfe|Foodwatch|Attac|Campact|Transparency International|' +
  'Pro Asyl|Reporter ohne Grenzen|Oxfam|Save the Children|Sea-Watch|SOS Méditerranée|Letzte Generation|Fridays for Future|' +
  'Extinction Rebellion|Scientology|Verdi|ver.di|IG Metall|IG BCE|IG BAU|GEW|GDL|EVG|Cockpit|Vereinigung Cockpit|' +
  'Marburger Bund|DGB|Deutscher Gewerkschaftsbund|Beamtenbund|dbb|BDI|BDA|DIHK|ZDH|VDA|VDMA|Bitkom|BDEW|HDE|' +
  'Gesamtmetall|Bauernverband|Deutscher Bauernverband|Mieterbund|Deutscher Mieterbund|Haus & Grund|Sozialverband VdK|VdK|' +
  'Paritätischer Wohlfahrtsverband|Verbraucherzentrale|Verbraucherzentrale Bundesverband|vzbv|Bund der Steuerzahler|' +
  'Städtetag|Deutscher Städtetag|Landkreistag|Städte- und Gemeindebund|Kassenärztliche Bundesvereinigung|KBV|' +
  'Bundesärztekammer|Ärztekammer|Apothekerkammer|Handwerkskammer|IHK|Industrie- und Handelskammer|Kolpingwerk|' +
  'Hells Angels|Bandidos|Mafia|Cosa Nostra|’Ndrangheta|Camorra|' +
  // Bands and ensembles, which GermEval also counts as organisations.
  'Beatles|Rolling Stones|Queen|U2|Coldplay|Metallica|Rammstein|Die Toten Hosen|Toten Hosen|Die Ärzte|Ärzte|Tokio Hotel|' +
  'Scorpions|Kraftwerk|Pink Floyd|Led Zeppelin|Nirvana|Radiohead|Abba|ABBA|Depeche Mode|Fantastischen Vier|Die Fantastischen Vier|' +
  'Silbermond|Juli|Wir sind Helden|Sportfreunde Stiller|Berliner Philharmoniker|Wiener Philharmoniker|Gewandhausorchester|' +
  'Thomanerchor|Wiener Sängerknaben|Regensburger Domspatzen|Bayreuther Festspiele|Salzburger Festspiele|Berlinale|Documenta'
).split('|');

/** Surnames of people German news names often without a first name ("Merkel", "Putin", "Beckenbauer"). */
export const KNOWN_PEOPLE: readonly string[] = (
  'Adenauer Erhard Kiesinger Brandt Schmidt Kohl Schröder Merkel Scholz Merz Steinmeier Gauck Wulff Köhler Rau Herzog ' +
  'Weizsäcker Heuss Lübke Scheel Carstens Genscher Fischer Westerwelle Gabriel Maas Baerbock Wadephul Lindner Habeck ' +
  'Schäuble Lafontaine Gysi Wagenknecht Müntefering Steinbrück Beck Platzeck Nahles Esken Klingbeil Kühnert Pistorius ' +
  'Faeser Lauterbach Spahn Laschet Söder Seehofer Stoiber Strauß Dobrindt Guttenberg Zypries Schavan Leyen Kramp-Karrenbauer ' +
  'Wüst Kretschmann Woidke Ramelow Kretschmer Haseloff Weil Schwesig Dreyer Bouffier Rhein Günther Wegner Giffey Müller ' +
  'Wowereit Tschentscher Scholz Weidel Chrupalla Gauland Höcke Petry Lucke Meuthen Kubicki Strack-Zimmermann Roth Trittin ' +
  'Özdemir Göring-Eckardt Künast Hofreiter Nouripour Lang Kipping Riexinger Bartsch Wissler Pofalla Altmaier Bosbach ' +
  'Zöllner Ulbricht Honecker Krenz Modrow Mielke Gorbatschow Jelzin Putin Medwedew Lawrow Schoigu Peskow Nawalny Prigoschin ' +
  'Chodorkowski Stalin Lenin Chruschtschow Breschnew Selenskyj Poroschenko Janukowitsch Klitschko Timoschenko Lukaschenko ' +
  'Obama Trump Biden Harris Clinton Bush Reagan Nixon Kennedy Carter Roosevelt Lincoln Washington Eisenhower Truman ' +
  'McCain Romney Pelosi Sanders Vance Rubio Blinken Pompeo Rice Powell Kissinger Rumsfeld Cheney Musk Zuckerberg Gates ' +
  'Bezos Jobs Cook Buffett Soros Macron Hollande Sarkozy Chirac Mitterrand Gaulle Le Pen Bayrou Barnier Johnson Cameron ' +
  'Blair Brown May Thatcher Sunak Starmer Truss Churchill Berlusconi Meloni Draghi Prodi Renzi Conte Sánchez Zapatero ' +
  'Rajoy Aznar Orbán Tusk Kaczyński Duda Erdogan Erdoğan Netanjahu Netanyahu Scharon Rabin Peres Arafat Abbas Assad ' +
  'Chamenei Ahmadinedschad Rohani Gaddafi Mubarak Mursi Sisi Saddam Hussein Xi Mao Deng Modi Kim Abe Kishida ' +
  'Lula Bolsonaro Chávez Maduro Castro Milei Juncker Barroso Prodi Leyen Michel Tusk Borrell Kallas Rutte Stoltenberg ' +
  'Rasmussen Guterres Annan Ban Lagarde Draghi Trichet Weidmann Nagel Powell Bernanke Greenspan Yellen ' +
  'Franziskus Benedikt Ratzinger Wojtyla Luther Goethe Schiller Heine Brecht Mann Grass Böll Kafka Hesse Rilke Kant Hegel ' +
  'Marx Engels Nietzsche Freud Einstein Bach Beethoven Mozart Wagner Brahms Schubert Haydn Händel Verdi Picasso Dürer ' +
  'Hitler Himmler Goebbels Göring Heß Bismarck Napoleon Cäsar Caesar Christus Jesus Mohammed Buddha Gandhi Mandela ' +
  'Beckenbauer Netzer Müller Rummenigge Hoeneß Kahn Matthäus Klinsmann Völler Löw Flick Nagelsmann Klopp Tuchel Rangnick ' +
  'Heynckes Hitzfeld Magath Rehhagel Daum Ballack Lahm Schweinsteiger Podolski Klose Neuer Özil Götze Kroos Kimmich ' +
  'Musiala Wirtz Havertz Gündogan Sané Gnabry Reus Hummels Boateng Messi Ronaldo Neymar Mbappé Haaland Kane Lewandowski ' +
  'Ribéry Robben Zidane Beckham Maradona Pelé Guardiola Mourinho Ancelotti Wenger Ferguson Blatter Platini Infantino ' +
  'Ceferin Bach Schumacher Vettel Rosberg Hamilton Verstappen Alonso Räikkönen Senna Lauda Ecclestone Graf Becker Stich ' +
  'Kerber Zverev Federer Nadal Djokovic Williams Nowitzki Schröder Ullrich Armstrong Zabel Klitschko Maske Schmeling ' +
  'Ali Tyson Bolt Phelps Biles Witt Neureuther Höfl-Riesch Hirscher Dahlmeier Neuner Sailer Ammann Schmitt Hannawald ' +
  'Madonna Jackson Presley Lennon McCartney Jagger Dylan Springsteen Beyoncé Swift Grönemeyer Lindenberg Maffay ' +
  'Fischer Bohlen Gottschalk Jauch Raab Kerner Lanz Illner Maischberger Will Plasberg Böhmermann Schweiger Schweighöfer ' +
  'Spielberg Hitchcock Tarantino Scorsese Coppola Kubrick Fassbinder Herzog Wenders Haneke Waltz Brühl Kruger Schygulla ' +
  'Hawking Darwin Newton Galilei Kopernikus Kepler Humboldt Koch Virchow Röntgen Planck Heisenberg Drosten Wieler Streeck'
).split(/\s+/);
