// The CLI contract: JSON shapes, exit codes, output formats, and the planted findings of the demo drafts.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';

const root = path.resolve(__dirname, '../..');

/** Runs the CLI in-process and captures what it prints. */
function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = ((s: string) => ((stdout += s), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => ((stderr += s), true)) as typeof process.stderr.write;
  try {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      return { code: main(args), stdout, stderr };
    } finally {
      process.chdir(cwd);
    }
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/** Folders made by tmpFile, removed after the run so repeated test runs do not fill the temp folder. */
const tmpDirs: string[] = [];
after(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

function tmpFile(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faktenlage-cli-'));
  tmpDirs.push(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('faktenlage check on the demo drafts', () => {
  const drafts = ['demo/drafts/nordkorea-truppen.md', 'demo/drafts/hochwasser-bilanz.md', 'demo/drafts/bahnstreik-kommentar.md'];

  it('finds exactly the planted problems', () => {
    const r = cli('check', '--json', '--corpus', 'demo/corpus', ...drafts);
    assert.equal(r.code, 0, r.stderr);
    const findings = JSON.parse(r.stdout) as { file: string; code: string; start: number; end: number }[];
    const text = (f: { file: string; start: number; end: number }) => fs.readFileSync(path.join(root, f.file), 'utf8').slice(f.start, f.end);
    assert.deepEqual(
      findings.map((f) => `${path.basename(f.file)} ${f.code} ${text(f)}`),
      [
        'nordkorea-truppen.md conflicting-figure 15.000',
        'nordkorea-truppen.md unsourced-figure 15.000',
        'nordkorea-truppen.md vague-source Berichten zufolge',
        'nordkorea-truppen.md weekday-mismatch Dienstag',
        'hochwasser-bilanz.md conflicting-figure 3.000',
        'hochwasser-bilanz.md unsourced-figure 3.000',
        'bahnstreik-kommentar.md weekday-mismatch Mittwoch',
        'bahnstreik-kommentar.md conflicting-figure 50 Prozent',
      ],
    );
  });

  it('lists every disagreeing corpus passage as related information', () => {
    const r = cli('check', '--json', '--corpus', 'demo/corpus', 'demo/drafts/nordkorea-truppen.md');
    const conflict = (JSON.parse(r.stdout) as { code: string; related: { file: string; line: number; message: string }[] }[]).find(
      (f) => f.code === 'conflicting-figure',
    )!;
    assert.deepEqual(conflict.related.map((x) => path.basename(x.file)).sort(), ['2024-11-20-ostfront-lagebericht.md', '2024-11-21-seoul-geheimdienst.md']);
    assert.ok(conflict.related.every((x) => x.line > 0 && x.message.length > 0));
  });

  it('prints compiler-style lines without --json', () => {
    const r = cli('check', '--corpus', 'demo/corpus', 'demo/drafts/bahnstreik-kommentar.md');
    assert.match(r.stdout, /^demo\/drafts\/bahnstreik-kommentar\.md:8:4 warning weekday-mismatch „Mittwoch“ passt nicht: Der 11\.1\.2024 ist ein Donnerstag\.$/m);
  });

  it('prints SARIF 2.1.0', () => {
    const r = cli('check', '--sarif', '--corpus', 'demo/corpus', 'demo/drafts/hochwasser-bilanz.md');
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId).sort(), ['conflicting-figure', 'unsourced-figure']);
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine, 8);
  });
});

describe('faktenlage check: exit codes and options', () => {
  const draft = () => tmpFile('d.md', '---\ndatum: 2024-11-23\n---\nEs kamen 3.000 Menschen zur Kundgebung.\n');

  it('exits 0 when no finding reaches --fail-on (default error)', () => {
    assert.equal(cli('check', draft()).code, 0);
  });

  it('exits 1 when a finding reaches --fail-on', () => {
    assert.equal(cli('check', '--fail-on', 'warning', draft()).code, 1);
  });

  it('raises a severity with --severity', () => {
    const r = cli('check', '--json', '--severity', 'unsourced-figure=error', draft());
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.stdout)[0].severity, 'error');
  });

  it('speaks English with --locale en', () => {
    assert.match(cli('check', '--locale', 'en', draft()).stdout, /Figure without a source/);
  });

  it('exits 2 with one line on stderr for a missing file', () => {
    const r = cli('check', 'no/such/file.md');
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'faktenlage: no/such/file.md: no such file\n');
  });

  it('exits 2 on an unknown option', () => {
    const r = cli('check', '--frobnicate', draft());
    assert.equal(r.code, 2);
    assert.equal(r.stderr.split('\n').length, 2);
  });

  it('skips a binary file with a notice and goes on', () => {
    const r = cli('check', '--json', tmpFile('bin.md', Buffer.from([0x50, 0x4b, 0, 0, 1, 2, 3])), draft());
    assert.equal(r.code, 0);
    assert.match(r.stderr, /bin\.md: skipped: binary file/);
    assert.equal(JSON.parse(r.stdout).length, 1);
  });

  it('reports offsets in UTF-16 code units after a removed BOM, zero-based lines as in LSP', () => {
    const f = tmpFile('bom.md', '\uFEFF---\ndatum: 2024-11-23\n---\n😀 Es kamen 3.000 Menschen.\n');
    const [finding] = JSON.parse(cli('check', '--json', f).stdout);
    const text = fs.readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
    assert.equal(text.slice(finding.start, finding.end), '3.000');
    assert.deepEqual([finding.line, finding.character], [3, 12]);
  });
});

describe('faktenlage analyze', () => {
  it('prints one object per file with exactly the documented keys', () => {
    const r = cli('analyze', '--json', 'demo/drafts/nordkorea-truppen.md');
    assert.equal(r.code, 0, r.stderr);
    const [a] = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(a), ['file', 'date', 'entities', 'dates', 'figures', 'claims']);
    assert.equal(a.file, 'demo/drafts/nordkorea-truppen.md');
    assert.equal(a.date, '2024-11-24');
    const fig = a.figures.find((f: { text: string }) => f.text === '15.000');
    assert.deepEqual(Object.keys(fig), ['text', 'start', 'end', 'value', 'low', 'high', 'unit', 'key', 'source']);
    assert.equal(fig.source, null);
    assert.deepEqual(Object.keys(a.entities[0]), ['text', 'type', 'start', 'end', 'id']);
    assert.deepEqual(Object.keys(a.dates[0]), ['text', 'start', 'end', 'value']);
    assert.deepEqual(Object.keys(a.claims[0]), ['start', 'end', 'source', 'vague']);
  });

  it('writes an open interval end as null', () => {
    const f = tmpFile('a.md', '---\ndatum: 2024-11-22\n---\nLaut Austin sind mehr als 10.000 Soldaten dort.\n');
    const [a] = JSON.parse(cli('analyze', '--json', f).stdout);
    assert.deepEqual([a.figures[0].low, a.figures[0].high], [10000, null]);
  });
});

describe('faktenlage index', () => {
  it('summarises what was indexed and skipped', () => {
    const r = cli('index', '--json', 'demo/corpus');
    assert.equal(r.code, 0);
    const s = JSON.parse(r.stdout);
    assert.equal(s.indexed, 9);
    assert.equal(s.skipped, 0);
  });
});

describe('bin/faktenlage.js', () => {
  it('runs the built bundle as a program and passes on its exit code', function () {
    if (!fs.existsSync(path.join(root, 'dist/cli.js'))) this.skip(); // npm test builds before the unit run
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    const r = spawnSync(process.execPath, ['bin/faktenlage.js', 'check', '--fail-on', 'warning', 'demo/drafts/hochwasser-bilanz.md'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^demo\/drafts\/hochwasser-bilanz\.md:\d+:\d+ warning unsourced-figure /m);
  });
});
