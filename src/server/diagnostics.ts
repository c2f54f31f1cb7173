// Turns the engine's findings into LSP diagnostics: ranges, severity, code link and related passages.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import type { Finding, Locale, Severity } from '../core';
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

/**
 * At most this many findings of one file become diagnostics. A draft with thousands of findings is
 * pasted data, not prose; listing them all would cost seconds in the server and the editor and bury
 * the Problems panel. The rest stay in the report (Open Report of Current Draft); a notice says so.
 */
export const MAX_DIAGNOSTICS = 1000;

const number = (n: number, locale: Locale) => n.toLocaleString(locale === 'de' ? 'de-DE' : 'en-US');

/** The notice in place of the findings past the cap, at the first one left out. */
export function cappedNotice(shown: number, total: number, at: Range, locale: Locale): Diagnostic {
  return {
    range: at,
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message:
      locale === 'de'
        ? `Nur die ersten ${number(shown, 'de')} von ${number(total, 'de')} Befunden werden angezeigt. Alle stehen im Bericht („Faktenlage: Bericht zum aktuellen Entwurf öffnen“).`
        : `Only the first ${number(shown, 'en')} of ${number(total, 'en')} findings are shown. The report lists them all ("Faktenlage: Open Report of Current Draft").`,
  };
}

/** Diagnostics for the first `MAX_DIAGNOSTICS` findings, and the notice when there are more. */
export async function toDiagnostics(findings: Finding[], lines: LineIndex, texts: TextSource, locale: Locale = 'en'): Promise<Diagnostic[]> {
  const shown = findings.length > MAX_DIAGNOSTICS ? findings.slice(0, MAX_DIAGNOSTICS) : findings;
  // One look-up per related file, not per passage: many findings point into the same few articles.
  const related = new Map<string, Promise<LineIndex | null>>();
  const linesOf = (uri: string) => {
    let p = related.get(uri);
    if (!p) related.set(uri, (p = texts.lines(uri)));
    return p;
  };
  const out: Diagnostic[] = [];
  for (const f of shown) {
    const info: DiagnosticRelatedInformation[] = [];
    for (const r of f.related) {
      const other = await linesOf(r.uri);
      // A passage whose file vanished since indexing is dropped rather than pointing at a wrong place.
      if (!other) continue;
      info.push({ location: { uri: r.uri, range: other.range(r) }, message: r.message });
    }
    out.push({
      range: lines.range(f),
      severity: SEVERITY[f.severity],
      source: SOURCE,
      code: f.code,
      codeDescription: { href: codeHref(f.code) },
      message: f.message,
      ...(info.length ? { relatedInformation: info } : {}),
    });
  }
  if (shown.length < findings.length) out.push(cappedNotice(shown.length, findings.length, lines.range(findings[shown.length]), locale));
  return out;
}
