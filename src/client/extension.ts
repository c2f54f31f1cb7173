// Extension entry point: only wires the features together; each one owns its listeners as a Disposable.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands } from './commands';
import { Decorations } from './decorations';
import { createLanguageClient } from './language-client';
import { Overview } from './overview';
import { ReferencesView } from './references-view';
import { StatusBar } from './status-bar';
import { StatusNotification, type StatusParams } from '../shared/protocol';

let client: LanguageClient | undefined;

/** What activate returns: a read-only look at the views, for the in-host tests. */
export interface FaktenlageApi {
  overview: () => ReturnType<Overview['snapshot']>;
  onDidRefreshOverview: vscode.Event<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<FaktenlageApi> {
  try {
    const created = createLanguageClient(context);
    client = created.client;
    const decorations = new Decorations(client);
    const references = new ReferencesView();
    const statusBar = new StatusBar();
    const overview = new Overview(client, context.extensionUri);
    // The client itself is stopped in deactivate(), which VS Code awaits.
    context.subscriptions.push(
      ...created.watchers,
      decorations,
      references,
      statusBar,
      overview,
      // The corpus changed: the count changes, and draft analyses link names anew.
      client.onNotification(StatusNotification, (status: StatusParams) => {
        statusBar.setStatus(status);
        decorations.schedule();
        overview.schedule();
      }),
      new Commands(client, decorations, references),
      // Trust widens what may be indexed (paths outside the workspace), so the server starts over with it.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
    );
    await client.start();
    decorations.schedule(0);
    overview.schedule(0);
    return { overview: () => overview.snapshot(), onDidRefreshOverview: overview.onDidRefresh };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(vscode.l10n.t('Faktenlage could not start: {0}', message));
    throw e;
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
