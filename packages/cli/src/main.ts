import { parseArgs } from 'node:util';
import type { Command } from './command.js';
import { BadInput, EXIT, processIo, type Io, type Lang } from './io.js';
import { commands } from './commands/index.js';

const GENERAL_HELP = (list: Command[]) => `Uso: performa COMANDO [opzioni]

Performa: il ciclo della performance delle pubbliche amministrazioni (formato performa/1).

Comandi:
${list.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Opzioni comuni:
  --help        mostra l'aiuto del comando
  --lang en     messaggi di errore in inglese

Codici di uscita: 0 tutto bene, 2 dati in ingresso non validi, 1 errore interno.
"performa COMANDO --help" mostra l'aiuto di ogni comando.
`;

export async function main(argv: string[], io?: Io): Promise<number> {
  const lang: Lang = argv.includes('--lang') && argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'it';
  const streams = io ?? processIo(lang);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    streams.out(GENERAL_HELP(commands));
    return name ? EXIT.ok : EXIT.badInput;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    streams.err(`Comando sconosciuto: "${name}". I comandi sono: ${commands.map((c) => c.name).join(', ')}.\n`);
    return EXIT.badInput;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { ...command.options, help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } },
    });
  } catch (error) {
    streams.err(`${(error as Error).message}\nUso: vedere "performa ${name} --help".\n`);
    return EXIT.badInput;
  }
  if (parsed.values.help) {
    streams.out(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(parsed.positionals, parsed.values, streams);
  } catch (error) {
    if (error instanceof BadInput) {
      streams.err(error.message.endsWith('\n') ? error.message : `${error.message}\n`);
      return EXIT.badInput;
    }
    streams.err(`Errore interno: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.internal;
  }
}
