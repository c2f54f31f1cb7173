// The `faktenlage` command line: analyze, check and index German articles against a corpus, offline.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, check, createCorpus, CODES, type Code, type Locale, type Severity } from '../core';
import { readText, walkArticles, DEFAULT_MAX_FILE_KB } from './files';
import { defaultThreads, indexFilesSync, type FileOutcome, type IndexJob } from '../node/index-pool';
import { unpackText } from '../core/corpus';
import { LineMap } from './positions';
import { analysisJson, findingJson, type CliFinding } from './report';
import { toSarif } from './sarif';

const VERSION = '0.1.0';

const USAGE = `Usage:
  faktenlage analyze [--json] FILE…
  faktenlage check [--json | --sarif] [--corpus DIR]… [--fail-on LEVEL] [--locale de|en]
                   [--window DAYS] [--severity CODE=LEVEL]… [--max-size KB] FILE…
  faktenlage index [--json] DIR…

  --corpus DIR     folder of corpus articles (.md, .txt), searched recursively; repeatable
  --fail-on LEVEL  exit 1 on a finding at or above LEVEL: error (default), warning, information, hint, none
  --locale         language of messages: de (default) or en
  --window DAYS    corpus articles within DAYS of the draft's date are compared (default 30)
  --severity       e.g. --severity unsourced-figure=error or =off
  --max-size KB    files larger than this are skipped with a notice (default ${DEFAULT_MAX_FILE_KB})

Exit codes: 0 done, 1 a finding at or above --fail-on, 2 usage or I/O error.`;

class UsageError extends Error {}

const RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

function notice(msg: string): void {
  process.stderr.write(`faktenlage: ${msg}\n`);
}

interface Loaded {
  file: string;
  text: string;
}

/** Reads the named files; a missing or unreadable file is an I/O error (exit 2), a binary one is skipped. */
function loadFiles(files: string[], maxKb: number): Loaded[] {
  if (files.length === 0) throw new UsageError('no FILE given');
  const out: Loaded[] = [];
  for (const file of files) {
    const r = readText(file, maxKb);
    if (r.ok) {
      if (r.notice) notice(`${file}: ${r.notice}`);
      out.push({ file, text: r.text });
    } else if (r.skipped) {
      notice(`${file}: skipped: ${r.reason}`);
    } else {
      throw new Error(`${file}: ${r.reason}`);
    }
  }
  return out;
}

function cmdAnalyze(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, 'max-size': { type: 'string' } },
  });
  const maxKb = numberOption(values['max-size'], DEFAULT_MAX_FILE_KB, '--max-size');
  const results = loadFiles(positionals, maxKb).map(({ file, text }) => analysisJson(file, analyze(text, { uri: file })));
  if (values.json) {
    process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  } else {
    for (const r of results) {
      process.stdout.write(`${r.file} (${r.date ?? 'ohne Datum'})\n`);
      for (const e of r.entities) process.stdout.write(`  ${e.type}\t${e.text}\t${e.id}\n`);
      for (const d of r.dates) process.stdout.write(`  DATE\t${d.text}\t${d.value ?? '(vage)'}\n`);
      for (const f of r.figures) process.stdout.write(`  FIGURE\t${f.text}\t${f.key || '-'}\t${f.source ? f.source.text : '(ohne Quelle)'}\n`);
    }
  }
  return 0;
}

function numberOption(v: string | undefined, dflt: number, name: string): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${name} needs a non-negative number, got "${v}"`);
  return n;
}

/** Why a corpus file was left out, in the words the CLI prints after "skipped: ". */
function skipMessage(outcome: Exclude<FileOutcome, { ok: true }>, maxKb: number): string {
  switch (outcome.reason) {
    case 'too-large':
      return `larger than ${maxKb} KB (${Math.round((outcome.size ?? 0) / 1024)} KB); raise --max-size to analyse it`;
    case 'binary':
      return 'binary file (NUL bytes)';
    case 'not-a-file':
      return 'not a regular file';
    case 'unreadable':
      return outcome.code === 'ENOENT' ? 'no such file' : outcome.detail ?? 'unreadable';
    case 'failed':
      return `analysis failed: ${outcome.detail ?? 'error'}`;
  }
}

/**
 * Indexes every article under the folders on the index pool's worker threads; reports skipped files
 * on stderr. Of each text only its line starts are kept beside the index (for the positions of related
 * passages): keeping the record's text as well held every corpus text twice, ~34 MB per 10,000 articles.
 */
function buildCorpus(dirs: string[], maxKb: number) {
  const corpus = createCorpus();
  const files = new Map<string, { file: string; lines: LineMap }>();
  let skipped = 0;
  const jobs: IndexJob[] = [];
  for (const dir of dirs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(dir);
    } catch {
      throw new Error(`${dir}: no such folder`);
    }
    if (!stat.isDirectory()) throw new Error(`${dir}: not a folder`);
    const found = walkArticles(dir, (file, reason) => {
      skipped++;
      notice(`${file}: skipped: ${reason}`);
    });
    for (const file of found) jobs.push({ path: file, uri: path.resolve(file) });
  }
  indexFilesSync(jobs, {
    maxBytes: maxKb * 1024,
    threads: defaultThreads({ editor: false }),
    onResult(job, outcome) {
      if (!outcome.ok) {
        skipped++;
        notice(`${job.path}: skipped: ${skipMessage(outcome, maxKb)}`);
        return;
      }
      corpus.addRecord(outcome.record);
      files.set(job.uri, { file: job.path, lines: new LineMap(unpackText(outcome.record.text)) });
    },
  });
  const texts = (uri: string): { file: string; lines: LineMap } | undefined => {
    return files.get(uri);
  };
  return { corpus, texts, skipped };
}

function cmdCheck(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      sarif: { type: 'boolean' },
      corpus: { type: 'string', multiple: true },
      'fail-on': { type: 'string' },
      locale: { type: 'string' },
      window: { type: 'string' },
      severity: { type: 'string', multiple: true },
      'max-size': { type: 'string' },
    },
  });
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'none' && !(failOn in RANK)) throw new UsageError(`--fail-on must be error, warning, information, hint or none`);
  const locale = (values.locale ?? 'de') as Locale;
  if (locale !== 'de' && locale !== 'en') throw new UsageError('--locale must be de or en');
  const windowDays = numberOption(values.window, 30, '--window');
  const maxKb = numberOption(values['max-size'], DEFAULT_MAX_FILE_KB, '--max-size');
  const severities: Partial<Record<Code, Severity | 'off'>> = {};
  for (const s of values.severity ?? []) {
    const [code, level] = s.split('=');
    if (!(CODES as readonly string[]).includes(code) || !(level in RANK || level === 'off')) {
      throw new UsageError(`--severity needs CODE=LEVEL with a known code and level, got "${s}"`);
    }
    severities[code as Code] = level as Severity | 'off';
  }
  const drafts = loadFiles(positionals, maxKb);
  const { corpus, texts } = buildCorpus(values.corpus ?? [], maxKb);
  const findings: CliFinding[] = [];
  for (const { file, text } of drafts) {
    const uri = path.resolve(file);
    const a = analyze(text, { uri: file, names: corpus.names });
    const lines = new LineMap(text);
    for (const f of check(a, { uri, locale, corpus, windowDays, severities })) {
      findings.push(findingJson(file, lines, f, texts));
    }
  }
  if (values.sarif) process.stdout.write(JSON.stringify(toSarif(findings, VERSION), null, 2) + '\n');
  else if (values.json) process.stdout.write(JSON.stringify(findings, null, 2) + '\n');
  else for (const f of findings) process.stdout.write(`${f.file}:${f.line + 1}:${f.character + 1} ${f.severity} ${f.code} ${f.message}\n`);
  if (failOn === 'none') return 0;
  return findings.some((f) => RANK[f.severity] >= RANK[failOn as Severity]) ? 1 : 0;
}

function cmdIndex(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, 'max-size': { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError('no DIR given');
  const started = performance.now();
  const { corpus, skipped } = buildCorpus(positionals, numberOption(values['max-size'], DEFAULT_MAX_FILE_KB, '--max-size'));
  const ms = Math.round(performance.now() - started);
  if (values.json) process.stdout.write(JSON.stringify({ indexed: corpus.size, skipped, ms }) + '\n');
  else process.stdout.write(`${corpus.size} articles indexed, ${skipped} skipped (${ms} ms)\n`);
  return 0;
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze':
        return cmdAnalyze(rest);
      case 'check':
        return cmdCheck(rest);
      case 'index':
        return cmdIndex(rest);
      case '--version':
      case '-v':
        process.stdout.write(VERSION + '\n');
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0];
    notice(e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? `${msg} (see faktenlage --help)` : msg);
    return 2;
  }
}

// Run only as a program (the bundle or `tsx src/cli/main.ts`), not when tests import main().
if (require.main === module) process.exitCode = main(process.argv.slice(2));
