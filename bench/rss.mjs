// Preloaded into every measured child (`node --import ./bench/rss.mjs ...`): at exit, writes the
// process's memory peak (process.resourceUsage().maxRSS, in kilobytes) to the file named by
// PERFORMA_BENCH_RSS_FILE. 'exit' also fires after process.exit() and when the event loop drains.
import { writeFileSync } from 'node:fs';

const file = process.env.PERFORMA_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      // never change the child's outcome
    }
  });
}
