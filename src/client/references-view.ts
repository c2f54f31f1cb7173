// The "Corpus references" tree: the articles mentioning the looked-up entity, figure or date, and the passages in each.
import * as vscode from 'vscode';
import { Command, type OpenPassageArgs } from '../shared/commands';
import type { ReferenceItem, ReferencesResult } from '../shared/protocol';
import { REFERENCES_VIEW } from '../shared/views';


type Node = { kind: 'article'; uri: string; items: ReferenceItem[] } | { kind: 'passage'; item: ReferenceItem };

export class ReferencesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private articles: Node[] = [];

  constructor() {
    this.view = vscode.window.createTreeView(REFERENCES_VIEW, { treeDataProvider: this, showCollapseAll: true });
  }

  async show(result: ReferencesResult): Promise<void> {
    const byUri = new Map<string, ReferenceItem[]>();
    for (const item of result.items) {
      const list = byUri.get(item.uri) ?? [];
      list.push(item);
      byUri.set(item.uri, list);
    }
    this.articles = [...byUri].map(([uri, items]) => ({ kind: 'article', uri, items }));
    this.view.message = result.label
      ? vscode.l10n.t('{0}: {1} passages in {2} articles', result.label, result.items.length, byUri.size)
      : vscode.l10n.t('Nothing under the cursor to look up.');
    this.changed.fire(undefined);
    await vscode.commands.executeCommand(`${REFERENCES_VIEW}.focus`);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'article') {
      const first = node.items[0];
      const uri = vscode.Uri.parse(node.uri);
      const item = new vscode.TreeItem(first.title ?? vscode.workspace.asRelativePath(uri), vscode.TreeItemCollapsibleState.Expanded);
      item.resourceUri = uri;
      item.description = [first.date, first.outlet].filter(Boolean).join(' · ');
      item.iconPath = vscode.ThemeIcon.File;
      return item;
    }
    const { item: ref } = node;
    const label = ref.value ? `${ref.value} — ${ref.snippet}` : ref.snippet;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.tooltip = ref.snippet;
    item.description = `${ref.range.start.line + 1}:${ref.range.start.character + 1}`;
    if (ref.disagrees) item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
    const args: OpenPassageArgs = { uri: ref.uri, start: ref.start, end: ref.end };
    item.command = { title: vscode.l10n.t('Open passage'), command: Command.OpenPassage, arguments: [args] };
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.articles;
    return node.kind === 'article' ? node.items.map((item) => ({ kind: 'passage', item })) : [];
  }

  dispose(): void {
    this.view.dispose();
    this.changed.dispose();
  }
}
