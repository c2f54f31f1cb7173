// The "Faktenlage" tree in the Explorer: the active draft's findings, figures, dates, entities, sources and claims, each opening its passage.
import * as vscode from 'vscode';
import { Command, type OpenPassageArgs } from '../../shared/commands';
import type { OverviewPassage, OverviewResult } from '../../shared/protocol';
import { OVERVIEW_VIEW } from '../../shared/views';

type GroupId = 'findings' | 'figures' | 'dates' | 'entities' | 'sources' | 'claims';

/** A row of the tree: a group, or a leaf that opens a passage. */
export type OverviewNode =
  | { kind: 'group'; id: GroupId; label: string; icon: string; children: OverviewNode[] }
  | { kind: 'leaf'; label: string; description?: string; tooltip?: string; passage: OverviewPassage; warning?: boolean; icon?: string };

const ENTITY_ICON = { PER: 'person', LOC: 'location', ORG: 'organization' } as const;

const fmt = new Intl.NumberFormat('de-DE');
const count = (n: number) => fmt.format(n);

/** Builds the groups from an overview; empty groups are left out so the tree shows only what the draft has. */
export function overviewNodes(r: OverviewResult): OverviewNode[] {
  const groups: OverviewNode[] = [];
  const group = (id: GroupId, label: string, icon: string, children: OverviewNode[]) => {
    if (children.length) groups.push({ kind: 'group', id, label, icon, children });
  };
  group(
    'findings',
    vscode.l10n.t('Findings'),
    'warning',
    r.findings.map((f) => ({ kind: 'leaf', label: f.message, description: f.code, tooltip: f.message, passage: f, warning: true })),
  );
  group(
    'figures',
    vscode.l10n.t('Figures'),
    'symbol-number',
    r.figures.map((f) => {
      const conflicts = f.corpus.filter((v) => v.conflict).length;
      const description = conflicts
        ? vscode.l10n.t('{0} corpus values, {1} contradict', f.corpus.length, conflicts)
        : vscode.l10n.t('{0} corpus values', f.corpus.length);
      return {
        kind: 'leaf',
        label: f.draft.text,
        description: [f.thing ?? f.unit, description].filter(Boolean).join(' · '),
        tooltip: f.draft.snippet,
        passage: f.draft,
        warning: conflicts > 0,
        icon: 'symbol-number',
      };
    }),
  );
  group(
    'dates',
    vscode.l10n.t('Dates'),
    'calendar',
    r.dates.map((d) => ({
      kind: 'leaf',
      label: d.text,
      description: [d.value ?? vscode.l10n.t('vague'), d.corpus.length ? vscode.l10n.t('{0} corpus articles', d.corpus.length) : '']
        .filter(Boolean)
        .join(' · '),
      passage: d,
      icon: 'calendar',
    })),
  );
  group(
    'entities',
    vscode.l10n.t('People, places, organisations'),
    'person',
    r.entities.map((e) => ({
      kind: 'leaf',
      label: e.name,
      description: vscode.l10n.t('{0}× here · {1} corpus articles', e.mentions.length, count(e.corpusArticles)),
      passage: e.mentions[0],
      icon: ENTITY_ICON[e.type],
    })),
  );
  group(
    'sources',
    vscode.l10n.t('Sources'),
    'quote',
    r.sources.map((s) => ({
      kind: 'leaf',
      label: s.label,
      description: s.kind === 'source' ? `${s.mentions.length}×` : `${s.mentions.length}× · ${s.kind === 'vague' ? vscode.l10n.t('vague') : vscode.l10n.t('hearsay')}`,
      passage: s.mentions[0],
      warning: s.kind === 'vague',
      icon: 'quote',
    })),
  );
  group(
    'claims',
    vscode.l10n.t('Claims without a source'),
    'comment-unresolved',
    r.claims.map((c) => ({
      kind: 'leaf',
      label: c.text,
      description: c.vague ? vscode.l10n.t('vague source') : undefined,
      tooltip: c.text,
      passage: c,
      warning: true,
    })),
  );
  return groups;
}

export class OverviewTree implements vscode.TreeDataProvider<OverviewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OverviewNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<OverviewNode>;
  private roots: OverviewNode[] = [];

  constructor() {
    this.view = vscode.window.createTreeView(OVERVIEW_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.view.message = vscode.l10n.t('Open a Markdown or text draft to see its facts.');
  }

  get visible(): boolean {
    return this.view.visible;
  }

  /** Shows a draft's overview, or clears the tree when there is none. */
  show(result: OverviewResult | null): void {
    this.roots = result?.analysed ? overviewNodes(result) : [];
    this.view.message = !result
      ? vscode.l10n.t('Open a Markdown or text draft to see its facts.')
      : !result.analysed
        ? vscode.l10n.t('This draft was not analysed (too large, or not open).')
        : this.roots.length
          ? undefined
          : vscode.l10n.t('Nothing found in this draft yet.');
    this.changed.fire(undefined);
  }

  /** The badge counts findings only: entities and dates are no reason to look. */
  setFindings(findings: number): void {
    this.view.badge = findings ? { value: findings, tooltip: vscode.l10n.t('{0} findings in the draft', findings) } : undefined;
  }

  /** The rows as plain labels, group by group (the in-host test reads them through the extension's API). */
  snapshot(): { label: string; children: string[] }[] {
    return this.roots.map((g) => ({ label: g.label, children: g.kind === 'group' ? g.children.map((c) => c.label) : [] }));
  }

  getTreeItem(node: OverviewNode): vscode.TreeItem {
    if (node.kind === 'group') {
      // Findings stay open: they are why the editor looks; the long lists start folded.
      const open = node.id === 'findings' || node.id === 'figures' || node.id === 'claims';
      const item = new vscode.TreeItem(node.label, open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `group:${node.id}`;
      item.description = String(node.children.length);
      item.iconPath = node.id === 'findings' ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')) : new vscode.ThemeIcon(node.icon);
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.description = node.description;
    item.tooltip = node.tooltip ?? node.label;
    item.iconPath = node.warning
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
      : node.icon
        ? new vscode.ThemeIcon(node.icon)
        : undefined;
    const args: OpenPassageArgs = { uri: node.passage.uri, start: node.passage.start, end: node.passage.end };
    item.command = { title: vscode.l10n.t('Open passage'), command: Command.OpenPassage, arguments: [args] };
    return item;
  }

  getChildren(node?: OverviewNode): OverviewNode[] {
    if (!node) return this.roots;
    return node.kind === 'group' ? node.children : [];
  }

  dispose(): void {
    this.view.dispose();
    this.changed.dispose();
  }
}
