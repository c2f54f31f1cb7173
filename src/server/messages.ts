// The server's own user-facing strings in German and English (the engine localises its findings itself).
import type { Locale } from '../core/types';

const de = {
  indexing: 'Faktenlage: Korpus wird indiziert',
  indexedOf: (n: number, total: number) => `${n} von ${total} Dateien`,
  indexDone: (articles: number, skipped: number) =>
    skipped ? `${articles} Artikel indiziert, ${skipped} Dateien übersprungen` : `${articles} Artikel indiziert`,
  skippedTooLarge: (path: string, kb: number) => `Übersprungen (größer als ${kb} KB): ${path}`,
  skippedBinary: (path: string) => `Übersprungen (keine UTF-8-Textdatei): ${path}`,
  skippedUnreadable: (path: string, why: string) => `Übersprungen (nicht lesbar: ${why}): ${path}`,
  invalidPattern: (p: string, why: string) => `Ungültiges Muster in den Korpus-Einstellungen ignoriert: „${p}“ (${why})`,
  outsideWorkspace: (p: string) => `Nicht vertrauenswürdiger Arbeitsbereich: Pfad außerhalb ignoriert: ${p}`,
  workspaceFileError: (why: string) => `.faktenlage.yaml konnte nicht gelesen werden: ${why}`,
  draftTooLarge: (kb: number) => `Faktenlage prüft keine Dateien über ${kb} KB.`,
  hover: {
    person: 'Person',
    place: 'Ort',
    organisation: 'Organisation',
    aliases: 'Schreibweisen',
    articles: (n: number) => (n === 1 ? '1 Artikel im Korpus' : `${n} Artikel im Korpus`),
    showAll: 'Alle Fundstellen anzeigen',
    houseList: 'aus der Hausliste',
    figureElsewhere: 'Dieselbe Größe im Korpus',
    noneElsewhere: 'Keine andere Angabe dieser Größe im Korpus.',
    disagrees: 'widerspricht',
    noSource: 'ohne Quelle',
    source: 'Quelle',
    date: 'Datum',
    relative: 'aus dem Artikeldatum aufgelöst',
    vagueDate: 'unbestimmte Zeitangabe',
    dateElsewhere: 'Weitere Artikel mit diesem Datum',
    claim: 'Aussage',
    claimNoSource: 'keine Quelle',
    claimVague: 'nur vage Quelle',
    undated: 'ohne Datum',
    more: (n: number) => `… und ${n} weitere`,
    stillIndexing: 'Das Korpus wird noch indiziert; die Zahlen können noch wachsen.',
  },
  weekdays: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  actions: {
    sourceBefore: 'Quelle vor der Zahl einfügen: „laut [Quelle]“',
    sourceAfter: 'Quelle ans Satzende: „…, so [Quelle]“',
    ignoreHere: (code: string) => `${code} hier ignorieren (dieser Absatz)`,
    ignoreFile: (code: string) => `${code} in dieser Datei ignorieren`,
    openConflict: (where: string) => `Widersprechende Stelle öffnen: ${where}`,
    addToHouseList: (name: string) => `„${name}“ in die Hausliste (.faktenlage.yaml) aufnehmen`,
  },
  snippetBefore: 'laut ${1:[Quelle]} ',
  snippetAfter: ', so ${1:[Quelle]}',
};

type Messages = typeof de;

const en: Messages = {
  indexing: 'Faktenlage: indexing the corpus',
  indexedOf: (n, total) => `${n} of ${total} files`,
  indexDone: (articles, skipped) =>
    skipped ? `${articles} articles indexed, ${skipped} files skipped` : `${articles} articles indexed`,
  skippedTooLarge: (path, kb) => `Skipped (larger than ${kb} KB): ${path}`,
  skippedBinary: (path) => `Skipped (not a UTF-8 text file): ${path}`,
  skippedUnreadable: (path, why) => `Skipped (unreadable: ${why}): ${path}`,
  invalidPattern: (p, why) => `Ignored an invalid pattern in the corpus settings: "${p}" (${why})`,
  outsideWorkspace: (p) => `Untrusted workspace: ignored a path outside it: ${p}`,
  workspaceFileError: (why) => `Could not read .faktenlage.yaml: ${why}`,
  draftTooLarge: (kb) => `Faktenlage does not check files over ${kb} KB.`,
  hover: {
    person: 'Person',
    place: 'Place',
    organisation: 'Organisation',
    aliases: 'Spellings',
    articles: (n) => (n === 1 ? '1 article in the corpus' : `${n} articles in the corpus`),
    showAll: 'Show all references',
    houseList: 'from the house list',
    figureElsewhere: 'The same quantity in the corpus',
    noneElsewhere: 'No other figure for this quantity in the corpus.',
    disagrees: 'disagrees',
    noSource: 'no source',
    source: 'Source',
    date: 'Date',
    relative: 'resolved against the article date',
    vagueDate: 'vague time reference',
    dateElsewhere: 'Other articles with this date',
    claim: 'Claim',
    claimNoSource: 'no source',
    claimVague: 'only a vague source',
    undated: 'undated',
    more: (n) => `… and ${n} more`,
    stillIndexing: 'The corpus is still being indexed; counts may still grow.',
  },
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  actions: {
    sourceBefore: 'Insert a source before the figure: "laut [Quelle]"',
    sourceAfter: 'Insert a source at the end of the sentence: "…, so [Quelle]"',
    ignoreHere: (code) => `Ignore ${code} here (this paragraph)`,
    ignoreFile: (code) => `Ignore ${code} in this file`,
    openConflict: (where) => `Open the disagreeing passage: ${where}`,
    addToHouseList: (name) => `Add "${name}" to the house list (.faktenlage.yaml)`,
  },
  // The inserted wording stays German: it becomes part of a German article.
  snippetBefore: de.snippetBefore,
  snippetAfter: de.snippetAfter,
};

export type { Messages };

/** German for any `de*` editor locale, English otherwise. */
export function localeOf(editorLocale: string | undefined): Locale {
  return editorLocale && /^de\b/i.test(editorLocale) ? 'de' : 'en';
}

export function messages(locale: Locale): Messages {
  return locale === 'de' ? de : en;
}
