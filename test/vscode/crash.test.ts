// In-host: a language server that dies is restarted, and the draft's findings come back.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { DRAFT, EXTENSION_ID, draftReady, ofCode, openDraft, waitForDiagnostics } from './helpers';

/** Pids of this extension's server processes (the module path is on their command line). */
function serverPids(): number[] {
  const module = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath + '/dist/server.js';
  try {
    return execFileSync('pgrep', ['-f', module], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

describe('Absturz des Servers', () => {
  before(async function () {
    this.timeout(90_000);
    await draftReady();
  });

  it('startet den Server neu; eine neue Zahl ohne Quelle wird danach wieder gemeldet', async function () {
    this.timeout(60_000);
    const before = serverPids();
    assert.ok(before.length >= 1, 'the server process is found');
    for (const pid of before) process.kill(pid, 'SIGKILL');
    // The restart is awaited through what a user sees: findings for a fresh edit.
    const editor = await openDraft(DRAFT);
    const doc = editor.document;
    const end = doc.positionAt(doc.getText().length);
    await editor.edit((e) => e.insert(end, '\nIm Hafen lagen 7.777 Container.\n'));
    await waitForDiagnostics(
      doc.uri,
      (ds) => ofCode(ds, 'unsourced-figure').some((d) => doc.getText(d.range).includes('7.777')),
      'findings from the restarted server',
      40_000,
    );
    const after = serverPids();
    assert.ok(after.length >= 1 && after.every((p) => !before.includes(p)), `a new server process (${before} → ${after})`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
