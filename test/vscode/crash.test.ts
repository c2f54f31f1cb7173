// In-host: a language server that dies is restarted, the draft's findings come back, and the user is told once.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { CloseAction } from 'vscode-languageclient/node';
import { CRASH_WINDOW_MS, MAX_CRASHES, RestartOnCrash } from '../../src/client/language-client';
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

describe('Absturz des Servers: was der Nutzer erfährt', () => {
  /** The handler with a fake window that records every message and a clock the test moves. */
  function handler() {
    const shown: { kind: 'restarted' | 'stopped'; message: string }[] = [];
    const clock = { now: 1_000_000 };
    const h = new RestartOnCrash(
      { restarted: (message) => shown.push({ kind: 'restarted', message }), stopped: (message) => shown.push({ kind: 'stopped', message }) },
      () => clock.now,
    );
    return { h, shown, clock };
  }

  it('der erste Absturz startet neu und zeigt genau eine Meldung', () => {
    const { h, shown } = handler();
    const r = h.closed() as { action: CloseAction; handled?: boolean };
    assert.equal(r.action, CloseAction.Restart);
    assert.equal(r.handled, true, 'the client library must not add a pop-up of its own');
    assert.deepEqual(shown.map((s) => s.kind), ['restarted']);
  });

  it('weitere Abstürze im Zeitfenster starten neu, ohne die Meldung zu wiederholen', () => {
    const { h, shown, clock } = handler();
    for (let i = 0; i < MAX_CRASHES; i++) {
      assert.equal((h.closed() as { action: CloseAction }).action, CloseAction.Restart, `crash ${i + 1}`);
      clock.now += 1000;
    }
    assert.equal(shown.length, 1);
  });

  it('nach zu vielen Abstürzen in kurzer Zeit bleibt der Server aus und das wird einmal gesagt', () => {
    const { h, shown, clock } = handler();
    for (let i = 0; i < MAX_CRASHES; i++) {
      h.closed();
      clock.now += 1000;
    }
    const r = h.closed() as { action: CloseAction; handled?: boolean };
    assert.equal(r.action, CloseAction.DoNotRestart);
    assert.equal(r.handled, true);
    // A server started again by hand that keeps crashing does not repeat the message either.
    assert.equal((h.closed() as { action: CloseAction }).action, CloseAction.DoNotRestart);
    assert.deepEqual(shown.map((s) => s.kind), ['restarted', 'stopped']);
    assert.match(shown[1].message, new RegExp(String(MAX_CRASHES + 1)));
  });

  it('Abstürze, die weiter auseinanderliegen als das Zeitfenster, führen nie zum Aufgeben', () => {
    const { h, shown, clock } = handler();
    for (let i = 0; i < 3 * MAX_CRASHES; i++) {
      assert.equal((h.closed() as { action: CloseAction }).action, CloseAction.Restart, `crash ${i + 1}`);
      clock.now += CRASH_WINDOW_MS / (MAX_CRASHES - 1);
    }
    assert.deepEqual(shown.map((s) => s.kind), ['restarted']);
  });
});
