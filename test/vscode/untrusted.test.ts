// In-host, in a workspace that was never trusted (restricted mode): the extension works on the workspace's own files and ignores a corpus setting pointing outside it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze, check, createCorpus, formatOf } from '../../src/core';
import { EXTENSION_ID, draftReady, fileUri, ofCode, openDraft, waitForDiagnostics } from './helpers';

/** Written by test/run-vscode.mjs for this run: a draft inside, an article beside the workspace contradicting it. */
const PROBE = 'entwuerfe/aussen-probe.md';
const outsideArticle = () => vscode.Uri.joinPath(fileUri('.'), '..', 'aussen', '2019-05-02-hafen.md');

describe('Nicht vertrauenswürdiger Arbeitsbereich (eingeschränkter Modus)', () => {
  it('der Arbeitsbereich ist nicht vertrauenswürdig', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('die Erweiterung startet und meldet im Entwurf alle vier Befunde, auch den Widerspruch zum Korpus im Arbeitsbereich', async function () {
    this.timeout(90_000);
    await draftReady();
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  it('die Einstellung corpus.include, die aus dem Arbeitsbereich hinausführt, wirkt nicht', () => {
    const include = vscode.workspace.getConfiguration('faktenlage').get<string[]>('corpus.include') ?? [];
    assert.ok(!include.some((p) => p.includes('../aussen')), `include: ${JSON.stringify(include)}`);
  });

  it('ein Artikel außerhalb des Arbeitsbereichs wird nicht indiziert: kein Widerspruch, obwohl er der Probe widerspricht', async function () {
    this.timeout(60_000);
    // The fixture proves something only if the outside article would contradict the probe when indexed.
    const outside = new TextDecoder().decode(await vscode.workspace.fs.readFile(outsideArticle()));
    const probeText = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri(PROBE)));
    const uri = fileUri(PROBE).toString();
    const wouldConflict = check(analyze(probeText, { uri, format: formatOf(uri) }), { uri, corpus: createCorpus([{ uri: outsideArticle().toString(), text: outside }]) });
    assert.equal(ofCodes(wouldConflict, 'conflicting-figure'), 1, 'the outside article contradicts the probe');

    await draftReady();
    const doc = (await openDraft(PROBE)).document;
    // The unsourced figure shows the probe was checked (after the corpus was indexed: draftReady saw the corpus conflict).
    const ds = await waitForDiagnostics(doc.uri, (d) => ofCode(d, 'unsourced-figure').length > 0, 'the probe checked', 40_000);
    assert.deepEqual(ofCode(ds, 'conflicting-figure'), []);
  });
});

function ofCodes(findings: { code: string }[], code: string): number {
  return findings.filter((f) => f.code === code).length;
}
