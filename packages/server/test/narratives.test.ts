import { describe, expect, it } from 'vitest';
import { narrativesOf } from '../src/documents/narratives.js';

describe('the texts a document prints', () => {
  it('a document’s own section wins over the shared one; other documents keep the shared one', () => {
    const rows = [
      { section: 'premessa', content: 'Comune a tutti' },
      { section: 'relazione.premessa', content: 'Solo della Relazione' },
      { section: 'piano.missione', content: 'Missione' },
    ];
    expect(narrativesOf(rows, 'relazione')).toEqual({ premessa: 'Solo della Relazione' });
    expect(narrativesOf(rows, 'piano')).toEqual({ premessa: 'Comune a tutti', missione: 'Missione' });
  });

  it('an emptied section counts as none: the shared text comes back, and an empty shared one prints the placeholder', () => {
    const rows = [
      { section: 'premessa', content: 'Comune a tutti' },
      { section: 'relazione.premessa', content: '  \n' },
      { section: 'contesto', content: '' },
    ];
    expect(narrativesOf(rows, 'relazione')).toEqual({ premessa: 'Comune a tutti' });
  });
});
