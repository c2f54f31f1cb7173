// In-host: the quick fixes offered for the draft's findings change the text as their titles promise.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { draftReady, ofCode, waitForDiagnostics, waitForText } from './helpers';

async function quickFixes(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? [];
  // Plain commands have a string `command`; code actions carry an object there, if anything.
  return actions.filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'the workspace edit was refused');
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('Schnellkorrekturen', () => {
  let editor: vscode.TextEditor;
  let diagnostics: vscode.Diagnostic[];

  beforeEach(async function () {
    this.timeout(90_000);
    ({ editor, diagnostics } = await draftReady());
  });

  afterEach(async () => {
    // Put the draft back as it is on disk, so the next test sees the planted findings again.
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('die bevorzugte Korrektur für eine Zahl ohne Quelle setzt „laut [Quelle]“ vor die Zahl', async () => {
    const [d] = ofCode(diagnostics, 'unsourced-figure');
    const fixes = await quickFixes(editor.document, d);
    const preferred = fixes.find((a) => a.isPreferred);
    assert.ok(preferred, `no preferred quick fix among: ${fixes.map((a) => a.title).join(' | ')}`);
    await apply(preferred);
    await waitForText(editor.document, (t) => /laut \[Quelle\] 15\.000/.test(t), '"laut [Quelle] " before the figure');
  });

  it('„hier ignorieren“ setzt einen Kommentar vor den Absatz, und der Befund verschwindet', async () => {
    const [d] = ofCode(diagnostics, 'vague-source');
    const fixes = await quickFixes(editor.document, d);
    const ignore = fixes.find((a) => a.edit && /ignor/i.test(a.title) && !/Datei|file/i.test(a.title));
    assert.ok(ignore, `no "ignore here" fix among: ${fixes.map((a) => a.title).join(' | ')}`);
    await apply(ignore);
    await waitForText(editor.document, (t) => t.includes('<!-- faktenlage-ignore vague-source -->'), 'the ignore marker');
    await waitForDiagnostics(editor.document.uri, (ds) => ofCode(ds, 'vague-source').length === 0, 'vague-source to disappear');
  });
});
