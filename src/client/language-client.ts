// Starts the language server in its own process and connects it to the editor.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { HOVER_COMMANDS } from '../shared/commands';
import type { InitializationOptions } from '../shared/protocol';
import { WORKSPACE_FILE_GLOB, DRAFT_SELECTOR } from './documents';

/** The client, and the file watchers it feeds the server with (the caller disposes them: the client does not). */
export function createLanguageClient(context: vscode.ExtensionContext): { client: LanguageClient; watchers: vscode.Disposable[] } {
  // The server re-indexes a corpus file when it changes on disk, and re-reads its settings file.
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,txt}'),
    vscode.workspace.createFileSystemWatcher(WORKSPACE_FILE_GLOB),
  ];
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  // The workspace's storage keeps one index per workspace; without a folder the global storage serves.
  const storage = context.storageUri ?? context.globalStorageUri;
  // A function, so a restart after the workspace is trusted tells the server so.
  const initializationOptions = (): InitializationOptions => ({
    storagePath: storage.scheme === 'file' ? storage.fsPath : undefined,
    trusted: vscode.workspace.isTrusted,
  });
  const clientOptions: LanguageClientOptions = {
    documentSelector: DRAFT_SELECTOR,
    synchronize: { fileEvents: watchers },
    initializationOptions,
    markdown: { isTrusted: { enabledCommands: [...HOVER_COMMANDS] }, supportHtml: false },
    outputChannelName: 'Faktenlage',
  };
  return { client: new LanguageClient('faktenlage', 'Faktenlage', serverOptions, clientOptions), watchers };
}
