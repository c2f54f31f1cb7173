// The CLI's JSON shapes (the documented contract) built from the engine's plain data.
import type { Analysis, Attribution, Finding } from '../core';
import { LineMap } from './positions';

export interface CliRelated {
  file: string;
  start: number;
  end: number;
  line: number;
  character: number;
  message: string;
}

export interface CliFinding {
  file: string;
  start: number;
  end: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  severity: Finding['severity'];
  code: Finding['code'];
  message: string;
  related: CliRelated[];
}

/** JSON has no Infinity: an open interval end is written as null. */
const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);

const source = (a: Attribution | null) => (a ? { text: a.text, start: a.start, end: a.end } : null);

/** `faktenlage analyze --json`: one object per file, exactly the documented keys. */
export function analysisJson(file: string, a: Analysis) {
  return {
    file,
    date: a.doc.meta.date,
    entities: a.entities.map((e) => ({ text: e.text, type: e.type, start: e.start, end: e.end, id: e.id })),
    dates: a.dates.map((d) => ({ text: d.text, start: d.start, end: d.end, value: d.value })),
    figures: a.figures.map((f) => ({
      text: f.text,
      start: f.start,
      end: f.end,
      value: finite(f.value),
      low: finite(f.low),
      high: finite(f.high),
      unit: f.unit,
      key: f.key,
      source: source(f.source),
    })),
    claims: a.claims.map((c) => ({ start: c.start, end: c.end, source: source(c.source), vague: c.vague })),
  };
}

/** A finding with line/character positions; `related` positions come from the corpus files' texts. */
export function findingJson(
  file: string,
  lines: LineMap,
  f: Finding,
  related: (uri: string) => { file: string; lines: LineMap } | undefined,
): CliFinding {
  const s = lines.position(f.start);
  const e = lines.position(f.end);
  return {
    file,
    start: f.start,
    end: f.end,
    line: s.line,
    character: s.character,
    endLine: e.line,
    endCharacter: e.character,
    severity: f.severity,
    code: f.code,
    message: f.message,
    related: f.related.map((r) => {
      const target = related(r.uri);
      const p = target ? target.lines.position(r.start) : { line: 0, character: 0 };
      return { file: target?.file ?? r.uri, start: r.start, end: r.end, line: p.line, character: p.character, message: r.message };
    }),
  };
}
