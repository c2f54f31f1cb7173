// German number reading: digit groups ("10.000", "1,5"), number words ("zwölf", "dreihundert") and scale words.

const UNITS: Record<string, number> = {
  ein: 1, eins: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
};
const BELOW_20: Record<string, number> = {
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const TENS: Record<string, number> = {
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

function below100(w: string): number | undefined {
  if (w in BELOW_20) return BELOW_20[w];
  if (w in TENS) return TENS[w];
  const und = w.indexOf('und');
  if (und > 0) {
    const u = UNITS[w.slice(0, und)];
    const t = TENS[w.slice(und + 3)];
    if (u !== undefined && t !== undefined && w.slice(0, und) !== 'eine' && w.slice(0, und) !== 'eins') return t + u;
  }
  return undefined;
}

function below1000(w: string): number | undefined {
  const h = w.indexOf('hundert');
  if (h < 0) return below100(w);
  const head = w.slice(0, h);
  const tail = w.slice(h + 7);
  const mult = head === '' ? 1 : head === 'ein' ? 1 : UNITS[head] ?? BELOW_20[head];
  if (mult === undefined || mult > 9 || head === 'eine' || head === 'eins') return undefined;
  if (tail === '') return mult * 100;
  const rest = tail === 'eins' ? 1 : below100(tail);
  return rest === undefined ? undefined : mult * 100 + rest;
}

/**
 * The value of a German number word written as one word ("zwölf", "fünfundzwanzig", "dreitausend"),
 * or undefined. "ein"/"eine"/"eins" alone are articles or pronouns far more often than counts and are
 * left to the caller (they only count before a scale word: "eine Million").
 */
export function numberWordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w === 'eineinhalb' || w === 'anderthalb') return 1.5;
  if (w.endsWith('einhalb')) {
    const whole = numberWordValue(w.slice(0, -7));
    return whole === undefined ? undefined : whole + 0.5;
  }
  const t = w.indexOf('tausend');
  if (t < 0) return below1000(w);
  const head = w.slice(0, t);
  const tail = w.slice(t + 7);
  const mult = head === '' || head === 'ein' ? 1 : below1000(head);
  if (mult === undefined) return undefined;
  if (tail === '') return mult * 1000;
  const rest = tail === 'eins' ? 1 : below1000(tail);
  return rest === undefined ? undefined : mult * 1000 + rest;
}

/** Scale words after a number, lower case, with their factor ("Mio." → 1e6). */
export const SCALES: Record<string, number> = {
  hundert: 100,
  tausend: 1e3, tsd: 1e3,
  million: 1e6, millionen: 1e6, mio: 1e6,
  milliarde: 1e9, milliarden: 1e9, mrd: 1e9,
  billion: 1e12, billionen: 1e12, bio: 1e12,
  dutzend: 12,
};

/**
 * Reads a digit group as German writes it: "10.000", "10 000", "1,5", "1.234,56". Returns undefined for
 * shapes that are not plain amounts: times and scores ("14:30", "3:1"), dates and versions ("23.11.2024",
 * "2.1.3"), "14.30" (a time), fractions ("24/7"), English decimals.
 */
export function parseDigits(raw: string): number | undefined {
  // More than fifteen digits is no amount anyone writes (and loses precision or overflows to Infinity).
  if (/[:/]/.test(raw) || raw.length > 24) return undefined;
  const s = raw.replace(/[\u00A0\u202F ]/g, '.');
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,15}(?:,\d{1,6})?$/.test(s)) return Number(s.replace(',', '.'));
  return undefined;
}
