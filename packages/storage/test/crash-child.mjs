// A Performa process for the crash tests: opens the embedded store of a data folder (compiled
// package: run `npm run build` first), optionally imports a fixture, says "ready" on stdout with
// what it opened, then stays alive until it is killed.
//   node crash-child.mjs DATA_DIR [FIXTURE_FILE]
import { readFileSync } from 'node:fs';
import { importPlan, openStore } from '../dist/index.js';

const [dataDir, fixture] = process.argv.slice(2);
const store = await openStore({ dataDir, databaseUrl: null });
if (fixture) await importPlan(store, JSON.parse(readFileSync(fixture, 'utf8')));
process.stdout.write(`${JSON.stringify({ ready: true, pid: process.pid, location: store.location })}\n`);
setInterval(() => {}, 60_000);
