// Check `vague-source` (stub until implemented).
import type { CheckDefinition } from './types';

export const vagueSource: CheckDefinition = {
  code: 'vague-source',
  defaultSeverity: 'information',
  description: { de: '', en: '' },
  run() {
    return [];
  },
};
