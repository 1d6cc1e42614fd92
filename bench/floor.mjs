// The I/O floor of `performa score FILE`: a Node process that only reads the file, parses it,
// serialises it again and writes the text to stdout (the bench points stdout at /dev/null).
// Same start-up cost as the CLI, none of its work.
//   node bench/floor.mjs FILE > /dev/null
import { readFile } from 'node:fs/promises';

const text = await readFile(process.argv[2], 'utf8');
const doc = JSON.parse(text);
process.stdout.write(`${JSON.stringify(doc)}\n`);
