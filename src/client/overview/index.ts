// The overview feature: follows the active draft, asks the server for its overview (debounced) and feeds the panel and the tree.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Command } from '../../shared/commands';
import { OverviewRequest, type OverviewParams, type OverviewResult } from '../../shared/protocol';
import { isDraft } from '../documents';
import { OverviewPanel } from './panel';
import { OverviewTree } from './tree';

/** A little over the server's own pause after typing, so the answer reflects the finished word. */
const DEBOUNCE_MS = 400;

export class Overview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  readonly tree = new OverviewTree();
  private panel: OverviewPanel | undefined;
  /** The draft the overview follows: the active editor's, kept while a panel or view has the focus. */
  private draft: { uri: vscode.Uri; column: vscode.ViewColumn | undefined } | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Incremented per request, so a slow answer for an older draft or version never overwrites a newer one. */
  private generation = 0;
  private last: OverviewResult | null = null;
  /** A corpus article the panel just opened: becoming active, it is read, not followed as the draft. */
  private openedFromPanel: string | undefined;
  private readonly refreshed = new vscode.EventEmitter<void>();
  /** Fires after the panel and the tree got new data (the in-host tests wait on it). */
  readonly onDidRefresh = this.refreshed.event;

  constructor(
    private readonly client: LanguageClient,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.follow(vscode.window.activeTextEditor);
    this.disposables.push(
      this.tree,
      this.refreshed,
      // The title-bar button passes its editor's resource, which need not be the focused editor's.
      vscode.commands.registerCommand(Command.ShowOverview, (resource?: unknown) => this.open(resource instanceof vscode.Uri ? resource : undefined)),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (!e) return;
        if (e.document.uri.toString() === this.openedFromPanel) return;
        this.openedFromPanel = undefined;
        if (this.follow(e)) {
          this.updateBadge();
          this.schedule(0);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.draft && e.document.uri.toString() === this.draft.uri.toString()) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.draft && d.uri.toString() === this.draft.uri.toString() && !vscode.window.visibleTextEditors.some((e) => e.document === d)) {
          this.draft = undefined;
          this.updateBadge();
          this.schedule(0);
        }
      }),
      this.tree.view.onDidChangeVisibility((e) => {
        if (e.visible) this.schedule(0);
      }),
      // The badge follows the published diagnostics, so it is right even while nobody looks at the tree.
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.draft && e.uris.some((u) => u.toString() === this.draft?.uri.toString())) this.updateBadge();
      }),
    );
    this.updateBadge();
  }

  private updateBadge(): void {
    // Findings carry a code; the notice standing in for those past the cap does not.
    const findings = this.draft ? vscode.languages.getDiagnostics(this.draft.uri).filter((d) => d.source === 'Faktenlage' && d.code !== undefined).length : 0;
    this.tree.setFindings(findings);
  }

  /** Takes a new active editor as the draft to follow; returns whether the draft changed. */
  private follow(editor: vscode.TextEditor | undefined): boolean {
    if (!editor || !isDraft(editor.document)) return false;
    const same = this.draft?.uri.toString() === editor.document.uri.toString();
    this.draft = { uri: editor.document.uri, column: editor.viewColumn };
    return !same;
  }

  /** Opens (or reveals) the panel for the given draft, else the active one. */
  async open(resource?: vscode.Uri): Promise<void> {
    const editor = resource
      ? vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === resource.toString())
      : vscode.window.activeTextEditor;
    this.follow(editor ?? vscode.window.activeTextEditor);
    if (this.panel) {
      this.panel.reveal();
    } else {
      const panel = new OverviewPanel(
        this.extensionUri,
        () => this.draft?.column,
        (uri) => {
          if (uri !== this.draft?.uri.toString()) this.openedFromPanel = uri;
        },
      );
      panel.onDidDispose(() => {
        if (this.panel === panel) this.panel = undefined;
      });
      this.panel = panel;
      panel.show(this.last);
    }
    await this.refresh();
  }

  /** Refreshes after a pause; also called when the corpus changed. Nothing is asked while nobody looks. */
  schedule(delay = DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.panel && !this.tree.visible) return;
    const generation = ++this.generation;
    let result: OverviewResult | null = null;
    if (this.draft) {
      const params: OverviewParams = { textDocument: { uri: this.draft.uri.toString() } };
      try {
        result = await this.client.sendRequest<OverviewResult>(OverviewRequest, params);
      } catch {
        // The server restarts or stops; the next change asks again.
        return;
      }
    }
    if (generation !== this.generation) return;
    this.last = result;
    this.tree.show(result);
    this.panel?.show(result);
    this.refreshed.fire();
  }

  /** What the tree and panel show, for the in-host tests. */
  snapshot(): { panelOpen: boolean; draft: string | null; badge: number; tree: { label: string; children: string[] }[] } {
    return { panelOpen: !!this.panel, draft: this.last?.uri ?? null, badge: this.tree.view.badge?.value ?? 0, tree: this.tree.snapshot() };
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
