// The status bar entry: articles in the corpus index and findings in the current draft; a click opens Problems.
import * as vscode from 'vscode';
import type { StatusParams } from '../shared/protocol';
import { isDraft } from './documents';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('faktenlage.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private status: StatusParams = { articles: 0, indexing: true, skipped: 0 };

  constructor() {
    this.item.name = 'Faktenlage';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
    );
    this.update();
  }

  setStatus(status: StatusParams): void {
    this.status = status;
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isDraft(editor.document)) {
      this.item.hide();
      return;
    }
    const findings = vscode.languages
      .getDiagnostics(editor.document.uri)
      // The notice after the first 1,000 findings of a huge draft has no code: it is no finding.
      .filter((d) => d.source === 'Faktenlage' && d.code !== undefined).length;
    const icon = this.status.indexing ? '$(sync~spin)' : '$(book)';
    this.item.text = `${icon} ${vscode.l10n.t('{0} articles · {1} findings', this.status.articles, findings)}`;
    this.item.tooltip = this.status.skipped
      ? vscode.l10n.t('Corpus: {0} articles indexed, {1} files skipped (see the Faktenlage output). Click to open Problems.', this.status.articles, this.status.skipped)
      : vscode.l10n.t('Corpus: {0} articles indexed. Click to open Problems.', this.status.articles);
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
