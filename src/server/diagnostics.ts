// Turns the engine's findings into LSP diagnostics: ranges, severity, code link and related passages.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Finding, Severity } from '../core';
import { codeHref } from '../shared/links';
import type { LineIndex } from './conversions';
import type { TextSource } from './text-source';

export const SOURCE = 'Faktenlage';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export async function toDiagnostics(findings: Finding[], lines: LineIndex, texts: TextSource): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const related: DiagnosticRelatedInformation[] = [];
    for (const r of f.related) {
      const other = await texts.lines(r.uri);
      // A passage whose file vanished since indexing is dropped rather than pointing at a wrong place.
      if (!other) continue;
      related.push({ location: { uri: r.uri, range: other.range(r) }, message: r.message });
    }
    out.push({
      range: lines.range(f),
      severity: SEVERITY[f.severity],
      source: SOURCE,
      code: f.code,
      codeDescription: { href: codeHref(f.code) },
      message: f.message,
      ...(related.length ? { relatedInformation: related } : {}),
    });
  }
  return out;
}
