// Measures entity extraction CPU time on a 1,000-word German draft: unseen sentences, a re-run, and one edited sentence.
import { prepare } from '../src/core/text';
import { extractEntities } from '../src/core/entities';

const SENTENCES = [
  'Bundeskanzler Olaf Scholz telefonierte am Abend mit dem Präsidenten der Ukraine.',
  'Die Deutsche Bahn kündigte für Donnerstag einen Notfahrplan an, teilte ein Sprecher in Berlin mit.',
  'Nach Angaben des Polizeipräsidiums Niederbayern wurden bei dem Unfall nahe Passau drei Menschen verletzt.',
  'GDL-Chef Reinhard Vogt warf dem Konzern vor, kein ernsthaftes Angebot vorgelegt zu haben.',
  'In der Region Kursk sollen nach südkoreanischen Angaben rund 10.000 Soldaten aus Nordkorea stationiert sein.',
  'Die Opposition kritisierte die Pläne der Regierung als unausgegoren und teuer.',
  'Oberbürgermeisterin Katrin Albrecht eröffnete am Montag die neue Brücke über die Donau.',
  'Laut dpa wurden die Gespräche in Brüssel auf die kommende Woche vertagt.',
];

/** The draft; `variant` puts a number into every sentence, so no sentence memo can answer it. */
function draft(variant?: number): string {
  let text = '';
  for (let i = 0; text.split(/\s+/).length < 1000; i++) {
    let s = SENTENCES[i % SENTENCES.length];
    if (variant !== undefined) s = s.replace(/\.$/, ` ${variant * 1000 + i}.`);
    text += s + (i % 4 === 3 ? '\n\n' : ' ');
  }
  return text;
}

const N = Number(process.env.BENCH_N ?? 201);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** CPU milliseconds of `run` per call, median over N calls (CPU time is the steadier figure on a shared machine). */
function cpu(run: (i: number) => void): number {
  const out: number[] = [];
  for (let i = 0; i < N; i++) {
    const c = process.cpuUsage();
    run(i);
    out.push(process.cpuUsage(c).user / 1000);
  }
  return median(out);
}

const base = draft();
const n = base.split(/\s+/).length;
let t = performance.now();
extractEntities(prepare(base, 'text'));
const cold = performance.now() - t;
// Documents are prepared outside the measured calls: only entity extraction is timed.
const unseen = Array.from({ length: N + 20 }, (_, i) => prepare(draft(i + 1), 'text'));
for (let i = 0; i < 20; i++) extractEntities(unseen[N + i]);
const fresh = cpu((i) => extractEntities(unseen[i]));
const same = prepare(base, 'text');
const again = cpu(() => extractEntities(same));
const edits = Array.from({ length: N }, (_, i) => prepare(base.replace('Die Opposition kritisierte', `Die Opposition kritisierte ${i}`), 'text'));
const edit = cpu((i) => extractEntities(edits[i]));
console.log(
  `${n} words: cold ${cold.toFixed(1)} ms (loads model and lists); CPU per call, median of ${N}: ` +
    `unseen sentences ${fresh.toFixed(2)} ms, same text again ${again.toFixed(2)} ms, one sentence edited ${edit.toFixed(2)} ms`,
);
