// The CLI-style report of a draft: one `file:line:col severity code message` line per finding.
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Finding } from '../core';
import type { LineIndex } from './conversions';

/** Paths are relative to the workspace folder holding the file, as a terminal in that folder would print them. */
export function displayPath(uri: string, workspaceRoots: string[]): string {
  const parsed = URI.parse(uri);
  if (parsed.scheme !== 'file') return uri;
  const root = workspaceRoots.find((r) => !path.relative(r, parsed.fsPath).startsWith('..'));
  return root ? path.relative(root, parsed.fsPath).split(path.sep).join('/') : parsed.fsPath;
}

export function formatReport(file: string, findings: Finding[], lines: LineIndex): string {
  return findings
    .map((f) => {
      const p = lines.position(f.start);
      return `${file}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.code} ${f.message.replace(/\s+/g, ' ')}`;
    })
    .join('\n');
}
