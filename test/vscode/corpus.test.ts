// In-host: editing a corpus file on disk re-checks the open draft against the new figures.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEOUL, draftReady, fileUri, ofCode, waitForDiagnostics } from './helpers';

describe('Korpus-Änderungen', () => {
  const seoul = () => fileUri(SEOUL);
  let original: Uint8Array;

  before(async function () {
    this.timeout(90_000);
    await draftReady();
    original = await vscode.workspace.fs.readFile(seoul());
  });

  after(async () => {
    if (original) await vscode.workspace.fs.writeFile(seoul(), original);
  });

  it('passt der Seouler Artikel seine Zahl an, verschwindet der Widerspruch; zurückgesetzt kehrt er wieder', async function () {
    this.timeout(60_000);
    const draft = fileUri('entwuerfe/kursk-entwurf.md');
    const text = Buffer.from(original).toString('utf8');
    assert.ok(text.includes('bis zu 12.000'));
    await vscode.workspace.fs.writeFile(seoul(), Buffer.from(text.replace('bis zu 12.000', 'bis zu 16.000'), 'utf8'));
    await waitForDiagnostics(draft, (ds) => ofCode(ds, 'conflicting-figure').length === 0 && ofCode(ds, 'unsourced-figure').length > 0, 'the conflict to disappear');
    await vscode.workspace.fs.writeFile(seoul(), original);
    await waitForDiagnostics(draft, (ds) => ofCode(ds, 'conflicting-figure').length === 1, 'the conflict to come back');
  });
});
