// SARIF 2.1.0 output for CI systems that show code-scanning results.
import { CHECKS } from '../core';
import type { CliFinding } from './report';

const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const HELP = 'https://github.com/faktenlage/faktenlage#';

export function toSarif(findings: CliFinding[], version: string): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Faktenlage',
            version,
            informationUri: 'https://github.com/faktenlage/faktenlage',
            rules: CHECKS.map((c) => ({
              id: c.code,
              shortDescription: { text: c.description.en },
              fullDescription: { text: c.description.de },
              helpUri: HELP + c.code,
              defaultConfiguration: { level: LEVEL[c.defaultSeverity] },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.code,
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [location(f.file, f)],
          relatedLocations: f.related.map((r, i) => ({ id: i, ...location(r.file, r), message: { text: r.message } })),
        })),
      },
    ],
  };
}

function location(file: string, p: { start: number; end: number; line: number; character: number; endLine?: number; endCharacter?: number }) {
  return {
    physicalLocation: {
      artifactLocation: { uri: file.split('\\').join('/') },
      region: {
        startLine: p.line + 1,
        startColumn: p.character + 1,
        ...(p.endLine !== undefined ? { endLine: p.endLine + 1, endColumn: (p.endCharacter ?? 0) + 1 } : {}),
        charOffset: p.start,
        charLength: p.end - p.start,
      },
    },
  };
}
