// In-host: the overview command opens its webview panel beside the draft, and the Faktenlage tree lists the draft's facts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DRAFT, EXTENSION_ID, draftReady, fileUri, openDraft, waitForEvent } from './helpers';

interface Snapshot {
  panelOpen: boolean;
  draft: string | null;
  badge: number;
  tree: { label: string; children: string[] }[];
}

interface Api {
  overview: () => Snapshot;
  onDidRefreshOverview: vscode.Event<void>;
}

function api(): Api {
  const exports = vscode.extensions.getExtension<Api>(EXTENSION_ID)?.exports;
  if (!exports?.overview) throw new Error('the extension exports no overview snapshot');
  return exports;
}

const snapshot = () => api().overview();

const overviewTabs = () =>
  vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('faktenlage.overviewPanel'));

describe('Übersicht', () => {
  before(async function () {
    this.timeout(90_000);
    await draftReady();
  });

  after(async () => {
    for (const tab of overviewTabs()) await vscode.window.tabGroups.close(tab);
  });

  it('faktenlage.showOverview öffnet das Panel „Faktenlage: Overview“ neben dem Entwurf', async () => {
    await openDraft();
    await vscode.commands.executeCommand('faktenlage.showOverview');
    const tab = await waitForEvent([vscode.window.tabGroups.onDidChangeTabs], () => overviewTabs()[0], 'the overview panel tab');
    assert.match(tab.label, /Faktenlage: (Overview|Übersicht)/);
    // Beside, not over the draft: the draft stays visible next to the charts.
    const draftEditor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === fileUri(DRAFT).toString());
    assert.ok(draftEditor, 'the draft is still visible');
    assert.notEqual(tab.group.viewColumn, draftEditor.viewColumn);
  });

  it('der Baum „Faktenlage“ gruppiert Befunde, Zahlen und Personen des Entwurfs', async () => {
    await openDraft();
    await vscode.commands.executeCommand('faktenlage.showOverview');
    const s = await waitForEvent(
      [api().onDidRefreshOverview],
      () => {
        const snap = snapshot();
        return snap.tree.length >= 3 ? snap : undefined;
      },
      'the overview tree to fill',
      20_000,
    );
    assert.equal(s.draft, fileUri(DRAFT).toString());
    const all = s.tree.flatMap((g) => g.children);
    assert.ok(all.includes('15.000'), JSON.stringify(s.tree));
    assert.ok(all.includes('Kim Jong Un'), JSON.stringify(s.tree));
    assert.ok(s.tree.some((g) => g.children.some((c) => /Berichten zufolge/.test(c))), JSON.stringify(s.tree));
  });

  it('das Abzeichen der Ansicht zählt die Befunde des Entwurfs', async () => {
    const editor = await openDraft();
    const findings = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'Faktenlage').length;
    assert.ok(findings >= 4);
    assert.equal(snapshot().badge, findings);
  });

  it('folgt Änderungen am Entwurf nach einer Tipp-Pause', async () => {
    const editor = await openDraft();
    await vscode.commands.executeCommand('faktenlage.showOverview');
    const doc = editor.document;
    const at = doc.getText().indexOf('15.000');
    const range = new vscode.Range(doc.positionAt(at), doc.positionAt(at + '15.000'.length));
    try {
      const changed = waitForEvent(
        [api().onDidRefreshOverview],
        () => snapshot().tree.some((g) => g.children.includes('14.000')),
        'the overview to show the edited figure',
        15_000,
      );
      await editor.edit((b) => b.replace(range, '14.000'));
      await changed;
    } finally {
      // The draft is shared with the other suites: it goes back to its text on disk.
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitForEvent([api().onDidRefreshOverview], () => snapshot().tree.some((g) => g.children.includes('15.000')), 'the reverted figure', 15_000);
  });

  it('folgt dem aktiven Editor zu einem anderen Entwurf', async () => {
    await openDraft();
    await vscode.commands.executeCommand('faktenlage.showOverview');
    const other = fileUri('entwuerfe/sauber.md');
    const followed = waitForEvent([api().onDidRefreshOverview], () => snapshot().draft === other.toString(), 'the overview to follow the other draft', 15_000);
    await openDraft('entwuerfe/sauber.md');
    await followed;
    await openDraft();
  });

  it('die Ansicht lässt sich im Explorer öffnen', async () => {
    await vscode.commands.executeCommand('faktenlage.overview.focus');
    assert.ok(snapshot().tree.length > 0);
  });
});
