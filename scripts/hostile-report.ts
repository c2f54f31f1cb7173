// Measures each hostile input through the built CLI (`bin/faktenlage.js`) and prints time and outcome as a Markdown table.
// Run after `npm run build`: `npx tsx scripts/hostile-report.ts`. Files are generated into a temporary folder and removed.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ARTICLE, HOSTILE_INPUTS, SLOW_INPUTS, hostileDir } from '../test/fixtures/hostile/inputs';
import { cliProcess, ROOT, type CliResult } from '../test/fixtures/hostile/run-cli';

/** A run longer than this is killed and reported as a hang. */
const DEADLINE_MS = 300_000;

interface Row {
  input: string;
  size: string;
  command: string;
  ms: number;
  outcome: string;
}

function size(bytes: number): string {
  if (bytes === 0) return '';
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} B`;
}

/** The outcome in a few words: exit code, findings or articles, and the first notice. */
function outcome(r: CliResult, kind: 'check' | 'index'): string {
  if (r.timedOut) return `**hang** (killed after ${Math.round(r.ms / 1000)} s)`;
  const parts = [`exit ${r.code}`];
  try {
    const out = JSON.parse(r.stdout);
    if (kind === 'check') parts.push(`${out.length} findings`);
    else parts.push(`${out.indexed} indexed, ${out.skipped} skipped`);
  } catch {
    parts.push('no JSON on stdout');
  }
  const notices = r.stderr.trim().split('\n').filter(Boolean);
  if (notices.length) {
    const first = notices[0].replace(/^faktenlage: /, '').replace(/^\S*\//, '');
    parts.push(`„${first.length > 90 ? first.slice(0, 90) + '…' : first}“${notices.length > 1 ? ` (+${notices.length - 1} more)` : ''}`);
  }
  return parts.join(', ');
}

async function measure(rows: Row[], input: string, bytes: number, args: string[], kind: 'check' | 'index', deadlineMs = DEADLINE_MS): Promise<void> {
  const r = await cliProcess(args, deadlineMs, true);
  const row = { input, size: size(bytes), command: `faktenlage ${args[0]}`, ms: r.ms, outcome: outcome(r, kind) };
  rows.push(row);
  process.stderr.write(`${row.input}: ${Math.round(row.ms)} ms, ${row.outcome}\n`);
}

function corpusWithFaults(dir: string): string {
  const k = path.join(dir, 'korpus-fehler');
  fs.mkdirSync(path.join(k, 'unter'), { recursive: true });
  fs.writeFileSync(path.join(k, 'gut.md'), ARTICLE);
  fs.symlinkSync('..', path.join(k, 'unter', 'schleife'));
  fs.symlinkSync('selbst.md', path.join(k, 'selbst.md'));
  fs.symlinkSync('fehlt.md', path.join(k, 'tot.md'));
  fs.writeFileSync(path.join(k, 'binaer.md'), Buffer.from([0x50, 0x4b, 0, 0]));
  fs.writeFileSync(path.join(k, 'latin1.md'), Buffer.from('Stra\xdfe: 3.000 M\xe4nner.\n', 'latin1'));
  return k;
}

function manyFiles(dir: string, count: number): string {
  const k = path.join(dir, 'korpus-viele');
  for (let i = 0; i < count; i++) {
    const sub = path.join(k, `ordner-${Math.floor(i / 100)}`);
    if (i % 100 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `a-${i}.md`), `---\ndatum: 2024-11-${String(1 + (i % 28)).padStart(2, '0')}\n---\nLaut Polizei kamen ${i + 1} Menschen nach Passau.\n`);
  }
  return k;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) {
    process.stderr.write('dist/cli.js is missing: run `npm run build` first\n');
    process.exit(2);
  }
  const dir = hostileDir();
  const rows: Row[] = [];
  try {
    for (const h of [...HOSTILE_INPUTS, ...SLOW_INPUTS]) {
      const file = h.write(dir);
      await measure(rows, h.label, fs.statSync(file).size, ['check', '--json', '--fail-on', 'none', file], 'check');
      fs.rmSync(file);
    }
    const faults = corpusWithFaults(dir);
    await measure(rows, 'Korpus: Schleife, tote/eigene Links, binär, Latin-1', 0, ['index', '--json', faults], 'index');
    try {
      execFileSync('mkfifo', [path.join(faults, 'rohr.md')]);
      fs.symlinkSync('rohr.md', path.join(faults, 'rohr-link.md'));
      // Indexing a handful of files takes a second or two: thirty seconds means it is stuck.
      await measure(rows, 'Korpus: Symlink auf eine FIFO', 0, ['index', '--json', faults], 'index', 30_000);
    } catch {
      process.stderr.write('mkfifo not available: FIFO case left out\n');
    }
    const many = manyFiles(dir, 10_000);
    await measure(rows, 'Korpus: 10.000 kleine Dateien', 0, ['index', '--json', many], 'index');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const lines = ['| Eingabe | Größe | Befehl | Zeit | Ergebnis |', '|---|---:|---|---:|---|'];
  for (const r of rows) lines.push(`| ${r.input} | ${r.size || "–"} | \`${r.command}\` | ${(r.ms / 1000).toFixed(1)} s | ${r.outcome} |`);
  process.stdout.write(lines.join('\n') + '\n');
  process.stdout.write(`\nNode ${process.version}, ${new Date().toISOString()}; Zeiten mit Prozessstart (~0.5 s), gemessen, nicht zugesichert.\n`);
}

void main();
