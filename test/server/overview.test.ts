// The `faktenlage/overview` request over LSP: a draft's figures, dates, entities, sources and claims beside a small corpus written here.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { OverviewResult } from '../../src/shared/protocol';
import { TestClient } from './lsp-client';

const WEST = '---\ndatum: 2024-11-20\nquelle: Westblatt\n---\n\nLaut Pentagon sind bis zu 12.000 Soldaten aus Nordkorea in Russland. Am 18. November 2024 wurden sie verlegt.\n';
const OST = '---\ndatum: 2024-11-21\nquelle: Ostkurier\n---\n\nNach Angaben der Nato befinden sich mehr als 10.000 Soldaten aus Nordkorea im Gebiet Kursk.\n';
const NORD = '---\ndatum: 2024-11-19\nquelle: Nordbote\n---\n\nDer Generalstab rechnet mit 16.000 Soldaten aus Nordkorea. Kim Jong Un schwieg.\n';
const ALT = '---\ndatum: 2023-03-01\nquelle: Archivblatt\n---\n\nLaut Archiv standen damals 30.000 Soldaten aus Nordkorea bereit.\n';
const DRAFT =
  '---\ndatum: 2024-11-22\ntitel: Truppen in Kursk\n---\n\nInzwischen stehen 15.000 Soldaten aus Nordkorea in Russland. Kim Jong Un hat sie geschickt.\n\n' +
  'Berichten zufolge warten weitere Einheiten. Laut Selenskyj begann der Einsatz am 18. November 2024.\n';

describe('Übersicht über LSP (faktenlage/overview)', function () {
  let dir: string;
  let client: TestClient;
  let uri: string;
  let result: OverviewResult;

  before(async function () {
    dir = mkdtempSync(path.join(tmpdir(), 'faktenlage-overview-'));
    const ws = path.join(dir, 'ws');
    mkdirSync(path.join(ws, 'archiv'), { recursive: true });
    writeFileSync(path.join(ws, 'archiv', 'west.md'), WEST);
    writeFileSync(path.join(ws, 'archiv', 'ost.md'), OST);
    writeFileSync(path.join(ws, 'archiv', 'nord.md'), NORD);
    writeFileSync(path.join(ws, 'archiv', 'alt.md'), ALT);
    client = await TestClient.start({ workspace: ws });
    await client.indexed();
    uri = client.open(path.join(ws, 'entwurf.md'), DRAFT);
    await client.diagnosticsFor(uri, (d) => d.length > 0);
    result = await client.request<OverviewResult>('faktenlage/overview', { textDocument: { uri } });
  });

  after(async function () {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('nennt Titel, Datum und Version des Entwurfs', function () {
    assert.deepEqual({ analysed: result.analysed, title: result.title, date: result.date, version: result.version }, {
      analysed: true,
      title: 'Truppen in Kursk',
      date: '2024-11-22',
      version: 1,
    });
  });

  it('stellt die Zahl des Entwurfs neben jeden Korpuswert derselben Größe', function () {
    const f = result.figures.find((x) => x.draft.text.includes('15.000'));
    assert.ok(f, 'the draft figure is listed');
    assert.equal(DRAFT.slice(f.draft.start, f.draft.end), f.draft.text);
    assert.deepEqual(f.corpus.map((v) => v.text).sort(), ['16.000', 'bis zu 12.000', 'mehr als 10.000'].sort());
  });

  it('lässt Korpuswerte außerhalb des Vergleichszeitraums weg, wie die Prüfung', function () {
    const f = result.figures.find((x) => x.draft.text.includes('15.000'))!;
    assert.equal(f.corpus.some((v) => v.text.includes('30.000')), false);
    assert.equal(f.more, 0);
  });

  it('markiert genau die widersprechenden Korpuswerte als Konflikt', function () {
    const f = result.figures.find((x) => x.draft.text.includes('15.000'))!;
    const conflicts = f.corpus.filter((v) => v.conflict).map((v) => v.text).sort();
    assert.deepEqual(conflicts, ['16.000', 'bis zu 12.000']);
    assert.equal(f.draft.conflict, true);
  });

  it('überträgt ein offenes Intervall („mehr als“) mit null als oberem Ende', function () {
    const f = result.figures.find((x) => x.draft.text.includes('15.000'))!;
    const open = f.corpus.find((v) => v.text.startsWith('mehr als'))!;
    assert.deepEqual({ low: open.low, high: open.high }, { low: 10000, high: null });
    const upTo = f.corpus.find((v) => v.text.startsWith('bis zu'))!;
    assert.deepEqual({ low: upTo.low, high: upTo.high }, { low: 0, high: 12000 });
  });

  it('gibt Quelle, Medium und Datum jedes Korpuswerts mit', function () {
    const f = result.figures.find((x) => x.draft.text.includes('15.000'))!;
    const west = f.corpus.find((v) => v.text.startsWith('bis zu'))!;
    assert.equal(west.outlet, 'Westblatt');
    assert.equal(west.date, '2024-11-20');
    assert.match(west.source ?? '', /Pentagon/);
    assert.equal(WEST.slice(west.start, west.end), west.text);
  });

  it('legt Daten des Entwurfs neben die Korpusartikel, die denselben Tag nennen', function () {
    const d = result.dates.find((x) => x.value === '2024-11-18');
    assert.ok(d, `the 18 November is listed: ${JSON.stringify(result.dates.map((x) => x.value))}`);
    assert.equal(d.day, '2024-11-18');
    assert.deepEqual(d.corpus.map((c) => path.basename(c.uri)), ['west.md']);
  });

  it('zählt die Korpusartikel zu jeder genannten Person', function () {
    const kim = result.entities.find((e) => e.name === 'Kim Jong Un');
    assert.ok(kim, `Kim Jong Un is listed: ${result.entities.map((e) => e.name).join(', ')}`);
    assert.equal(kim.corpusArticles, 1);
    assert.equal(kim.mentions.length, 1);
  });

  it('listet benannte und vage Quellen getrennt', function () {
    assert.ok(result.sources.some((s) => s.kind === 'source' && /Selenskyj/.test(s.label)), JSON.stringify(result.sources));
    assert.ok(result.sources.some((s) => s.kind === 'vague' && /Berichten zufolge/.test(s.label)), JSON.stringify(result.sources));
  });

  it('führt die Behauptung ohne Quelle als unbelegt auf', function () {
    const unsourced = result.claims.filter((c) => !c.vague).map((c) => c.text);
    assert.ok(unsourced.some((t) => t.includes('15.000 Soldaten')), JSON.stringify(result.claims));
  });

  it('gibt die Befunde des Entwurfs mit Code und Stelle mit', function () {
    const codes = new Set(result.findings.map((f) => f.code));
    assert.ok(codes.has('conflicting-figure'));
    assert.ok(codes.has('vague-source'));
  });

  it('folgt einer Änderung des Entwurfs mit der neuen Version', async function () {
    client.change(uri, DRAFT.replace('15.000', '11.000'));
    const next = await client.request<OverviewResult>('faktenlage/overview', { textDocument: { uri } });
    assert.equal(next.version, 2);
    const f = next.figures.find((x) => x.draft.text.includes('11.000'))!;
    assert.deepEqual(f.corpus.filter((v) => v.conflict).map((v) => v.text), ['16.000']);
  });

  it('antwortet für ein nicht geöffnetes Dokument leer statt mit einem Fehler', async function () {
    const other = await client.request<OverviewResult>('faktenlage/overview', { textDocument: { uri: `${uri}.fehlt.md` } });
    assert.deepEqual({ analysed: other.analysed, figures: other.figures.length }, { analysed: false, figures: 0 });
  });
});
