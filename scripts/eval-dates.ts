// Scores the date extractor on the German ctparse corpus: extraction rate and value accuracy of the date part.
//
// What counts: every expression whose gold parse names at least one calendar day (`Time` with a date,
// `Interval` with a dated start or end). Pure clock times (`X-X-X 10:00`) and durations are left out.
// Each expression becomes a plain-text article dated the reference time's day; the extracted mention with the
// longest span is compared with the gold:
//   - date correct: the gold start day (when given) equals our start day and the gold end day (when
//     given) equals our end day; a single-day value is its own start and end. A month or year value
//     never matches a gold day.
//   - time correct (reported separately, over golds that carry a time): date correct and the clock
//     time at that end equal.
// `--errors` lists the misses after the table. `--bench` instead times extractDates on a generated
// 1,000-word German article and prints the median of 200 runs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { prepare } from '../src/core/text';
import { extractDates } from '../src/core/dates';

interface Item {
  text: string;
  ref_time: string;
  gold_parse: string;
}

interface Point {
  day: string | null;
  time: string | null;
}

const FILE = path.resolve(__dirname, '../../shared/data/ctparse-de/timeparse_corpus_de.json');

/** "2017-10-05 06:55 (X/X)" → day and time; "None" or an X date → nulls. */
function goldPoint(s: string): Point {
  const m = /(\d{4}-\d{2}-\d{2}|X-X-X)\s+(\d{2}:\d{2}|X:X)/.exec(s);
  if (!m) return { day: null, time: null };
  return { day: m[1].startsWith('X') ? null : m[1], time: m[2].startsWith('X') ? null : m[2] };
}

function gold(parse: string): { start: Point; end: Point } | null {
  const body = /\{(.*)\}/.exec(parse)?.[1] ?? '';
  if (parse.startsWith('Time[]')) {
    const p = goldPoint(body);
    return p.day ? { start: p, end: p } : null;
  }
  if (parse.startsWith('Interval[]')) {
    const [a, b] = body.split(/\s-\s(?=None|\d{4}|X)/);
    const start = goldPoint(a ?? '');
    const end = goldPoint(b ?? '');
    return start.day || end.day ? { start, end } : null;
  }
  return null;
}

function ourPoint(s: string): Point {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(s);
  return m ? { day: m[1], time: m[2] ?? null } : { day: null, time: null };
}

/** A 1,000-word article mixing date-rich and date-free sentences, built from a fixed rotation. */
function benchText(): string {
  const parts = [
    'Am Montag, 18. November 2024, trafen sich die Minister in Brüssel zu Beratungen.',
    'Die Gespräche dauerten bis in die Nacht und endeten ohne gemeinsame Erklärung.',
    'Nach Angaben der Regierung wurden seit Oktober rund 10.000 Soldaten verlegt.',
    'Vergangene Woche hatte der Präsident eine Ausweitung der Hilfen angekündigt.',
    'Der Gipfel soll vom 21. bis 23. Juni stattfinden, teilte ein Sprecher mit.',
    'Beobachter halten eine Einigung in den kommenden Wochen für unwahrscheinlich.',
    'Gestern gegen 14.30 Uhr meldete die Polizei mehrere Festnahmen in der Innenstadt.',
    'Die Opposition kritisierte das Vorgehen als überhastet und schlecht vorbereitet.',
  ];
  const words: string[] = [];
  for (let i = 0; words.length < 1000; i++) words.push(...parts[i % parts.length].split(' '));
  return words.slice(0, 1000).join(' ');
}

function bench(): void {
  const doc = prepare(benchText(), 'text');
  doc.meta = { ...doc.meta, date: '2024-11-23' };
  for (let i = 0; i < 50; i++) extractDates(doc);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = process.hrtime.bigint();
    extractDates(doc);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`extractDates, 1,000 words: median ${times[100].toFixed(3)} ms, p90 ${times[180].toFixed(3)} ms (${extractDates(doc).length} mentions)`);
}

function main(): void {
  if (process.argv.includes('--bench')) return bench();
  if (!fs.existsSync(FILE)) {
    console.log(`eval:dates: corpus not found at ${FILE}; nothing to score.`);
    return;
  }
  const items = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Item[];
  const showErrors = process.argv.includes('--errors');
  let n = 0;
  let extracted = 0;
  let dateOk = 0;
  let timeN = 0;
  let timeOk = 0;
  const errors: string[] = [];
  for (const it of items) {
    const g = gold(it.gold_parse);
    if (!g) continue;
    n++;
    const refDay = it.ref_time.slice(0, 10);
    // Plain text, so that "12. Oktober" at the start is not read as a Markdown list item.
    const doc = prepare(it.text, 'text');
    doc.meta = { ...doc.meta, date: refDay };
    const mentions = extractDates(doc).filter((d) => d.value);
    const best = mentions.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    const goldTime = g.start.time ? { at: 'start', want: g.start.time } : g.end.time ? { at: 'end', want: g.end.time } : null;
    if (goldTime) timeN++;
    if (!best) {
      errors.push(`MISS  ${JSON.stringify(it.text)} ref ${refDay} gold ${it.gold_parse}`);
      continue;
    }
    extracted++;
    const [a, b] = best.value!.split('/');
    const start = ourPoint(a);
    const end = b ? ourPoint(b) : start;
    const ok = (!g.start.day || g.start.day === start.day) && (!g.end.day || g.end.day === end.day);
    if (ok) dateOk++;
    else errors.push(`WRONG ${JSON.stringify(it.text)} ref ${refDay} got ${best.value} [${best.text}] gold ${it.gold_parse}`);
    if (goldTime && ok && (goldTime.at === 'start' ? start.time : end.time) === goldTime.want) timeOk++;
  }
  const pct = (x: number, d: number) => (d ? (x / d).toFixed(3) : '-');
  console.log('| measure                                  | value |');
  console.log('|------------------------------------------|-------|');
  console.log(`| expressions with a date part (n)         | ${n} |`);
  console.log(`| extraction rate                          | ${pct(extracted, n)} |`);
  console.log(`| value accuracy, date part                | ${pct(dateOk, n)} |`);
  console.log(`| time accuracy (n = ${String(timeN).padEnd(4)} with a gold time) | ${pct(timeOk, timeN)} |`);
  if (showErrors) for (const e of errors) console.log(e);
}

main();
