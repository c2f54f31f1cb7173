// German date vocabulary: month and weekday names, parts of the day, number words and regex fragments.

/** Full month names (and the Austrian "Jänner", the older "Feber"). */
export const MONTH_FULL = 'januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember';
/** Abbreviations; on their own they need a dot ("Jan." — "Jan" alone is a first name). */
export const MONTH_ABBR = 'jan|jän|feb|mär|mrz|apr|jun|jul|aug|sept|sep|okt|nov|dez';

const MONTH_BY_PREFIX: Record<string, number> = {
  jan: 1, jän: 1, feb: 2, mär: 3, mrz: 3, apr: 4, mai: 5, jun: 6,
  jul: 7, aug: 8, sep: 9, okt: 10, nov: 11, dez: 12,
};

/** Month number of a (possibly abbreviated) month name. */
export function monthOf(word: string): number {
  return MONTH_BY_PREFIX[word.toLowerCase().replace(/\.$/, '').slice(0, 3)] ?? 0;
}

export const WEEKDAY = 'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag';
export const DAYPART = 'morgen|früh|vormittag|mittag|nachmittag|abend|nacht';

const WEEKDAY_NUM: Record<string, number> = {
  montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7,
  mo: 1, di: 2, mi: 3, do: 4, fr: 5, sa: 6, so: 7,
};

/** ISO weekday (1 = Monday) of a weekday name or its two-letter short form. */
export function weekdayOf(word: string): number {
  const w = /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so)/.exec(
    word.toLowerCase(),
  );
  return w ? WEEKDAY_NUM[w[0]] : 0;
}

const NUMBER_WORDS: Record<string, number> = {
  ein: 1, eins: 1, einem: 1, einer: 1, einen: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6,
  sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30,
};
export const NUMBER_WORD = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');

/** A count written as digits or a German number word ("drei", "einem"); 0 when unknown. */
export function countOf(word: string): number {
  return /^\d+$/.test(word) ? +word : NUMBER_WORDS[word.toLowerCase()] ?? 0;
}

/** Years a bare four-digit number may stand for. */
export const YEAR = '(?:1[0-9]|20|21)\\d{2}';
