// Claims: sentences asserting a checkable fact, each with the attribution that covers it; figures get theirs.
import type { Attribution, Claim, DateMention, Doc, Entity, Figure } from '../types';
import { sentenceUnits, unitAt, type Unit } from './units';
import { lineOpensWith } from '../figures';

/*
 * A unit (sentence) is a claim when it is not a question or a heading and it holds
 *   - a figure that is not vague, or
 *   - a date with a value together with an entity, or
 *   - an entity together with a reporting or event verb (EVENT_VERB below).
 * Coverage: a sentence is covered by its own 'source' (else 'vague') attribution; by the speaker of a
 * quote („…“, sagte X. covers every sentence of the quote; X sagte: „…“ likewise); and by the last source
 * of an earlier sentence while the sentences after it stay in Konjunktiv I (reported speech: "sei",
 * "habe", "seien", "werde", "könne"); a sentence opening with "Demnach" takes the previous sentence's source,
 * and "Das sagte Müller." gives its source to the sentence before. Hearsay never covers: a claim with only hearsay is vague and unsourced.
 */

const EVENT_VERB =
  /\b(?:sagt|erklärt|bericht|teilt|meldet|bestätigt|kündigt|unterzeichn|ratifizi|entsand|entsend|schick|getötet|tötet|starb|gestorben|verletzt|angegriffen|griff|eingesetzt|setzt|festgenommen|verhaftet|gewählt|wählt|zurückgetreten|beschloss|beschlossen|verabschiedet|traf|getroffen|besucht|reist|stationiert|verlegt|eröffnet|geschlossen|verurteilt|angeklagt|evakuiert|zerstört|beschossen|abgeschossen|gewonnen|verloren|erobert|eingenommen|befreit|gefordert|forderte|warnte|drohte|lieferte|geliefert|zahlt|investiert|kostet)\p{L}*/iu;

/** Konjunktiv I (and the Konjunktiv II that stands in for it) that marks reported speech. */
const KONJUNKTIV =
  /\b(?:sei|seien|habe|hätten|hätte|wäre|wären|werde|würden|würde|könne|könnten|müsse|müssten|solle|wolle|dürfe|gebe|liege|stehe|gehe|komme|bleibe|handle|handele|fehle|wisse|lasse|plane|brauche|verfüge|befinde|bestehe|drohe|erwarte|gelte|halte|kenne|mache|sehe|zeige|koste|betrage|belaufe|steige|sinke|falle|wachse|zahle|erhalte|verliere|gewinne|arbeite|lebe|trage|hänge|reiche|entfalle|leide|warte|nutze|besitze|beschäftige|rechne|suche)\b/;

/** "ich habe", "ich werde" are indicative: first person is not reported speech. */
const FIRST_PERSON = /\b(?:ich|Ich)\s+(?:habe|werde|hätte|wäre|würde|sei)\b/;

/** Sentences that attribute the one before: "Das sagte Müller.", "Dies teilte die Polizei mit." */
const POINT_BACK =
  /^(?:Das|Dies|So)\s+(?:sagte|sagten|sagt|erklärte|erklärten|erklärt|berichtete|berichteten|berichtet|schrieb|schreibt|teilte|teilten|teilt|meldete|meldet|bestätigte|betonte|twitterte|sagte auch|kündigte|kündigten|gab|gaben|geht\s+aus|ging\s+aus|gehe\s+aus)\b/;

/**
 * Words that point back to the source just named, wherever they stand in the sentence: "Demnach …", "Die SPD
 * erreicht demnach 16 Prozent", "nach diesen Angaben", "Nach der Studie …".
 */
const THEREBY =
  /(?:^|[\s,(])(?:[Dd]emnach|[Dd]emzufolge|[Dd]em Bericht zufolge|[Ll]aut dem Bericht|Darin heißt es|[Nn]ach (?:diesen|den) Angaben|[Dd]en Angaben zufolge|[Nn]ach (?:der|dieser) (?:Studie|Umfrage|Erhebung|Analyse|Statistik))\b/;

/**
 * THEREBY behind a substring look, which costs far less than the pattern on every sentence. Its other
 * openers ("Dem Bericht zufolge", "Darin heißt es") are attributions of their own sentence already.
 */
function pointsBack(t: string): boolean {
  return (t.includes('nach') || t.includes('Nach ') || t.includes('emzufolge')) && THEREBY.test(t);
}

function isQuestion(u: Unit): boolean {
  return /\?[\s“”"»«)]*$/.test(u.text);
}

/** A heading or a line with no sentence punctuation that stands alone in its paragraph. */
function isHeading(doc: Doc, u: Unit, units: Unit[], i: number): boolean {
  if (doc.text[u.start] === '#' && lineOpensWith(doc.text, u.start, 0)) return true;
  const alone = units[i - 1]?.paragraph !== u.paragraph && units[i + 1]?.paragraph !== u.paragraph;
  return alone && !/[.!?:;“”"»«)…]$/.test(u.text.trimEnd());
}

function covers(a: Attribution): boolean {
  return a.kind === 'source' || a.kind === 'vague';
}

/**
 * Position of the last „ or » in text[from, to), or -1. One walk back that stops at the first of either:
 * two lastIndexOf calls read all 3,000 characters whenever one of the marks is absent, as » mostly is.
 */
function lastOpeningQuote(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x201e || c === 0xbb) return i;
  }
  return -1;
}

/** Unit index → attributions that cover it from elsewhere (quotes and reported speech), in order. */
function carried(doc: Doc, units: Unit[], attributions: Attribution[], own: Attribution[][]): Attribution[][] {
  const out: Attribution[][] = units.map(() => []);
  const text = doc.text;
  for (const a of attributions) {
    if (!covers(a)) continue;
    const i = unitAt(units, a.start);
    if (i < 0) continue;
    const u = units[i];
    // „…“, sagte Müller. — the quote may open sentences before this one.
    if (/[“”"»]\s*,?\s*$/.test(text.slice(Math.max(u.start, a.start - 6), a.start))) {
      const open = lastOpeningQuote(text, Math.max(0, a.start - 3000), a.start);
      if (open >= 0) {
        for (let k = i - 1; k >= 0 && units[k].end > open && units[k].paragraph === u.paragraph; k--) out[k].push(a);
      }
    }
    // „…“ Das sagte Müller. — "Das" points back to the sentence before.
    if (i > 0 && POINT_BACK.test(u.text) && units[i - 1].paragraph === u.paragraph) out[i - 1].push(a);
    // Müller sagte: „…“ — the quote may run on into later sentences.
    if (/^\s*:\s*[„»"]/.test(text.slice(a.end, a.end + 4))) {
      const close = text.slice(a.end + 1, u.end + 2000).search(/[“«]/);
      const closeAt = close < 0 ? u.end : a.end + 1 + close;
      for (let k = i + 1; k < units.length && units[k].start < closeAt; k++) out[k].push(a);
    }
    // Reported speech continues while the following sentences stay in Konjunktiv I.
    if (a.kind === 'source' || a.kind === 'vague') {
      for (let k = i + 1; k < units.length; k++) {
        if (own[k].some(covers)) break;
        const t = units[k].text;
        if (!KONJUNKTIV.test(t) || FIRST_PERSON.test(t)) break;
        out[k].push(a);
      }
    }
  }
  // "Demnach …" continues the previous sentence's source.
  for (let k = 1; k < units.length; k++) {
    if (own[k].some(covers) || !pointsBack(units[k].text)) continue;
    const prev = own[k - 1].filter(covers).concat(out[k - 1]);
    const src = prev.find((a) => a.kind === 'source') ?? prev[0];
    if (src) out[k].push(src);
  }
  return out;
}

/**
 * The units whose attributions can decide the source of a keyed figure, the only sources the corpus index
 * keeps (`corpusRecord` skips vague and unkeyed figures): the figure's own unit, and every unit from which
 * `carried` can bring an attribution to it. That is, for each such unit k,
 *   - the later units of k's paragraph (a quote closed by „…“, sagte X, and "Das sagte X."),
 *   - earlier units within 2,000 characters with a colon in them or just after them (X sagte: „…“),
 *   - the earlier units of a run of Konjunktiv sentences ending at k (reported speech), and
 *   - the unit before k, with all of its own sources, when k points back ("Demnach …").
 * Attributions found only in these units give every keyed figure the source a scan of all units gives.
 */
export function sourceUnits(doc: Doc, figures: Figure[]): boolean[] {
  const units = sentenceUnits(doc);
  const needed = new Array<boolean>(units.length).fill(false);
  const todo: number[] = [];
  for (const f of figures) {
    if (f.vague || !f.key) continue;
    const k = unitAt(units, f.start);
    if (k >= 0) todo.push(k);
  }
  const text = doc.text;
  const seen = new Array<boolean>(units.length).fill(false);
  for (let k; (k = todo.pop()) !== undefined; ) {
    if (seen[k]) continue;
    seen[k] = needed[k] = true;
    for (let i = k + 1; i < units.length && units[i].paragraph === units[k].paragraph; i++) needed[i] = true;
    for (let i = k - 1; i >= 0 && units[i].end + 2000 > units[k].start; i--) {
      if (text.slice(units[i].start, units[i].end + 4).includes(':')) needed[i] = true;
    }
    for (let i = k; i > 0 && KONJUNKTIV.test(units[i].text) && !FIRST_PERSON.test(units[i].text); i--) needed[i - 1] = true;
    if (k > 0 && pointsBack(units[k].text)) todo.push(k - 1);
  }
  return needed;
}

/**
 * The covering attribution for a position in unit i: an own source in the same clause, else the nearest own
 * source before it, else the first after it; then an own vague source; then one carried from elsewhere.
 */
function coveringAt(text: string, own: Attribution[], from: Attribution[], pos: number): Attribution | null {
  const sources = own.filter((a) => a.kind === 'source');
  if (sources.length === 1) return sources[0];
  if (sources.length > 1) {
    const clause = (a: Attribution) =>
      Math.abs(a.start - pos) < 300 && !/[,;:]/.test(text.slice(Math.min(a.end, pos), Math.max(a.start, pos)));
    const inClause = sources.find(clause);
    if (inClause) return inClause;
    const before = sources.filter((a) => a.start <= pos);
    return before.length ? before[before.length - 1] : sources[0];
  }
  const ownVague = own.find((a) => a.kind === 'vague');
  const carriedSource = [...from].reverse().find((a) => a.kind === 'source');
  return carriedSource ?? ownVague ?? from[from.length - 1] ?? null;
}

interface Sourced {
  units: Unit[];
  own: Attribution[][];
  from: Attribution[][];
  figuresIn: Figure[][];
}

/** Sets every figure's `source` (its covering attribution) and returns what claims are built from. */
function sourceFigures(doc: Doc, attributions: Attribution[], figures: Figure[]): Sourced {
  const units = sentenceUnits(doc);
  const own: Attribution[][] = units.map(() => []);
  for (const a of attributions) {
    const i = unitAt(units, a.start);
    if (i >= 0) own[i].push(a);
  }
  const from = carried(doc, units, attributions, own);

  const figuresIn: Figure[][] = units.map(() => []);
  for (const f of figures) {
    const i = unitAt(units, f.start);
    f.source = i >= 0 ? coveringAt(doc.text, own[i], from[i], f.start) : null;
    if (i >= 0) figuresIn[i].push(f);
  }
  // A headline states the article's figure without a source; the body names it. A heading figure takes the
  // source of the same quantity in the body (same key, intervals that agree).
  units.forEach((u, i) => {
    if (!isHeading(doc, u, units, i)) return;
    for (const f of figuresIn[i]) {
      if (f.source || !f.key) continue;
      const match = figures.find(
        (g) => g !== f && g.source && g.key === f.key && g.low <= f.high && f.low <= g.high && g.start > u.end,
      );
      if (match) f.source = match.source;
    }
  });
  return { units, own, from, figuresIn };
}

/**
 * Only the figures' sources, which `buildClaims` sets too: what the corpus index keeps of the
 * attributions, without the cost of building claims it never reads.
 */
export function attachSources(doc: Doc, attributions: Attribution[], figures: Figure[]): void {
  sourceFigures(doc, attributions, figures);
}

export function buildClaims(
  doc: Doc,
  attributions: Attribution[],
  figures: Figure[],
  dates: DateMention[],
  entities: Entity[],
): Claim[] {
  const { units, own, from, figuresIn } = sourceFigures(doc, attributions, figures);
  const datedIn = new Array<boolean>(units.length).fill(false);
  for (const d of dates) {
    if (!d.value) continue;
    const i = unitAt(units, d.start);
    if (i >= 0) datedIn[i] = true;
  }
  const entityIn = new Array<boolean>(units.length).fill(false);
  for (const e of entities) {
    const i = unitAt(units, e.start);
    if (i >= 0) entityIn[i] = true;
  }

  const claims: Claim[] = [];
  units.forEach((u, i) => {
    if (isQuestion(u) || isHeading(doc, u, units, i)) return;
    const factual =
      figuresIn[i].some((f) => !f.vague) ||
      (datedIn[i] && entityIn[i]) ||
      (entityIn[i] && EVENT_VERB.test(u.text));
    if (!factual) return;
    const source = coveringAt(doc.text, own[i], from[i], u.start);
    const hearsay = own[i].some((a) => a.kind === 'hearsay');
    claims.push({
      start: u.start,
      end: u.end,
      source,
      vague: source ? source.kind === 'vague' : hearsay,
    });
  });
  return claims;
}
