// Starts the language server in its own process and connects it to the editor.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { HOVER_COMMANDS } from '../shared/commands';
import type { InitializationOptions } from '../shared/protocol';
import { serverEnv, serverExecArgv } from '../shared/server-flags';
import { WORKSPACE_FILE_GLOB, DRAFT_SELECTOR } from './documents';

/** Crashes within this window count together; past the limit the server stays down instead of looping. */
export const CRASH_WINDOW_MS = 3 * 60_000;
export const MAX_CRASHES = 5;

/** Where the handler tells the user: VS Code's window in the extension, a recording fake in tests. */
export interface CrashNotices {
  restarted(message: string): void;
  stopped(message: string): void;
}

/**
 * Restarts a crashed server and says so once per session: an editor on deadline needs to know the
 * checks paused for a moment, not a pop-up for every restart. A server that keeps crashing stays down,
 * and that is said once too. Both messages are shown here (`handled: true`), so the client library
 * adds no pop-up of its own and only logs to the output channel.
 */
export class RestartOnCrash implements ErrorHandler {
  private crashes: number[] = [];
  private toldRestart = false;
  private toldStopped = false;

  constructor(
    private readonly notices: CrashNotices,
    private readonly now: () => number = Date.now,
  ) {}

  error(): ErrorHandlerResult {
    // A failed message is not a dead server; the connection closing is what `closed` handles.
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = this.now();
    this.crashes = this.crashes.filter((t) => now - t < CRASH_WINDOW_MS);
    this.crashes.push(now);
    if (this.crashes.length > MAX_CRASHES) {
      const message = vscode.l10n.t('The Faktenlage server crashed {0} times in three minutes and was not restarted. See the Faktenlage output.', this.crashes.length);
      if (!this.toldStopped) {
        this.toldStopped = true;
        this.notices.stopped(message);
      }
      return { action: CloseAction.DoNotRestart, message, handled: true };
    }
    if (!this.toldRestart) {
      this.toldRestart = true;
      this.notices.restarted(vscode.l10n.t('The Faktenlage server stopped unexpectedly and was restarted; your drafts are untouched.'));
    }
    return { action: CloseAction.Restart, handled: true };
  }
}

/** The client, and the file watchers it feeds the server with (the caller disposes them: the client does not). */
export function createLanguageClient(context: vscode.ExtensionContext): { client: LanguageClient; watchers: vscode.Disposable[] } {
  // The server re-indexes a corpus file when it changes on disk, and re-reads its settings file.
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,txt}'),
    vscode.workspace.createFileSystemWatcher(WORKSPACE_FILE_GLOB),
  ];
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: serverExecArgv(), env: serverEnv() } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019', ...serverExecArgv()], env: serverEnv() } },
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
    errorHandler: new RestartOnCrash({
      restarted: (message) => void vscode.window.showWarningMessage(message),
      stopped: (message) => void vscode.window.showErrorMessage(message),
    }),
  };
  return { client: new LanguageClient('faktenlage', 'Faktenlage', serverOptions, clientOptions), watchers };
}
