// The language server while a huge draft is checked: cancelled requests answer RequestCancelled, other documents' hovers get through, a newer version wins.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource, LSPErrorCodes, type Hover } from 'vscode-languageserver-protocol';
import { TestClient } from './lsp-client';

/** 100,000 figures without a source, ten to a line; each also contradicts the corpus's 10.000 soldiers. */
function figureLines(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i += 10) lines.push(`Es kamen ${Array.from({ length: 10 }, (_, j) => `${i + j + 1} Soldaten`).join(', ')}.`);
  return '---\ndatum: 2024-11-23\n---\n' + lines.join('\n') + '\n';
}

const HUGE = figureLines(100_000);
const SMALL = 'Laut Polizei kamen 3.000 Menschen nach Berlin.\n';

/** Resolves with the error code of a request that failed, or 'answered' when it succeeded. */
const outcome = (p: Promise<unknown>): Promise<number | 'answered'> =>
  p.then(
    () => 'answered' as const,
    (e: { code?: number }) => e.code ?? -1,
  );

describe('Sprachserver: Abbruch und Reaktionszeit bei einem riesigen Entwurf', function () {
  this.timeout(120_000);
  let dir: string;
  let ws: string;
  let client: TestClient;
  let small: string;

  before(async function () {
    dir = mkdtempSync(path.join(tmpdir(), 'faktenlage-cancel-'));
    ws = path.join(dir, 'ws');
    mkdirSync(path.join(ws, 'archiv'), { recursive: true });
    writeFileSync(path.join(ws, 'archiv', 'kursk.md'), '---\ndatum: 2024-11-20\n---\nLaut Südkorea sind 10.000 Soldaten in Kursk.\n');
    client = await TestClient.start({ workspace: ws, storagePath: path.join(dir, 'storage'), settings: { maxFileSizeKb: 2048 } });
    await client.indexed();
    small = client.open(path.join(ws, 'klein.md'), SMALL);
    await client.diagnosticsFor(small, () => true, true);
  });

  after(async function () {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  let n = 0;
  /** Opens the huge draft under a fresh name, so each test starts its check from the beginning. */
  const openHuge = () => client.open(path.join(ws, `zahlen-${++n}.md`), HUGE);
  const close = (uri: string) => void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  const hover = (uri: string, source?: CancellationTokenSource) => {
    const params = { textDocument: { uri }, position: { line: 0, character: 22 } };
    // An undefined token would be sent as a second positional parameter.
    return source
      ? client.connection.sendRequest<Hover | null>('textDocument/hover', params, source.token)
      : client.connection.sendRequest<Hover | null>('textDocument/hover', params);
  };

  it('ein Hover auf einem anderen Dokument wird beantwortet, bevor die Diagnosen des riesigen Entwurfs ankommen', async () => {
    const big = openHuge();
    try {
      const order: string[] = [];
      const diagnostics = client.diagnosticsFor(big, () => true).then(() => order.push('diagnostics'));
      const answer = hover(small).then((h) => {
        order.push('hover');
        return h;
      });
      assert.ok(await answer, 'the small draft has a hover card');
      await diagnostics;
      assert.deepEqual(order, ['hover', 'diagnostics']);
    } finally {
      close(big);
    }
  });

  it('ein abgebrochener Hover antwortet mit RequestCancelled, bevor die Diagnosen ankommen', async () => {
    const big = openHuge();
    try {
      const order: string[] = [];
      const diagnostics = client.diagnosticsFor(big, () => true).then(() => order.push('diagnostics'));
      const source = new CancellationTokenSource();
      const result = outcome(hover(big, source)).then((r) => {
        order.push('hover');
        return r;
      });
      source.cancel();
      assert.equal(await result, LSPErrorCodes.RequestCancelled);
      await diagnostics;
      assert.deepEqual(order, ['hover', 'diagnostics']);
    } finally {
      close(big);
    }
  });

  it('abgebrochene Übersicht, Bericht, Fundstellen und Schnellkorrekturen antworten mit RequestCancelled', async () => {
    const big = openHuge();
    try {
      const requests: [string, unknown][] = [
        ['faktenlage/overview', { textDocument: { uri: big } }],
        ['workspace/executeCommand', { command: 'faktenlage.server.report', arguments: [big] }],
        ['faktenlage/references', { textDocument: { uri: big }, position: { line: 3, character: 10 } }],
        ['textDocument/codeAction', { textDocument: { uri: big }, range: { start: { line: 3, character: 9 }, end: { line: 3, character: 10 } }, context: { diagnostics: [] } }],
      ];
      const sources = requests.map(() => new CancellationTokenSource());
      const results = Promise.all(requests.map(([method, params], i) => outcome(client.connection.sendRequest(method, params, sources[i].token))));
      for (const s of sources) s.cancel();
      assert.deepEqual(await results, requests.map(() => LSPErrorCodes.RequestCancelled));
    } finally {
      close(big);
    }
  });

  it('eine neuere Version ersetzt die laufende Prüfung: veröffentlicht wird nur ihr Ergebnis', async () => {
    const big = openHuge();
    try {
      client.change(big, SMALL);
      const first = await client.diagnostics.next((p) => p.uri === big, 'diagnostics of the replaced draft', 60_000);
      assert.equal(first.version, 2);
      assert.deepEqual(first.diagnostics, []);
    } finally {
      close(big);
    }
  });

  it('nichts landet als unbehandelte Ablehnung oder Fehler im stderr des Servers', () => {
    assert.equal(client.stderr.join(''), '');
  });
});
