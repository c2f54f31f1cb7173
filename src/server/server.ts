// The language server: wires documents, the corpus index, checks and editor features to an LSP connection.
import * as path from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { Finding, Locale } from '../core';
import { SERVER_COMMANDS, ServerCommand } from '../shared/commands';
import {
  DecorationsRequest,
  OverviewRequest,
  ReferencesRequest,
  StatusNotification,
  type DecorationsParams,
  type DecorationsResult,
  type InitializationOptions,
  type OverviewParams,
  type OverviewResult,
  type ReferencesParams,
  type ReferencesResult,
  type StatusParams,
} from '../shared/protocol';
import type { FaktenlageSettings } from '../shared/settings';
import { codeActions } from './code-actions';
import { indexKey, mergeConfig, readWorkspaceFile, type EffectiveConfig } from './config';
import { readArticle } from './corpus-loader';
import { CorpusIndex } from './corpus-index';
import { decorationRanges } from './decorations';
import { toDiagnostics } from './diagnostics';
import { checkText, Drafts, nextTurn, type CheckEnvironment, type DraftState } from './drafts';
import { houseNames } from './house-names';
import { hoverAt } from './hover';
import { localeOf, messages } from './messages';
import type { PatternProblem } from './patterns';
import { overview } from './overview';
import { lookupAt, references } from './references';
import { displayPath, formatReport } from './report';
import { TextSource } from './text-source';
import { WORKSPACE_FILE, EMPTY_WORKSPACE_FILE, type WorkspaceFile } from './workspace-file';

/** Runs the server on a connection until it closes. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let locale: Locale = 'en';
  let roots: string[] = [];
  let trusted = true;
  let canConfigure = false;
  let canRegisterConfig = false;
  let canWatchFolders = false;
  let settings: FaktenlageSettings = {};
  let workspaceFile: WorkspaceFile = EMPTY_WORKSPACE_FILE;
  let config: EffectiveConfig = mergeConfig({}, EMPTY_WORKSPACE_FILE, [], true);
  let index: CorpusIndex;
  /** The index key of the configuration the corpus was last indexed with. */
  let indexedWith: string | undefined;
  /** Files published by "check all drafts" that are not open: their diagnostics outlive a close. */
  const checkedOnDisk = new Set<string>();
  const m = () => messages(locale);

  const texts = new TextSource(
    (uri) => documents.get(uri)?.getText(),
    () => config.maxFileSizeKb * 1024,
  );

  const environment = (): CheckEnvironment => ({
    corpus: index.corpus,
    config,
    locale,
    names: houseNames(config.entities, index.corpus.names),
  });

  const toldTooLarge = new Set<string>();
  const publish = async (state: DraftState): Promise<void> => {
    if (!state.analysis && !toldTooLarge.has(state.uri)) {
      toldTooLarge.add(state.uri);
      connection.console.info(`${m().draftTooLarge(config.maxFileSizeKb)} ${displayPath(state.uri, roots)}`);
    }
    // Checked in slices: other requests are answered meanwhile, and a newer version stops this run.
    const findings = await state.checked();
    if (!findings) return;
    const diagnostics = await toDiagnostics(findings, state.lines, texts, locale);
    // A newer edit may have arrived while related passages were read; its own run publishes then.
    const doc = documents.get(state.uri);
    if (doc && doc.version !== state.version) return;
    await connection.sendDiagnostics({ uri: state.uri, version: doc?.version, diagnostics });
  };

  /** What a request answers when the client cancelled it: the LSP error code clients expect. */
  const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  const throwIfCancelled = (token: CancellationToken): void => {
    if (token.isCancellationRequested) throw cancelled();
  };

  /**
   * An open draft's current state with every finding. A check stopped because a newer version or a
   * corpus change superseded it is followed to the newer state; a draft that keeps changing answers
   * `ContentModified` after a few rounds, a cancelled request `RequestCancelled`.
   */
  const checkedDraft = async (uri: string, token: CancellationToken): Promise<{ state: DraftState; findings: Finding[] } | undefined> => {
    for (let round = 0; round < 5; round++) {
      const state = drafts.state(uri);
      if (!state) return undefined;
      const findings = await state.checked(token);
      throwIfCancelled(token);
      if (findings) return { state, findings };
    }
    throw new ResponseError(LSPErrorCodes.ContentModified, 'the draft keeps changing');
  };

  const drafts = new Drafts((uri) => documents.get(uri), environment, publish);

  const sendStatus = (): void => {
    const params: StatusParams = { articles: index.size, indexing: index.indexing, skipped: index.skipped };
    void connection.sendNotification(StatusNotification, params);
  };

  const reportedProblems = new Set<string>();
  const reportProblem = (p: PatternProblem): void => {
    const text = p.reason === 'outside-workspace' ? m().outsideWorkspace(p.pattern) : m().invalidPattern(p.pattern, p.reason);
    if (reportedProblems.has(text)) return;
    reportedProblems.add(text);
    void connection.window.showWarningMessage(text);
  };

  const corpusChanged = (): void => {
    texts.invalidate();
    drafts.invalidateAll(documents.keys());
    sendStatus();
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = localeOf(params.locale);
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
    roots = folders.map((f) => URI.parse(f.uri)).filter((u) => u.scheme === 'file').map((u) => u.fsPath);
    const opts = (params.initializationOptions ?? {}) as InitializationOptions;
    trusted = opts.trusted !== false;
    canConfigure = !!params.capabilities.workspace?.configuration;
    canRegisterConfig = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    canWatchFolders = !!params.capabilities.workspace?.workspaceFolders;
    index = new CorpusIndex(
      {
        skipped: (file, r) => {
          const rel = displayPath(URI.file(file).toString(), roots);
          const text =
            r.reason === 'too-large'
              ? m().skippedTooLarge(rel, config.maxFileSizeKb)
              : r.reason === 'binary'
                ? m().skippedBinary(rel)
                : m().skippedUnreadable(rel, r.detail ?? '');
          connection.console.info(text);
        },
        patternProblem: reportProblem,
        // Why a cache on disk was not used (truncated, damaged, older engine) goes to the log, not to the user.
        cacheRejected: (reason) => connection.console.info(reason),
        indexed: ({ files, threads, nice, ms }) =>
          connection.console.info(`Indexed ${files} files in ${(ms / 1000).toFixed(1)} s on ${threads ? `${threads} worker thread(s)${nice !== undefined ? ` at nice ${nice}` : ''}` : 'the main thread'}.`),
        changed: corpusChanged,
        startProgress: async () => {
          sendStatus();
          const progress = await connection.window.createWorkDoneProgress();
          progress.begin(m().indexing, 0, undefined, false);
          return {
            report: (done, total) => progress.report(Math.round((100 * done) / Math.max(1, total)), m().indexedOf(done, total)),
            finish: (articles, skipped) => {
              progress.report(100, m().indexDone(articles, skipped));
              progress.done();
              sendStatus();
            },
          };
        },
      },
      opts.storagePath,
    );
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
        executeCommandProvider: { commands: [...SERVER_COMMANDS] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'Faktenlage' },
    };
  });

  /** Reads settings and the workspace file again; re-indexes (incrementally) and re-checks. */
  const reloadConfiguration = async (): Promise<void> => {
    if (canConfigure) {
      settings = ((await connection.workspace.getConfiguration('faktenlage')) ?? {}) as FaktenlageSettings;
    }
    const read = await readWorkspaceFile(roots);
    if (read.error) void connection.window.showWarningMessage(m().workspaceFileError(read.error));
    workspaceFile = read.file;
    config = mergeConfig(settings, workspaceFile, roots, trusted);
    drafts.invalidateAll(documents.keys());
    // Severities, the window or the house list change only the checks; the files to index stay the same.
    const key = indexKey(config);
    if (key === indexedWith) return;
    indexedWith = key;
    await index.index(config);
  };

  connection.onInitialized(() => {
    if (canRegisterConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'faktenlage' });
    if (canWatchFolders) {
      // A folder added to or removed from a multi-root workspace changes what the corpus is.
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => URI.parse(f.uri).fsPath));
        const added = e.added.map((f) => URI.parse(f.uri)).filter((u) => u.scheme === 'file').map((u) => u.fsPath);
        roots = [...roots.filter((r) => !removed.has(r)), ...added];
        void reloadConfiguration();
      });
    }
    void reloadConfiguration();
  });

  connection.onDidChangeConfiguration((change) => {
    if (!canConfigure) settings = ((change.settings as { faktenlage?: FaktenlageSettings })?.faktenlage ?? {}) as FaktenlageSettings;
    void reloadConfiguration();
  });

  documents.onDidOpen((e) => void drafts.checkNow(e.document.uri));
  documents.onDidChangeContent((e) => drafts.schedule(e.document.uri));
  documents.onDidClose((e) => {
    drafts.close(e.document.uri);
    if (!checkedOnDisk.has(e.document.uri)) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    let changed = false;
    for (const c of changes) {
      const file = URI.parse(c.uri);
      if (file.scheme !== 'file') continue;
      if (path.basename(file.fsPath) === WORKSPACE_FILE) {
        await reloadConfiguration();
        continue;
      }
      texts.invalidate(c.uri);
      if (await index.fileChanged(file.fsPath, c.type === FileChangeType.Deleted)) changed = true;
    }
    if (changed) corpusChanged();
  });

  connection.onHover(async (params, token) => {
    // One turn of the event loop first: a cancellation sent right behind the request is read by then,
    // before a draft not yet analysed costs its analysis.
    await nextTurn();
    throwIfCancelled(token);
    const state = drafts.state(params.textDocument.uri);
    // Analysing a large draft for the first time takes a while; the answer may no longer be wanted.
    throwIfCancelled(token);
    if (!state?.analysis) return null;
    const offset = state.lines.offset(params.position);
    const hover = hoverAt(
      {
        uri: state.uri,
        analysis: state.analysis,
        corpus: index.corpus,
        locale,
        houseEntities: config.entities,
        indexing: index.indexing,
      },
      offset,
    );
    if (!hover) return null;
    return { contents: { kind: 'markdown', value: hover.markdown }, range: state.lines.range(hover.span) };
  });

  connection.onCodeAction(async (params, token) => {
    await nextTurn();
    throwIfCancelled(token);
    // The quick fixes look up the findings under the diagnostics: wait for the sliced check, or give up when cancelled.
    const checked = await checkedDraft(params.textDocument.uri, token);
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !checked) return [];
    const { state } = checked;
    const root = roots.find((r) => !path.relative(r, URI.parse(doc.uri).fsPath).startsWith('..')) ?? roots[0];
    let wsFile: { uri: string; text: string | null } | null = null;
    if (root) {
      const file = path.join(root, WORKSPACE_FILE);
      const uri = URI.file(file).toString();
      const open = documents.get(uri)?.getText();
      const disk = open ?? (await readArticle(file, 1024 * 1024));
      wsFile = { uri, text: typeof disk === 'string' ? disk : disk.ok ? disk.text : null };
    }
    return codeActions({
      state,
      text: doc.getText(),
      range: params.range,
      diagnostics: params.context.diagnostics,
      locale,
      workspaceFile: wsFile,
      houseEntities: config.entities,
      workspaceRoots: roots,
    });
  });

  /** Checks every corpus file as a draft and publishes the findings, so the Problems panel covers the workspace. */
  const checkAllOnDisk = async (token: CancellationToken): Promise<number> => {
    await index.idle();
    let count = 0;
    for (const uri of index.corpus.uris()) {
      throwIfCancelled(token);
      if (documents.get(uri)) {
        await drafts.checkNow(uri);
        count++;
        continue;
      }
      const read = await readArticle(URI.parse(uri).fsPath, config.maxFileSizeKb * 1024);
      if (!read.ok) continue;
      const state = checkText(uri, read.text, 0, environment());
      const findings = await state.checked(token);
      if (!findings) throw cancelled();
      checkedOnDisk.add(uri);
      await connection.sendDiagnostics({ uri, diagnostics: await toDiagnostics(findings, state.lines, texts, locale) });
      count++;
      await new Promise((r) => setImmediate(r));
    }
    return count;
  };

  const diskState = async (uri: string): Promise<DraftState | null> => {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return null;
    const read = await readArticle(parsed.fsPath, config.maxFileSizeKb * 1024);
    return read.ok ? checkText(uri, read.text, 0, environment()) : null;
  };

  connection.onExecuteCommand(async ({ command, arguments: args }, token) => {
    throwIfCancelled(token);
    const uri = typeof args?.[0] === 'string' ? (args[0] as string) : undefined;
    switch (command) {
      case ServerCommand.CheckDraft:
        if (uri) await drafts.checkNow(uri);
        return null;
      case ServerCommand.CheckAllDrafts:
        return checkAllOnDisk(token);
      case ServerCommand.RebuildIndex:
        checkedOnDisk.clear();
        await index.index(config, { fromScratch: true });
        return index.size;
      case ServerCommand.Report: {
        if (!uri) return '';
        // The report lists every finding, also those past the diagnostics' cap.
        const open = await checkedDraft(uri, token);
        if (open) return formatReport(displayPath(uri, roots), open.findings, open.state.lines);
        const state = await diskState(uri);
        const findings = state && (await state.checked(token));
        throwIfCancelled(token);
        return state && findings ? formatReport(displayPath(uri, roots), findings, state.lines) : '';
      }
      default:
        return null;
    }
  });

  connection.onRequest(DecorationsRequest, (params: DecorationsParams, token): DecorationsResult => {
    throwIfCancelled(token);
    const state = drafts.state(params.textDocument.uri);
    if (!state?.analysis) return { version: state?.version ?? null, ranges: {} };
    return { version: state.version, ranges: decorationRanges(state.analysis, state.lines) };
  });

  connection.onRequest(ReferencesRequest, async (params: ReferencesParams, token): Promise<ReferencesResult> => {
    throwIfCancelled(token);
    const stop = () => token.isCancellationRequested;
    const orCancelled = (r: ReferencesResult | null): ReferencesResult => {
      if (!r) throw cancelled();
      return r;
    };
    if ('kind' in params) {
      return orCancelled(await references(index.corpus, { kind: params.kind, key: params.key, label: params.label }, texts, params.excludeUri, stop));
    }
    const state = drafts.state(params.textDocument.uri);
    if (!state?.analysis) return { label: null, items: [] };
    const lookup = lookupAt(state.analysis, state.lines.offset(params.position));
    return orCancelled(await references(index.corpus, lookup, texts, state.uri, stop));
  });

  connection.onRequest(OverviewRequest, async (params: OverviewParams, token): Promise<OverviewResult> => {
    throwIfCancelled(token);
    const uri = params.textDocument.uri;
    const checked = await checkedDraft(uri, token);
    const state = checked?.state;
    const findings = checked?.findings ?? [];
    return overview({
      uri,
      version: state?.version ?? null,
      analysis: state?.analysis ?? null,
      findings,
      corpus: index.corpus,
      windowDays: config.windowDays,
      indexing: index.indexing,
    }, state);
  });

  connection.onShutdown(async () => {
    drafts.dispose();
    await index?.flush();
    index?.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
