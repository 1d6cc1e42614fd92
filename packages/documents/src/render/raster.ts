/** SVG charts rasterised to PNG by Chromium (for DOCX, next to the SVG itself). */
import type { ChartModel } from '../model/types.js';
import type { DocumentBrowser } from './browser.js';
import { base64 } from './html/escape.js';

/** PNG bytes of each chart, at twice its size for print sharpness, keyed by chart id. */
export async function rasterizeCharts(charts: ChartModel[], browser: DocumentBrowser): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  if (charts.length === 0) return out;
  const context = await browser.context({ deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    for (const chart of charts) {
      await page.setViewportSize({ width: chart.width, height: chart.height });
      await page.setContent(
        `<!doctype html><html><body style="margin:0"><img src="data:image/svg+xml;base64,${base64(chart.svg)}" width="${chart.width}" height="${chart.height}" style="display:block"></body></html>`,
        { waitUntil: 'load' },
      );
      const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: chart.width, height: chart.height } });
      out.set(chart.id, new Uint8Array(png.buffer, png.byteOffset, png.byteLength));
    }
  } finally {
    await context.close();
  }
  return out;
}
