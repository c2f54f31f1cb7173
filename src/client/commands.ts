// The extension's commands: each asks the server or drives an editor feature.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import {
  Command,
  isInsertSnippetArgs,
  isOpenPassageArgs,
  isShowReferencesArgs,
  ServerCommand,
} from '../shared/commands';
import { ReferencesRequest, type ReferencesParams, type ReferencesResult } from '../shared/protocol';
import type { Decorations } from './decorations';
import { isDraft } from './documents';
import type { ReferencesView } from './references-view';

export class Commands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly client: LanguageClient,
    decorations: Decorations,
    private readonly references: ReferencesView,
  ) {
    const register = (id: Command, run: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, run);
    this.disposables = [
      register(Command.CheckDraft, () => this.withDraft((uri) => this.server(ServerCommand.CheckDraft, uri))),
      register(Command.CheckAllDrafts, async () => {
        const n = await this.server<number>(ServerCommand.CheckAllDrafts);
        void vscode.window.showInformationMessage(vscode.l10n.t('Faktenlage checked {0} articles.', n ?? 0));
      }),
      register(Command.RebuildIndex, () => this.server(ServerCommand.RebuildIndex)),
      register(Command.ToggleHighlights, () => decorations.toggle()),
      register(Command.ShowReferences, (args) => this.showReferences(args)),
      register(Command.ShowReport, () => this.withDraft((uri) => this.showReport(uri))),
      register(Command.OpenPassage, (args) => openPassage(args)),
      register(Command.InsertSnippet, (args) => insertSnippet(args)),
    ];
  }

  private server<T>(command: ServerCommand, ...args: unknown[]): Promise<T> {
    return this.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;
  }

  private async withDraft(run: (uri: string) => Promise<unknown>): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isDraft(editor.document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or text draft first.'));
      return;
    }
    await run(editor.document.uri.toString());
  }

  /** From a hover link (an entity, figure or date key) or for whatever is under the cursor. */
  private async showReferences(args: unknown): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    let params: ReferencesParams;
    if (isShowReferencesArgs(args)) {
      params = { ...args, excludeUri: editor?.document.uri.toString() };
    } else if (editor && isDraft(editor.document)) {
      const p = editor.selection.active;
      params = { textDocument: { uri: editor.document.uri.toString() }, position: { line: p.line, character: p.character } };
    } else {
      return;
    }
    const result = await this.client.sendRequest<ReferencesResult>(ReferencesRequest, params);
    await this.references.show(result);
  }

  private async showReport(uri: string): Promise<void> {
    const report = await this.server<string>(ServerCommand.Report, uri);
    const content = report || vscode.l10n.t('No findings.');
    const doc = await vscode.workspace.openTextDocument({ content, language: 'plaintext' });
    await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Opens an article with the passage selected; arguments are checked because hover links carry them. */
async function openPassage(args: unknown): Promise<void> {
  if (!isOpenPassageArgs(args)) return;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri, true));
  const selection = new vscode.Selection(doc.positionAt(args.start), doc.positionAt(args.end));
  await vscode.window.showTextDocument(doc, { selection, preview: true });
}

/** Inserts a snippet (LSP 3.17 edits cannot carry placeholders, so the quick fix sends it here). */
async function insertSnippet(args: unknown): Promise<void> {
  if (!isInsertSnippetArgs(args)) return;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri, true));
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(args.snippet), new vscode.Position(args.line, args.character));
}
