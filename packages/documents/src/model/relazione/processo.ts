/** Relazione §5: the measurement and evaluation process (narrative, phases and audit records when given). */
import { formatDate } from '@performa/core';
import { heading, table } from '../blocks.js';
import type { BuildInput } from '../input.js';
import { NARRATIVE_KEYS, narrativeBlocks } from '../narratives.js';
import type { Block } from '../types.js';

function when(iso: string | null | undefined): string {
  if (!iso) return '–';
  const date = iso.slice(0, 10);
  const time = /T(\d{2}:\d{2})/.exec(iso)?.[1];
  return time ? `${formatDate(date)} ${time}` : formatDate(date);
}

export function processoSection(input: BuildInput): Block[] {
  const blocks: Block[] = [heading(1, '5 – Il processo di misurazione e valutazione', 's-processo')];
  blocks.push(...narrativeBlocks(input.narratives, 'processo', NARRATIVE_KEYS.relazione.processo));
  const phases = input.process?.phases ?? [];
  if (phases.length) {
    blocks.push(
      table({
        id: 'tab-fasi',
        title: 'Fasi del processo',
        sheet: 'Fasi del processo',
        columns: [{ header: 'Fase', width: 3 }, { header: 'Inizio', width: 1.2 }, { header: 'Fine', width: 1.2 }, { header: 'Soggetti', width: 2 }, { header: 'Note', width: 3 }],
        rows: phases.map((p) => ({ cells: [p.name, when(p.start), when(p.end), p.actor ?? '–', p.note ?? ''] })),
      }),
    );
  }
  const audit = input.process?.audit ?? [];
  if (audit.length) {
    blocks.push(
      table({
        id: 'tab-registro',
        title: 'Registro delle operazioni',
        sheet: 'Registro operazioni',
        dense: true,
        columns: [{ header: 'Data', width: 1.4 }, { header: 'Soggetto', width: 2 }, { header: 'Operazione', width: 2.4 }, { header: 'Dettaglio', width: 4 }],
        rows: audit.map((a) => ({ cells: [when(a.at), a.actor, a.action, a.detail ?? ''] })),
      }),
    );
  }
  return blocks;
}
