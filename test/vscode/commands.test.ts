// In-host: every command the manifest contributes runs in the real host, and the internal passage command opens the passage.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, SEOUL, draftReady, fileUri, openDraft, positionOf, waitForEvent } from './helpers';

interface ManifestCommand {
  command: string;
  title: string;
}

function manifestCommands(): ManifestCommand[] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed in the host`);
  const pkg = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.json'), 'utf8'));
  return pkg.contributes?.commands ?? [];
}

describe('Befehle', () => {
  before(async function () {
    this.timeout(90_000);
    await draftReady();
  });

  it('das Manifest trägt Befehle bei, und VS Code kennt jeden davon', async () => {
    const known = new Set(await vscode.commands.getCommands(true));
    const contributed = manifestCommands();
    assert.ok(contributed.length > 0);
    const missing = contributed.map((c) => c.command).filter((id) => !known.has(id));
    assert.deepEqual(missing, []);
  });

  // The toggle is exercised with the settings tests, where its effect is checked and undone.
  for (const id of ['faktenlage.checkDraft', 'faktenlage.checkAllDrafts', 'faktenlage.rebuildIndex', 'faktenlage.showReferences', 'faktenlage.showReport']) {
    it(`${id} läuft mit dem Entwurf im Editor ohne Fehler`, async function () {
      if (!manifestCommands().some((c) => c.command === id)) this.skip();
      const editor = await openDraft();
      // Show references looks at the cursor: put it on a person known to the corpus.
      const at = positionOf(editor.document, 'Kim Jong Un', 2);
      editor.selection = new vscode.Selection(at, at);
      await vscode.commands.executeCommand(id);
    });
  }

  it('faktenlage.openPassage öffnet den Korpusartikel und wählt die Stelle aus', async () => {
    const uri = fileUri(SEOUL);
    const text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
    const start = text.indexOf('bis zu 12.000');
    const end = start + 'bis zu 12.000'.length;
    await openDraft();
    await vscode.commands.executeCommand('faktenlage.openPassage', { uri: uri.toString(), start, end });
    const editor = await waitForEvent(
      [vscode.window.onDidChangeActiveTextEditor, vscode.window.onDidChangeTextEditorSelection],
      () => {
        const e = vscode.window.activeTextEditor;
        return e && e.document.uri.toString() === uri.toString() && !e.selection.isEmpty ? e : undefined;
      },
      'the corpus article to open with the passage selected',
    );
    assert.equal(editor.document.getText(editor.selection), 'bis zu 12.000');
  });
});
