// The "Faktenlage: Overview" webview panel: charts drawn by media/overview/overview.js from the overview's JSON, under a strict CSP.
import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import { isOpenPassageArgs, type OpenPassageArgs } from '../../shared/commands';
import type { OverviewResult } from '../../shared/protocol';
import { OVERVIEW_PANEL } from '../../shared/views';

/** Strings the webview script shows; translated here so the l10n bundle covers them like every other client text. */
function strings(): Record<string, string> {
  return {
    figures: vscode.l10n.t('Figures'),
    timeline: vscode.l10n.t('Timeline'),
    entities: vscode.l10n.t('People, places, organisations'),
    sources: vscode.l10n.t('Sources'),
    claims: vscode.l10n.t('Claims without a source'),
    draft: vscode.l10n.t('This draft'),
    corpus: vscode.l10n.t('Corpus'),
    conflict: vscode.l10n.t('contradicts the draft'),
    noSource: vscode.l10n.t('no source'),
    undated: vscode.l10n.t('undated'),
    noDraft: vscode.l10n.t('Open a Markdown or text draft to see its facts.'),
    notAnalysed: vscode.l10n.t('This draft was not analysed (too large, or not open).'),
    noFigures: vscode.l10n.t('No checkable figures in this draft.'),
    noCorpusValues: vscode.l10n.t('The corpus has no value for this quantity.'),
    // The webview fills in {0} itself: the count is known only there.
    moreValues: vscode.l10n.t('{0} more comparable values in the corpus are not drawn (the nearest in time and every contradiction are).'),
    noDates: vscode.l10n.t('No calendar days in this draft.'),
    noEntities: vscode.l10n.t('No people, places or organisations found.'),
    noSources: vscode.l10n.t('The draft cites no source.'),
    noClaims: vscode.l10n.t('Every claim has a source.'),
    indexing: vscode.l10n.t('The corpus is still being indexed; counts may grow.'),
    findings: vscode.l10n.t('Findings'),
    mentions: vscode.l10n.t('in the draft'),
    corpusArticles: vscode.l10n.t('corpus articles'),
    vague: vscode.l10n.t('vague'),
    hearsay: vscode.l10n.t('hearsay'),
    published: vscode.l10n.t('published'),
    open: vscode.l10n.t('Open passage'),
    legendDraft: vscode.l10n.t('the draft'),
    legendCorpus: vscode.l10n.t('corpus, agrees'),
    legendConflict: vscode.l10n.t('corpus, contradicts'),
    legendRange: vscode.l10n.t('range ("bis zu", "mehr als")'),
    legendDay: vscode.l10n.t('day named in the draft'),
    sameDay: vscode.l10n.t('corpus article naming the same day'),
    relatedArticle: vscode.l10n.t('corpus article with the same figures, by publication date'),
  };
}

/** The passages the current data offers: the webview may only ask for one of these. */
function offeredPassages(r: OverviewResult | null): Set<string> {
  const out = new Set<string>();
  if (!r) return out;
  const add = (p: { uri: string; start: number; end: number }) => out.add(`${p.uri}#${p.start}-${p.end}`);
  for (const f of r.figures) [f.draft, ...f.corpus].forEach(add);
  for (const d of r.dates) [d, ...d.corpus].forEach(add);
  for (const e of r.entities) e.mentions.forEach(add);
  for (const s of r.sources) s.mentions.forEach(add);
  r.claims.forEach(add);
  r.findings.forEach(add);
  return out;
}

export class OverviewPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private result: OverviewResult | null = null;
  private offered = new Set<string>();
  private ready = false;
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    /** Where passages open: the column of the draft the panel follows, so the panel stays visible beside it. */
    private readonly passageColumn: () => vscode.ViewColumn | undefined,
    /** Told before a passage opens, so the overview does not switch to the article it opened. */
    private readonly willOpen: (uri: string) => void,
  ) {
    const media = vscode.Uri.joinPath(extensionUri, 'media', 'overview');
    this.panel = vscode.window.createWebviewPanel(
      OVERVIEW_PANEL,
      vscode.l10n.t('Faktenlage: Overview'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false },
    );
    this.panel.webview.html = this.html(media);
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      // A hidden webview loses its page; it asks for the data again when it comes back.
      this.panel.onDidDispose(() => {
        this.disposed.fire();
        this.dispose();
      }),
    );
  }

  get visible(): boolean {
    return this.panel.visible;
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  show(result: OverviewResult | null): void {
    this.result = result;
    this.offered = offeredPassages(result);
    if (this.ready) void this.panel.webview.postMessage({ type: 'data', data: result });
  }

  private async receive(message: unknown): Promise<void> {
    if (!message || typeof message !== 'object') return;
    const m = message as Record<string, unknown>;
    if (m.type === 'ready') {
      this.ready = true;
      await this.panel.webview.postMessage({ type: 'strings', strings: strings() });
      await this.panel.webview.postMessage({ type: 'data', data: this.result });
      return;
    }
    if (m.type !== 'open') return;
    // The webview is a page like any other: its messages are checked in shape and against what it was given.
    const args = { uri: m.uri, start: m.start, end: m.end };
    if (!isOpenPassageArgs(args) || !this.offered.has(`${args.uri}#${args.start}-${args.end}`)) return;
    this.willOpen(args.uri);
    await revealPassage(args, this.passageColumn());
  }

  private html(media: vscode.Uri): string {
    const webview = this.panel.webview;
    const nonce = crypto.randomBytes(16).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'overview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'overview.css'));
    const csp = [
      "default-src 'none'",
      `script-src 'nonce-${nonce}'`,
      `style-src ${webview.cspSource} 'nonce-${nonce}'`,
      `img-src ${webview.cspSource} data:`,
    ].join('; ');
    const lang = vscode.env.language.startsWith('de') ? 'de' : 'en';
    return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}" nonce="${nonce}">
<title>Faktenlage</title>
</head>
<body>
<main id="app"></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
    this.disposed.dispose();
  }
}

/**
 * Opens a passage with it selected, in the draft's column: the shared open-passage command opens in
 * the active group, which while the panel has focus is the panel's own, and would cover the charts.
 */
export async function revealPassage(args: OpenPassageArgs, column: vscode.ViewColumn | undefined): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri, true));
  const selection = new vscode.Selection(doc.positionAt(args.start), doc.positionAt(args.end));
  await vscode.window.showTextDocument(doc, { selection, preview: true, viewColumn: column ?? vscode.ViewColumn.One });
}
