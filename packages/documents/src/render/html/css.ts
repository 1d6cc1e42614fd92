/** The stylesheet of the HTML and PDF documents: A4 print, Titillium Web when available. */
import { TONE_TINTS } from '../../model/verdicts.js';

export const FONT_STACK = "'Titillium Web', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";
export const PRIMARY = '#0b4f8a';

export function documentCss(fontCss: string): string {
  return `${fontCss}
@page { size: A4; margin: 18mm 15mm 18mm 15mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${FONT_STACK}; font-size: 10pt; line-height: 1.4; color: #1a1a1a; margin: 0; }
}
h1, h2, h3 { color: ${PRIMARY}; line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 17pt; margin: 0 0 4mm; padding-bottom: 1.5mm; border-bottom: 1.5pt solid ${PRIMARY}; break-before: page; page-break-before: always; }
h2 { font-size: 13pt; margin: 7mm 0 3mm; }
h3 { font-size: 11pt; margin: 6mm 0 2mm; color: #1a1a1a; }
p { margin: 0 0 2.5mm; text-align: justify; hyphens: auto; orphans: 3; widows: 3; }
ul, ol { margin: 0 0 3mm; padding-left: 6mm; }
li { margin-bottom: 1mm; }
.subheading { font-weight: 700; margin-top: 4mm; text-align: left; }
.placeholder { border: 1pt dashed #b35c00; background: #fff7e6; padding: 2mm 3mm; margin: 0 0 3mm; }
.placeholder p { margin: 0; color: #7a3e00; }
/* cover */
.cover { height: 255mm; display: flex; flex-direction: column; justify-content: space-between; padding: 25mm 5mm 10mm; border-left: 6mm solid ${PRIMARY}; padding-left: 12mm; break-after: page; page-break-after: always; }
.cover .entity { font-size: 20pt; font-weight: 700; color: ${PRIMARY}; margin: 0; text-align: left; }
.cover .title { font-size: 28pt; font-weight: 700; margin: 35mm 0 4mm; line-height: 1.15; text-align: left; }
.cover .subtitle { font-size: 18pt; margin: 0 0 8mm; color: #333; text-align: left; }
.cover .line { font-size: 11pt; color: #333; text-align: left; }
.cover .generated { font-size: 8.5pt; color: #5c6f82; text-align: left; }
.title-block { border-left: 3mm solid ${PRIMARY}; padding: 1mm 0 1mm 5mm; margin-bottom: 6mm; }
.title-block .entity { font-size: 12pt; font-weight: 700; color: ${PRIMARY}; margin: 0; }
.title-block .title { font-size: 18pt; font-weight: 700; margin: 1mm 0; }
.title-block .subtitle { font-size: 12pt; margin: 0; }
.title-block + main h1:first-child, .compact h1 { break-before: auto; page-break-before: auto; }
.compact h1 { margin-top: 7mm; }
.compact main > h1:first-child { margin-top: 0; }
/* table of contents */
.toc { break-after: page; page-break-after: always; }
.toc .toc-title { font-size: 17pt; font-weight: 700; color: ${PRIMARY}; border-bottom: 1.5pt solid ${PRIMARY}; padding-bottom: 1.5mm; margin-bottom: 4mm; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { margin: 0 0 1.8mm; }
.toc li.l1 { font-weight: 700; margin-top: 3mm; }
.toc li.l2 { padding-left: 7mm; }
.toc a { color: #1a1a1a; text-decoration: none; display: flex; align-items: baseline; gap: 2mm; }
.toc a .t { flex: 1; }
.toc a .p { width: 12mm; text-align: right; flex: none; }
.toc + main h1:first-child { break-before: auto; page-break-before: auto; }
/* tables */
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0 0 4mm; font-size: 8.8pt; }
table.dense { font-size: 7.8pt; }
caption { caption-side: top; text-align: left; font-weight: 700; color: ${PRIMARY}; padding: 0 0 1.5mm; font-size: 9.5pt; }
th, td { border: 0.6pt solid #9fb0c1; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; overflow-wrap: break-word; }
thead { display: table-header-group; }
thead th { background: #dbe6f1; color: #10263d; font-weight: 700; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.group td { background: #eef3f8; font-weight: 700; }
tr.subgroup td { background: #f6f8fa; font-weight: 700; color: #10263d; }
tr.total td { font-weight: 700; background: #eef3f8; border-top: 1.2pt solid ${PRIMARY}; }
td.r, th.r { text-align: right; }
td.nw { white-space: nowrap; }
td.c, th.c { text-align: center; }
.b { font-weight: 700; }
.i { font-style: italic; }
.note { display: block; font-size: 85%; color: #4a5a6a; font-style: italic; margin-top: 0.5mm; white-space: normal; }
.verdict { display: inline-block; font-weight: 700; color: #1a1a1a; border-left: 2.2mm solid var(--c); padding: 0.2mm 1.4mm; background: var(--t); }
.verdict .sym { color: var(--c); letter-spacing: 0.3pt; }
.tone-ok { --t: ${TONE_TINTS.ok}; } .tone-partial { --t: ${TONE_TINTS.partial}; } .tone-ko { --t: ${TONE_TINTS.ko}; } .tone-none { --t: ${TONE_TINTS.none}; }
/* objective cards */
.card { margin: 0 0 6mm; }
.card table { margin: 0; }
.card .head { break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
.card .head th { width: 30%; background: #eef3f8; color: #10263d; }
.card .head tr.title th, .card .head tr.title td { background: ${PRIMARY}; color: #fff; border-color: ${PRIMARY}; font-size: 9.5pt; }
.card .ind { border-top: none; }
.card .ind thead th { background: #f1f5f9; }
/* tree */
.tree td { font-size: 8pt; }
.tree td.v { background: var(--t); border-left: 1.6mm solid var(--c); }
.tree .score { display: block; margin-top: 0.8mm; font-weight: 700; white-space: nowrap; }
.tree .score .sym { color: var(--c); }
.legend { display: flex; flex-wrap: wrap; gap: 2mm 6mm; margin: 0 0 4mm; padding: 2mm 3mm; border: 0.6pt solid #9fb0c1; break-inside: avoid; }
.legend .legend-title { font-weight: 700; width: 100%; }
.legend .item { display: flex; align-items: center; gap: 1.5mm; font-size: 8.8pt; }
.legend .swatch { width: 4mm; height: 4mm; background: var(--c); display: inline-block; }
/* charts */
.charts { display: flex; flex-direction: column; align-items: center; gap: 4mm; margin: 2mm 0 4mm; }
figure.chart { margin: 0; width: 88%; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { width: 100%; height: auto; display: block; border: 0.6pt solid #d5dce3; }
/* signatures */
.signatures { display: flex; justify-content: space-between; gap: 10mm; margin-top: 14mm; break-inside: avoid; }
.signatures div { flex: 1; border-top: 0.8pt solid #1a1a1a; padding-top: 1.5mm; font-size: 9pt; text-align: center; }
@media screen {
  body { max-width: 200mm; margin: 0 auto; padding: 12mm 10mm; background: #fff; }
  .cover { height: auto; min-height: 90mm; margin-bottom: 10mm; }
  .cover .title { margin-top: 15mm; }
  .cover .generated { margin-top: 10mm; }
  h1 { margin-top: 14mm; }
  .toc { margin-bottom: 10mm; }
}
`;
}
