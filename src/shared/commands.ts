// Command ids of the extension and of the language server, defined once for the manifest, the client and the server.

/** Commands the client registers; the palette ones are contributed in package.json under the "Faktenlage" category. */
export const enum Command {
  CheckDraft = 'faktenlage.checkDraft',
  CheckAllDrafts = 'faktenlage.checkAllDrafts',
  RebuildIndex = 'faktenlage.rebuildIndex',
  ToggleHighlights = 'faktenlage.toggleHighlights',
  ShowReferences = 'faktenlage.showReferences',
  ShowReport = 'faktenlage.showReport',
  /** Opens the overview panel of the active draft (palette and the editor title bar). */
  ShowOverview = 'faktenlage.showOverview',
  /** Internal: opens an article at a passage (hover links, code actions, references view). */
  OpenPassage = 'faktenlage.openPassage',
  /** Internal: inserts a snippet at a position (the attribution placeholder quick fix). */
  InsertSnippet = 'faktenlage.insertSnippet',
}

/**
 * Commands the server executes (`workspace/executeCommand`). They carry their own ids because
 * vscode-languageclient registers every server command as a VS Code command, which must not
 * collide with the client's.
 */
export const enum ServerCommand {
  CheckDraft = 'faktenlage.server.checkDraft',
  CheckAllDrafts = 'faktenlage.server.checkAllDrafts',
  RebuildIndex = 'faktenlage.server.rebuildIndex',
  Report = 'faktenlage.server.report',
}

export const SERVER_COMMANDS: readonly string[] = [
  ServerCommand.CheckDraft,
  ServerCommand.CheckAllDrafts,
  ServerCommand.RebuildIndex,
  ServerCommand.Report,
];

export interface CommandDefinition {
  id: Command;
  /** `%key%` of the title in package.nls*.json. */
  title: string;
  /** Shown in the command palette; internal commands are hidden there. */
  palette: boolean;
  /** Codicon for buttons in the editor title bar (`$(graph)`); only commands placed there need one. */
  icon?: string;
}

export const COMMANDS: readonly CommandDefinition[] = [
  { id: Command.CheckDraft, title: '%command.checkDraft%', palette: true },
  { id: Command.CheckAllDrafts, title: '%command.checkAllDrafts%', palette: true },
  { id: Command.RebuildIndex, title: '%command.rebuildIndex%', palette: true },
  { id: Command.ToggleHighlights, title: '%command.toggleHighlights%', palette: true },
  { id: Command.ShowReferences, title: '%command.showReferences%', palette: true },
  { id: Command.ShowReport, title: '%command.showReport%', palette: true },
  { id: Command.ShowOverview, title: '%command.showOverview%', palette: true, icon: '$(graph)' },
  { id: Command.OpenPassage, title: '%command.openPassage%', palette: false },
  { id: Command.InsertSnippet, title: '%command.insertSnippet%', palette: false },
];

/** Commands hover cards may link to; everything else stays inert in the hover's Markdown. */
export const HOVER_COMMANDS: readonly string[] = [Command.OpenPassage, Command.ShowReferences];

/** Arguments of `faktenlage.openPassage`: a file and a UTF-16 offset range in it. */
export interface OpenPassageArgs {
  uri: string;
  start: number;
  end: number;
}

/** Validates untrusted arguments (they may come from a Markdown link) before acting on them. */
export function isOpenPassageArgs(x: unknown): x is OpenPassageArgs {
  if (!x || typeof x !== 'object') return false;
  const a = x as Record<string, unknown>;
  return (
    typeof a.uri === 'string' &&
    /^(file|untitled|vscode-remote):/.test(a.uri) &&
    Number.isSafeInteger(a.start) &&
    Number.isSafeInteger(a.end) &&
    (a.start as number) >= 0 &&
    (a.end as number) >= (a.start as number)
  );
}

/** Arguments of `faktenlage.showReferences` when called from a hover link. */
export interface ShowReferencesArgs {
  kind: 'entity' | 'figure' | 'date';
  key: string;
  label: string;
}

export function isShowReferencesArgs(x: unknown): x is ShowReferencesArgs {
  if (!x || typeof x !== 'object') return false;
  const a = x as Record<string, unknown>;
  return (
    (a.kind === 'entity' || a.kind === 'figure' || a.kind === 'date') &&
    typeof a.key === 'string' &&
    a.key.length <= 200 &&
    typeof a.label === 'string' &&
    a.label.length <= 200
  );
}

/** Arguments of `faktenlage.insertSnippet`: a document, a zero-based LSP position and snippet text. */
export interface InsertSnippetArgs {
  uri: string;
  line: number;
  character: number;
  snippet: string;
}

export function isInsertSnippetArgs(x: unknown): x is InsertSnippetArgs {
  if (!x || typeof x !== 'object') return false;
  const a = x as Record<string, unknown>;
  return (
    typeof a.uri === 'string' &&
    Number.isSafeInteger(a.line) &&
    Number.isSafeInteger(a.character) &&
    typeof a.snippet === 'string' &&
    a.snippet.length <= 200
  );
}
