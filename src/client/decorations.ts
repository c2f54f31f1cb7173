// Colours entities, dates, figures and claims in visible drafts, from the server's `faktenlage/decorations` ranges.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COLORS, type DecorationKind } from '../shared/colors';
import { DecorationsRequest, type DecorationsParams, type DecorationsResult } from '../shared/protocol';
import { DEFAULT_DEBOUNCE_MS } from '../shared/settings';
import { isDraft } from './documents';

const SETTING = 'faktenlage.highlights.enabled';

export class Decorations implements vscode.Disposable {
  private readonly types = new Map<DecorationKind, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private enabled: boolean;

  constructor(private readonly client: LanguageClient) {
    // Created once: decoration types are costly, and re-creating them on every edit flickers.
    for (const c of COLORS) {
      const color = new vscode.ThemeColor(c.id);
      this.types.set(
        c.kind,
        vscode.window.createTextEditorDecorationType(
          c.style === 'background'
            ? { backgroundColor: color, borderRadius: '2px' }
            : { borderColor: color, borderStyle: 'none none dotted none', borderWidth: '0 0 1px 0' },
        ),
      );
    }
    this.enabled = vscode.workspace.getConfiguration().get<boolean>(SETTING, true);
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isDraft(e.document) && vscode.window.visibleTextEditors.some((ed) => ed.document === e.document)) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SETTING)) return;
        this.enabled = vscode.workspace.getConfiguration().get<boolean>(SETTING, true);
        this.schedule(0);
      }),
    );
  }

  /** Flips the setting where it is set (workspace if it is set there, else the user settings). */
  async toggle(): Promise<void> {
    const config = vscode.workspace.getConfiguration();
    const inspected = config.inspect<boolean>(SETTING);
    const target =
      inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update(SETTING, !this.enabled, target);
  }

  /** Refreshes after a pause in typing; the server answers from its cached analysis when nothing changed. */
  schedule(delay = DEFAULT_DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    for (const editor of vscode.window.visibleTextEditors) {
      if (!isDraft(editor.document)) continue;
      if (!this.enabled) {
        for (const t of this.types.values()) editor.setDecorations(t, []);
        continue;
      }
      const version = editor.document.version;
      let result: DecorationsResult;
      try {
        const params: DecorationsParams = { textDocument: { uri: editor.document.uri.toString() } };
        result = await this.client.sendRequest(DecorationsRequest, params);
      } catch {
        continue; // The server is restarting; the next change asks again.
      }
      // Ranges for an older version would land on the wrong words.
      if (editor.document.version !== version || (result.version !== null && result.version !== version)) continue;
      for (const [kind, type] of this.types) {
        const ranges = (result.ranges[kind] ?? []).map(
          (r) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character),
        );
        editor.setDecorations(type, ranges);
      }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    for (const t of this.types.values()) t.dispose();
  }
}
