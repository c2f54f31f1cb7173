// Measures entity extraction time on a 1,000-word German draft: cold (first call) and warm (median of repeats).
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
let text = '';
for (let i = 0; text.split(/\s+/).length < 1000; i++) text += SENTENCES[i % SENTENCES.length] + (i % 4 === 3 ? '\n\n' : ' ');
const doc = prepare(text, 'text');
const n = text.split(/\s+/).length;

let t = performance.now();
extractEntities(doc);
const cold = performance.now() - t;
// Wall time and CPU time both: on a shared machine the CPU time is the steadier figure.
const times: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < Number(process.env.BENCH_N ?? 51); i++) {
  t = performance.now();
  const c = process.cpuUsage();
  extractEntities(doc);
  cpu.push(process.cpuUsage(c).user / 1000);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
console.log(
  `${n} words: cold ${cold.toFixed(1)} ms (loads model and lexicon); ` +
    `warm median ${times[25].toFixed(2)} ms wall, ${cpu[25].toFixed(2)} ms CPU`,
);
