// Hostile files through the CLI: each finishes, says clearly what it skipped, and reports positions inside the decoded text.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decode } from '../../src/cli/files';
import type { CliFinding } from '../../src/cli/report';
import { ARTICLE, HOSTILE_INPUTS, hostileDir, type HostileInput } from '../fixtures/hostile/inputs';
import { cliInProcess, cliProcess, type CliResult } from '../fixtures/hostile/run-cli';

/** The CLI's finding as `check --json` prints it. */
type JsonFinding = CliFinding;

/** Generous: a hang guard, not a performance assertion (timings are in the hostile report). */
const DEADLINE_MS = 240_000;

const input = (id: string): HostileInput => HOSTILE_INPUTS.find((h) => h.id === id)!;

/** The text the CLI analysed, decoded the way it decodes files. */
function decodedText(file: string): string {
  const r = decode(fs.readFileSync(file));
  assert.ok(r.ok, `${file} did not decode`);
  return r.text;
}

/** Every finding lies inside the decoded text and its line/character match its offset. */
function assertFindingsInside(file: string, findings: JsonFinding[]): void {
  const text = decodedText(file);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) lineStarts.push(i + 1);
  }
  for (const f of findings) {
    assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length, `${f.code} [${f.start},${f.end}) outside ${text.length}`);
    assert.equal(lineStarts[f.line] + f.character, f.start, `${f.code} at ${f.line}:${f.character} is not offset ${f.start}`);
  }
}

function parseFindings(r: CliResult): JsonFinding[] {
  assert.equal(r.timedOut, false, `killed after ${DEADLINE_MS} ms`);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as JsonFinding[];
}

/** Findings without the file name and raw offsets, so differently encoded copies compare equal. */
const where = (fs_: JsonFinding[]) => fs_.map((f) => `${f.line}:${f.character}-${f.endLine}:${f.endCharacter} ${f.code}`);

describe('CLI mit feindlichen Dateien', function () {
  this.timeout(DEADLINE_MS + 30_000);
  let dir: string;
  let reference: JsonFinding[];

  before(() => {
    dir = hostileDir();
    const plain = path.join(dir, 'referenz.md');
    fs.writeFileSync(plain, ARTICLE);
    reference = parseFindings(cliInProcess('check', '--json', '--fail-on', 'none', plain));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('der Referenzartikel hat genau die drei geplanten Befunde', () => {
    assert.deepEqual(where(reference), ['5:3-5:11 weekday-mismatch', '6:44-6:52 vague-source', '8:0-8:17 vague-source']);
  });

  it('eine leere Datei ergibt keine Befunde und keine Meldung', () => {
    const r = cliInProcess('check', '--json', input('empty').write(dir));
    assert.deepEqual(parseFindings(r), []);
    assert.equal(r.stderr, '');
  });

  it('eine leere Datei ergibt bei analyze ein leeres Ergebnis', () => {
    const r = cliInProcess('analyze', '--json', input('empty').write(dir));
    const [a] = JSON.parse(r.stdout);
    assert.deepEqual([a.date, a.entities, a.dates, a.figures, a.claims], [null, [], [], [], []]);
  });

  it('50 MB werden übersprungen, mit Hinweis auf --max-size', () => {
    const file = input('big-50mb').write(dir);
    try {
      const r = cliInProcess('check', '--json', file);
      assert.deepEqual(parseFindings(r), []);
      assert.match(r.stderr, /gross\.md: skipped: larger than 2048 KB \(51200 KB\); raise --max-size/);
    } finally {
      fs.rmSync(file);
    }
  });

  it('eine Binärdatei mit NUL-Bytes wird mit Hinweis übersprungen', () => {
    const r = cliInProcess('check', '--json', input('binary-nul').write(dir));
    assert.deepEqual(parseFindings(r), []);
    assert.match(r.stderr, /binaer\.md: skipped: binary file \(NUL bytes\)/);
  });

  it('ungültiges UTF-8 wird als Windows-1252 gelesen, gemeldet und geprüft', () => {
    const file = input('invalid-utf8').write(dir);
    const r = cliInProcess('check', '--json', '--fail-on', 'none', file);
    assert.match(r.stderr, /latin1\.md: not UTF-8, read as Windows-1252/);
    const findings = parseFindings(r);
    assertFindingsInside(file, findings);
    assert.deepEqual(findings.map((f) => f.code), ['weekday-mismatch', 'vague-source', 'vague-source']);
  });

  for (const id of ['utf16le-bom', 'utf16be-bom']) {
    it(`${id}: dieselben Befunde an denselben Stellen wie in UTF-8`, () => {
      const file = input(id).write(dir);
      const findings = parseFindings(cliInProcess('check', '--json', '--fail-on', 'none', file));
      assertFindingsInside(file, findings);
      assert.deepEqual(where(findings), where(reference));
    });
  }

  for (const id of ['crlf', 'cr']) {
    it(`${id}: dieselben Zeilen und Spalten wie mit LF, Offsets auf denselben Text`, () => {
      const file = input(id).write(dir);
      const findings = parseFindings(cliInProcess('check', '--json', '--fail-on', 'none', file));
      assertFindingsInside(file, findings);
      assert.deepEqual(where(findings), where(reference));
      const text = decodedText(file);
      assert.deepEqual(
        findings.map((f) => text.slice(f.start, f.end)),
        reference.map((f) => ARTICLE.slice(f.start, f.end)),
      );
    });
  }

  it('1 MB in einer einzigen Zeile wird fertig geprüft', async () => {
    const file = input('line-1mb').write(dir);
    const findings = parseFindings(await cliProcess(['check', '--json', '--fail-on', 'none', file], DEADLINE_MS));
    assertFindingsInside(file, findings);
  });

  it('ein 1 MB langes Wort wird fertig analysiert, das Datum danach noch gefunden', async () => {
    const file = input('token-1mb').write(dir);
    const r = await cliProcess(['analyze', '--json', file], DEADLINE_MS);
    assert.equal(r.timedOut, false);
    assert.equal(r.code, 0, r.stderr);
    const [a] = JSON.parse(r.stdout);
    assert.ok(a.dates.some((d: { text: string }) => /Montag/.test(d.text)), JSON.stringify(a.dates));
  });

  it('100.000 Zahlen: jede wird als Zahl ohne Quelle gemeldet', async () => {
    const file = input('figures-100k').write(dir);
    const findings = parseFindings(await cliProcess(['check', '--json', '--fail-on', 'none', file], DEADLINE_MS));
    assert.equal(findings.filter((f) => f.code === 'unsourced-figure').length, 100_000);
    assertFindingsInside(file, findings);
  });

  for (const id of ['quote-10k', 'list-10k']) {
    it(`${id}: tiefe Verschachtelung endet, die Zahl darin wird gefunden`, async () => {
      const file = input(id).write(dir);
      const findings = parseFindings(await cliProcess(['check', '--json', '--fail-on', 'none', file], DEADLINE_MS));
      assertFindingsInside(file, findings);
      assert.deepEqual(
        findings.map((f) => `${f.code} ${decodedText(file).slice(f.start, f.end)}`),
        ['unsourced-figure 3.000'],
      );
    });
  }

  it('mehrere Dateien: eine übersprungene hält die anderen nicht auf', () => {
    const r = cliInProcess('check', '--json', '--fail-on', 'none', input('binary-nul').write(dir), input('crlf').write(dir));
    assert.match(r.stderr, /binaer\.md: skipped/);
    assert.equal(parseFindings(r).length, reference.length);
  });
});
