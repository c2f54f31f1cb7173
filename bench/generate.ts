// A deterministic, seedable generator of synthetic German news articles and drafts, with an on-disk cache under bench/.corpus.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  FILLER,
  FIRST_NAMES_F,
  FIRST_NAMES_M,
  GENERIC_ROLES,
  HEARSAY_OPENERS,
  LAST_NAMES,
  OUTLETS,
  TOPICS,
  VAGUE_OPENERS,
  type FactSpec,
  type Org,
  type PersonSpec,
  type TopicSpec,
} from './vocab';

/** Bump whenever the output for a given seed changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 1;

export const CORPUS_ROOT = resolve(__dirname, '.corpus');

// ---------------------------------------------------------------------------------------------
// Randomness: one small PRNG per article, seeded from (seed, index), so article i is the same
// whatever the corpus size and the 1,000-article corpus is a prefix of the 10,000-article one.

export type Rng = () => number;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function rngFor(...parts: (string | number)[]): Rng {
  let a = hash(parts.join(':'));
  // mulberry32: fast, good enough for text generation, and identical on every platform.
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const chance = (rng: Rng, p: number): boolean => rng() < p;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function weighted<T extends { weight: number }>(rng: Rng, xs: readonly T[]): T {
  let total = 0;
  for (const x of xs) total += x.weight;
  let r = rng() * total;
  for (const x of xs) if ((r -= x.weight) < 0) return x;
  return xs[xs.length - 1];
}

// ---------------------------------------------------------------------------------------------
// Dates.

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const SMALL = ['null', 'einem', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'];

const DAY = 86400000;
const parseIso = (iso: string): Date => new Date(iso + 'T00:00:00Z');
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY);
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A date phrase usable as an adverbial ("am 3. Juni", "gestern", "vor zwei Wochen") for an event
 * `offset` days from the article date (negative: in the past). Now and then the weekday is wrong on
 * purpose, so the weekday-mismatch check has something to find.
 */
export function datePhrase(rng: Rng, article: Date, offset: number): string {
  const d = addDays(article, offset);
  const day = d.getUTCDate();
  const month = MONTHS[d.getUTCMonth()];
  const year = d.getUTCFullYear();
  let wd = WEEKDAYS[d.getUTCDay()];
  if (chance(rng, 0.03)) wd = WEEKDAYS[(d.getUTCDay() + int(rng, 1, 6)) % 7];
  const time = (): string => (chance(rng, 0.5) ? `${int(rng, 6, 22)}.${pick(rng, ['00', '15', '30', '45'])} Uhr` : `${int(rng, 6, 22)}:${pick(rng, ['00', '10', '30', '50'])} Uhr`);
  const absolute = [
    () => `am ${day}. ${month}`,
    () => `am ${day}. ${month} ${year}`,
    () => `am ${pad(day)}.${pad(d.getUTCMonth() + 1)}.${year}`,
    () => `am ${day}.${d.getUTCMonth() + 1}.`,
    () => `am ${wd}, ${day}. ${month}`,
    () => `am ${wd}, dem ${day}. ${month} ${year}`,
    () => `am ${day}. ${month} um ${time()}`,
    () => `${day <= 10 ? 'Anfang' : day <= 20 ? 'Mitte' : 'Ende'} ${month}`,
    () => `im ${month} ${year}`,
    () => `zwischen dem ${day}. und dem ${Math.min(day + 2, 28)}. ${month}`,
    () => `vom ${day}. bis ${Math.min(day + int(rng, 1, 3), 28)}. ${month} ${year}`,
    () => `am ${iso(d)}`,
  ];
  const relative: (() => string | null)[] = [
    () => (offset === 0 ? 'heute' : null),
    () => (offset === -1 ? 'gestern' : null),
    () => (offset === -1 ? 'am gestrigen Abend' : null),
    () => (offset === -2 ? 'vorgestern' : null),
    () => (offset === 1 ? 'morgen' : null),
    () => (offset < 0 && offset >= -6 ? `am ${wd}` : null),
    () => (offset < 0 && offset >= -6 ? `am vergangenen ${wd}` : null),
    () => (offset < -1 && offset >= -10 ? `vor ${SMALL[-offset] ?? -offset} Tagen` : null),
    () => (offset <= -7 && offset >= -20 ? `vor ${SMALL[Math.round(-offset / 7)]} Wochen`.replace('vor einem Wochen', 'vor einer Woche') : null),
    () => (offset <= -5 && offset >= -12 ? 'vergangene Woche' : null),
    () => (offset > 0 && offset <= 6 ? `am kommenden ${wd}` : null),
    () => (offset < 0 && offset >= -6 ? `in der Nacht zum ${wd}` : null),
    () => (offset > 0 && offset <= 14 ? 'in der kommenden Woche' : null),
  ];
  const vague = ['in den vergangenen Tagen', 'in den letzten Stunden', 'seit einigen Wochen', 'zuletzt', 'kürzlich'];
  const r = rng();
  if (r < 0.45) {
    const options = relative.map((f) => f()).filter((x): x is string => x !== null);
    if (options.length) return pick(rng, options);
  }
  if (r > 0.93) return pick(rng, vague);
  return pick(rng, absolute)();
}

// ---------------------------------------------------------------------------------------------
// Figures.

const NUMBER_WORDS: Record<number, string> = {
  3: 'drei', 10: 'zehn', 12: 'zwölf', 20: 'zwanzig', 40: 'vierzig', 1000: 'tausend', 3000: 'dreitausend',
  10000: 'zehntausend', 12000: 'zwölftausend', 15000: 'fünfzehntausend',
};

/** Groups thousands the German way: 12000 → "12.000", and sometimes with a space or none for four digits. */
function grouped(rng: Rng, n: number): string {
  const s = String(Math.round(n));
  if (s.length <= 4 && chance(rng, 0.4)) return s;
  const sep = chance(rng, 0.1) ? '\u202f' : '.';
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

const decimal = (n: number, places: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(places).replace('.', ','));

/** Rounds to two significant digits, as reported figures tend to be. */
function nice(n: number, decimals = 0): number {
  if (decimals > 0 && n < 100) return Math.round(n * 10 ** decimals) / 10 ** decimals;
  if (n < 100) return Math.round(n);
  const mag = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / mag) * mag;
}

function amount(rng: Rng, n: number, fact: FactSpec): string {
  if (fact.kind === 'percent') return `${decimal(n, fact.decimals ?? 0)}${pick(rng, [' Prozent', ' Prozent', ' %', '%'])}`;
  if (fact.kind === 'measure') return `${n >= 1000 ? grouped(rng, n) : decimal(n, fact.decimals ?? 0)} ${fact.unit}`;
  const euro = fact.kind === 'euro' ? pick(rng, [' Euro', ' Euro', ' Euro', ' €']) : '';
  let core: string;
  if (n >= 1e9) core = `${decimal(n / 1e9, 1)} ${pick(rng, ['Milliarden', 'Milliarden', 'Mrd.'])}`;
  else if (n >= 1e6) core = `${decimal(n / 1e6, 1)} ${pick(rng, ['Millionen', 'Millionen', 'Mio.'])}`;
  else if (NUMBER_WORDS[n] && chance(rng, 0.15)) core = NUMBER_WORDS[n];
  else core = grouped(rng, n);
  if (euro === ' €' && n < 1e6 && chance(rng, 0.5)) return `${core}${euro}`;
  return `${core}${euro}`;
}

const QUALIFIERS = ['', '', '', 'rund ', 'etwa ', 'mehr als ', 'über ', 'bis zu ', 'knapp ', 'mindestens ', 'fast ', 'gut ', 'annähernd '];

/**
 * The figure phrase for a fact in one article. Most articles agree on the base value, some report
 * a neighbouring value and a few an outlier, so `conflicting-figure` has real disagreements to find.
 */
function figurePhrase(rng: Rng, fact: FactSpec): string {
  const r = rng();
  const factor = r < 0.6 ? 1 : r < 0.75 ? 1.2 : r < 0.88 ? 0.8 : r < 0.95 ? 1.5 : 0.5;
  const n = nice(fact.base * factor, fact.decimals);
  return pick(rng, QUALIFIERS) + amount(rng, n, fact);
}

// ---------------------------------------------------------------------------------------------
// People and sources.

interface Person extends PersonSpec {
  /** Mentioned already in the current article (later mentions use the short name). */
  seen?: boolean;
}

interface World {
  seed: string;
  people: Map<string, PersonSpec[]>;
  authors: string[];
}

/** Each topic gets a fixed cast per seed, so the same people recur across articles. */
export function buildWorld(seed: string): World {
  const rng = rngFor(seed, 'world');
  const people = new Map<string, PersonSpec[]>();
  for (const t of TOPICS) {
    const cast: PersonSpec[] = [...t.people];
    for (let i = 0; i < 5; i++) {
      const role = pick(rng, [...t.roles, ...GENERIC_ROLES]);
      // Feminine role nouns end in -in ("Analystin"); the first name follows the role.
      const first = pick(rng, /in$/.test(role) ? FIRST_NAMES_F : FIRST_NAMES_M);
      cast.push({ first, last: pick(rng, LAST_NAMES), role });
    }
    people.set(t.id, cast);
  }
  const authors = Array.from({ length: 40 }, () => `${pick(rng, [...FIRST_NAMES_F, ...FIRST_NAMES_M])} ${pick(rng, LAST_NAMES)}`);
  return { seed, people, authors };
}

class ArticleWriter {
  private readonly mentioned = new Set<PersonSpec>();
  constructor(
    private readonly rng: Rng,
    private readonly topic: TopicSpec,
    private readonly cast: PersonSpec[],
    private readonly date: Date,
  ) {}

  /** Full name with role on first mention, the short name afterwards. */
  person(p: PersonSpec = pick(this.rng, this.cast)): string {
    if (this.mentioned.has(p)) return p.short ?? p.last;
    this.mentioned.add(p);
    return `${p.role} ${p.first} ${p.last}`;
  }

  org(): Org {
    return pick(this.rng, this.topic.orgs);
  }

  fill(template: string): string {
    const o = this.org();
    // Capitalised afterwards because a slot may open the sentence ("{O} warnte …").
    return cap(template
      .replace(/\{P\}/g, () => pick(this.rng, this.topic.places))
      .replace(/\{O\}/g, () => o.nom)
      .replace(/\{Od\}/g, () => o.dat)
      .replace(/\{Og\}/g, () => o.gen)
      .replace(/\{N\}/g, () => this.person())
      .replace(/\{T\}/g, () => this.topic.id));
  }

  date_(pastBias = true): string {
    const offset = pastBias ? -int(this.rng, 0, 16) : int(this.rng, -12, 3);
    return datePhrase(this.rng, this.date, offset);
  }

  /** One sentence carrying a figure, with one of the many ways a source can be given (or none). */
  factSentence(): string {
    const rng = this.rng;
    const fact = pick(rng, this.topic.facts);
    if (fact.vague && chance(rng, 0.12)) return cap(fact.vague) + '.';
    const F = figurePhrase(rng, fact);
    const vf = pick(rng, fact.vf).replace('{F}', F);
    const inv = pick(rng, fact.inv).replace('{F}', F);
    const usePerson = chance(rng, 0.35);
    const p = pick(rng, this.cast);
    const o = this.org();
    const nom = usePerson ? this.person(p) : o.nom;
    const dat = usePerson ? nom : o.dat;
    const gen = usePerson ? `von ${nom}` : o.gen;
    const r = rng();
    if (r < 0.2) return cap(vf) + '.';
    if (r < 0.27) return `${cap(this.date_())} ${inv}.`;
    if (r < 0.35) return `Laut ${dat} ${inv}.`;
    if (r < 0.42) return `Nach Angaben ${gen} ${inv}.`;
    if (r < 0.48) return `${cap(dat)} zufolge ${inv}.`;
    if (r < 0.55) return `${cap(vf)}, teilte ${nom} mit.`;
    if (r < 0.62) return `${cap(vf)}, sagte ${this.person(p)}.`;
    if (r < 0.67) return `Wie ${nom} mitteilte, ${inv}.`;
    if (r < 0.72) return `${cap(vf)}, ${pick(rng, ['berichtete', 'meldete', 'schreibt'])} ${outletRef(pick(rng, OUTLETS))}.`;
    if (r < 0.82) {
      const opener = pick(rng, VAGUE_OPENERS);
      return opener.endsWith(', ') ? `${opener}${vf}.` : `${opener} ${inv}.`;
    }
    if (r < 0.9) return `${pick(rng, HEARSAY_OPENERS)} ${inv}.`;
    return `„${cap(vf)}“, sagte ${this.person(p)}.`;
  }

  quoteSentence(): string {
    const q = pick(this.rng, this.topic.quotes);
    const who = this.person();
    const r = this.rng();
    if (r < 0.5) return `„${q}“, sagte ${who}.`;
    if (r < 0.8) return `„${q}“, sagte ${who} ${this.date_()}.`;
    return `${cap(who)} sagte: „${q}.“`;
  }

  eventSentence(): string {
    return this.fill(pick(this.rng, this.topic.events)).replace('{D}', this.date_(false));
  }

  sentence(): string {
    const r = this.rng();
    if (r < 0.3) return this.factSentence();
    if (r < 0.5) return this.fill(pick(this.rng, this.topic.background));
    if (r < 0.62) return this.quoteSentence();
    if (r < 0.74) return this.eventSentence();
    return this.fill(pick(this.rng, FILLER));
  }
}

function outletRef(outlet: string): string {
  if (outlet === 'dpa' || outlet === 'AFP' || outlet === 'Reuters') return `die Nachrichtenagentur ${outlet}`;
  if (outlet.startsWith('Der ')) return `der „${outlet.slice(4)}“`;
  if (outlet.startsWith('Magazin ')) return `das ${outlet}`;
  return `die Zeitung „${outlet}“`;
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

// ---------------------------------------------------------------------------------------------
// Articles.

export interface GeneratedArticle {
  /** File name inside the corpus folder. */
  name: string;
  text: string;
  /** Words of the body (front matter not counted). */
  words: number;
  date: string;
  topic: string;
}

interface ArticleOptions {
  minWords: number;
  maxWords: number;
  /** Plain text with a date line instead of Markdown with front matter. */
  plain?: boolean;
  outlet?: string;
  topic?: TopicSpec;
  date?: Date;
}

function writeArticle(world: World, rng: Rng, name: string, opts: ArticleOptions): GeneratedArticle {
  const topic = opts.topic ?? weighted(rng, TOPICS);
  const date = opts.date ?? addDays(parseIso(topic.anchor), int(rng, 0, topic.spanDays));
  const w = new ArticleWriter(rng, topic, world.people.get(topic.id)!, date);
  const target = int(rng, opts.minWords, opts.maxWords);
  const title = w.fill(pick(rng, topic.titles));
  const outlet = opts.outlet ?? pick(rng, OUTLETS);
  const author = pick(rng, world.authors);

  const blocks: string[] = [];
  let words = 0;
  const add = (block: string): void => {
    blocks.push(block);
    words += wordCount(block);
  };
  if (!opts.plain && chance(rng, 0.5)) add(`# ${title}`);
  // The lead: where and when, then the central figure of the story.
  add(`${cap(pick(rng, topic.places))} (${pick(rng, ['dpa', 'AFP', 'Reuters', 'eigener Bericht'])}) – ${w.eventSentence()} ${w.factSentence()}`);
  let paragraph = 1;
  while (words < target) {
    if (!opts.plain && paragraph > 2 && chance(rng, 0.12)) add(`## ${pick(rng, topic.subheads)}`);
    const sentences: string[] = [];
    const n = int(rng, 2, 4);
    for (let i = 0; i < n && words + wordCount(sentences.join(' ')) < target; i++) sentences.push(w.sentence());
    add(sentences.join(' '));
    paragraph++;
  }
  if (chance(rng, 0.3)) add(`Mit Material von ${pick(rng, ['dpa', 'AFP', 'dpa und AFP', 'Reuters'])}.`);

  const body = blocks.join('\n\n') + '\n';
  const day = iso(date);
  const text = opts.plain
    ? `${date.getUTCDate()}. ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}\n\n${title}\n\n${body}`
    : `---\ndatum: ${day}\ntitel: "${title.replace(/"/g, '\\"')}"\nquelle: ${outlet}\nautor: ${author}\n---\n\n${body}`;
  return { name, text, words, date: day, topic: topic.id };
}

/** Article `index` of the corpus for `seed`: independent of the corpus size. */
export function generateArticle(world: World, index: number): GeneratedArticle {
  const rng = rngFor(world.seed, 'article', index);
  const plain = rng() < 0.1;
  const name = `a${String(index).padStart(6, '0')}.${plain ? 'txt' : 'md'}`;
  return writeArticle(world, rng, name, { minWords: 300, maxWords: 600, plain });
}

export function* generateCorpus(seed: string | number, size: number): Generator<GeneratedArticle> {
  const world = buildWorld(String(seed));
  for (let i = 0; i < size; i++) yield generateArticle(world, i);
}

/**
 * A draft of about `words` words (default 1,000) on the most contested topic, dated inside its news
 * window so the corpus has comparable figures within the default 30-day window.
 */
export function generateDraft(seed: string | number = 42, words = 1000, variant = 0): string {
  const world = buildWorld(String(seed));
  const rng = rngFor(String(seed), 'draft', variant);
  const topic = TOPICS[0];
  const date = addDays(parseIso(topic.anchor), 30 + int(rng, 0, 20));
  return writeArticle(world, rng, 'draft.md', { minWords: words, maxWords: words, topic, date, outlet: 'Tagesblatt Mitte' }).text;
}

// ---------------------------------------------------------------------------------------------
// The on-disk cache.

interface Manifest {
  generatorVersion: number;
  seed: string;
  size: number;
  words: number;
  files: string[];
}

/**
 * Makes sure `bench/.corpus/<seed>-<size>/` holds the corpus, generating it when missing or made by
 * another generator version. Written to a temporary folder first, so an interrupted run leaves no
 * half corpus that looks complete.
 */
export function ensureCorpus(seed: string | number, size: number, root = CORPUS_ROOT): { dir: string; manifest: Manifest; generated: boolean } {
  const dir = join(root, `${seed}-${size}`);
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    try {
      const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
      if (m.generatorVersion === GENERATOR_VERSION && m.size === size) return { dir, manifest: m, generated: false };
    } catch {
      // A broken manifest means a broken cache: fall through and regenerate.
    }
  }
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const files: string[] = [];
  let words = 0;
  for (const a of generateCorpus(seed, size)) {
    writeFileSync(join(tmp, a.name), a.text);
    files.push(a.name);
    words += a.words;
  }
  const manifest: Manifest = { generatorVersion: GENERATOR_VERSION, seed: String(seed), size, words, files };
  writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest));
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { dir, manifest, generated: true };
}

/** Reads a cached corpus as article records (uri = file URI), in file-name order. */
export function readCorpus(dir: string): { uri: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => ({ uri: 'file://' + join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

// ---------------------------------------------------------------------------------------------
// CLI: tsx bench/generate.ts [--size N] [--seed S] [--draft] [--words N]

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (require.main === module) {
  const seed = arg('--seed') ?? '42';
  if (process.argv.includes('--draft')) {
    process.stdout.write(generateDraft(seed, Number(arg('--words') ?? 1000)));
  } else {
    const size = Number(arg('--size') ?? 1000);
    const t = performance.now();
    const { dir, manifest, generated } = ensureCorpus(seed, size);
    const how = generated ? `generated in ${((performance.now() - t) / 1000).toFixed(1)} s` : 'cached';
    console.log(`${dir}: ${manifest.size} articles, ${manifest.words} words (${how})`);
  }
}
