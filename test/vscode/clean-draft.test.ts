// In-host: a draft with named sources, matching weekdays and no contested figures gets no diagnostics at all.
import * as vscode from 'vscode';
import { draftReady, ofCode, openDraft, waitForDiagnostics, waitForText } from './helpers';

describe('Sauberer Entwurf', () => {
  before(async function () {
    this.timeout(90_000);
    await draftReady();
  });

  it('bleibt ohne Befund: erst eine eingefügte Zahl ohne Quelle wird gemeldet, nach dem Rückgängigmachen nichts mehr', async function () {
    this.timeout(60_000);
    // An absence cannot be awaited, so the test first provokes a finding and then waits for the clean text to clear it.
    const editor = await openDraft('entwuerfe/sauber.md');
    const doc = editor.document;
    const end = doc.positionAt(doc.getText().length);
    await editor.edit((e) => e.insert(end, '\nIm Stadtteil wohnen 4.000 Menschen.\n'));
    await waitForDiagnostics(doc.uri, (ds) => ofCode(ds, 'unsourced-figure').length === 1, 'the provoked unsourced-figure');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForText(doc, (t) => !t.includes('4.000'), 'the revert');
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'no findings on the clean draft');
  });
});
