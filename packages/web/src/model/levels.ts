import type { GlossaryKey } from '@performa/core';

/** The glossary term of each objective level. */
export const LEVEL_TERM: Record<string, GlossaryKey> = {
  area: 'ambito',
  strategic: 'obiettivoStrategico',
  operational: 'obiettivoOperativo',
  project: 'progetto',
  action: 'progetto',
};
