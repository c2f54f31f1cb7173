// In-host: changing the extension's settings takes effect without a reload (severity per code, highlights on/off).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { draftReady, ofCode, waitForDiagnostics, waitForEvent } from './helpers';

const config = () => vscode.workspace.getConfiguration('faktenlage');

describe('Einstellungen', () => {
  let draft: vscode.Uri;

  before(async function () {
    this.timeout(90_000);
    draft = (await draftReady()).editor.document.uri;
  });

  afterEach(async () => {
    await config().update('severity.vague-source', undefined, vscode.ConfigurationTarget.Global);
    await config().update('highlights.enabled', undefined, vscode.ConfigurationTarget.Global);
  });

  it('„error“ für vague-source macht den Befund zum Fehler', async () => {
    await config().update('severity.vague-source', 'error', vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(
      draft,
      (ds) => ofCode(ds, 'vague-source').some((d) => d.severity === vscode.DiagnosticSeverity.Error),
      'vague-source as an error',
    );
  });

  it('„off“ für vague-source blendet nur diesen Befund aus', async () => {
    await config().update('severity.vague-source', 'off', vscode.ConfigurationTarget.Global);
    const ds = await waitForDiagnostics(draft, (ds) => ofCode(ds, 'vague-source').length === 0, 'vague-source to disappear');
    assert.ok(ofCode(ds, 'unsourced-figure').length > 0, 'the other findings stay');
  });

  it('„default“ stellt die Standardschwere wieder her', async () => {
    await config().update('severity.vague-source', 'off', vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(draft, (ds) => ofCode(ds, 'vague-source').length === 0, 'vague-source to disappear');
    await config().update('severity.vague-source', 'default', vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(draft, (ds) => ofCode(ds, 'vague-source').length === 1, 'vague-source to come back');
  });

  it('faktenlage.toggleHighlights schaltet die Einstellung highlights.enabled um', async () => {
    const before = config().get<boolean>('highlights.enabled');
    assert.equal(before, true);
    await vscode.commands.executeCommand('faktenlage.toggleHighlights');
    await waitForEvent([vscode.workspace.onDidChangeConfiguration], () => config().get<boolean>('highlights.enabled') === false || undefined, 'highlights.enabled to become false');
    await vscode.commands.executeCommand('faktenlage.toggleHighlights');
    await waitForEvent([vscode.workspace.onDidChangeConfiguration], () => config().get<boolean>('highlights.enabled') === true || undefined, 'highlights.enabled to become true');
  });
});
