// Check `vague-source`: an attribution that names nobody ("Berichten zufolge", "hieß es").
import type { CheckDefinition } from './types';
import { quote } from './format';

export const vagueSource: CheckDefinition = {
  code: 'vague-source',
  defaultSeverity: 'information',
  description: {
    de: 'Eine vage Quelle wie „Berichten zufolge“ oder „hieß es“ nennt niemanden, der die Angabe verantwortet.',
    en: 'A vague source such as "Berichten zufolge" or "hieß es" names nobody who stands behind the statement.',
  },
  run(analysis, ctx) {
    return analysis.attributions
      .filter((a) => a.kind === 'vague')
      .map((a) => ({
        code: 'vague-source' as const,
        start: a.start,
        end: a.end,
        message:
          ctx.locale === 'de'
            ? `Vage Quelle: ${quote(a.text, 'de')}. Nennen Sie, wer berichtet.`
            : `Vague source: ${quote(a.text, 'en')}. Name who reports it.`,
        related: [],
      }));
  },
};
