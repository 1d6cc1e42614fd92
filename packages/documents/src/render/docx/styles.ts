/** Word styles: Normal, Heading 1–3, captions, notes, placeholder, and the "Performa Tabella" table style. */
import { LevelFormat, AlignmentType, type IStylesOptions, type INumberingOptions } from 'docx';
import { FONT, PRIMARY } from './text.js';

export const TABLE_STYLE = 'PerformaTabella';

const TABLE_STYLE_XML =
  `<w:style w:type="table" w:customStyle="1" w:styleId="${TABLE_STYLE}">` +
  '<w:name w:val="Performa Tabella"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>' +
  '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
  '<w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>' +
  '<w:tblPr><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="9FB0C1"/>`).join('') +
  '</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>' +
  '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
  '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="10263D"/></w:rPr>' +
  '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DBE6F1"/></w:tcPr></w:tblStylePr>' +
  '</w:style>';

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT, size: 20 }, paragraph: { spacing: { after: 100, line: 276 } } },
      heading1: {
        run: { font: FONT, size: 32, bold: true, color: PRIMARY },
        paragraph: { spacing: { before: 0, after: 160 }, keepNext: true, border: { bottom: { style: 'single', size: 12, color: PRIMARY, space: 4 } } },
      },
      heading2: { run: { font: FONT, size: 26, bold: true, color: PRIMARY }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
      heading3: { run: { font: FONT, size: 22, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 220, after: 80 }, keepNext: true } },
      title: { run: { font: FONT, size: 52, bold: true, color: '1A1A1A' }, paragraph: { spacing: { after: 120 } } },
    },
    paragraphStyles: [
      { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true, color: PRIMARY, size: 19 }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
      { id: 'TableText', name: 'Performa Testo tabella', basedOn: 'Normal', quickFormat: true, run: { size: 17 }, paragraph: { spacing: { before: 0, after: 0, line: 240 } } },
      { id: 'TableNote', name: 'Performa Nota tabella', basedOn: 'TableText', run: { size: 15, italics: true, color: '4A5A6A' } },
      { id: 'Placeholder', name: 'Performa Testo da completare', basedOn: 'Normal', quickFormat: true, run: { italics: true, color: '7A3E00', highlight: 'yellow' } },
      { id: 'Subheading', name: 'Performa Sottotitolo', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
      { id: 'TocTitle', name: 'Performa Titolo indice', basedOn: 'Normal', next: 'Normal', run: { size: 32, bold: true, color: PRIMARY }, paragraph: { spacing: { after: 200 } } },
      { id: 'CoverEntity', name: 'Performa Copertina ente', basedOn: 'Normal', run: { size: 40, bold: true, color: PRIMARY }, paragraph: { spacing: { before: 1200, after: 1600 } } },
      { id: 'CoverSubtitle', name: 'Performa Copertina sottotitolo', basedOn: 'Normal', run: { size: 36, color: '333333' }, paragraph: { spacing: { after: 400 } } },
    ],
  };
}

/**
 * The table style goes in as "external styles" (docx has no table-style option): docx then still
 * writes its default styles (Normal, Heading 1–9, Title, TOC 1–9, List Paragraph) around it.
 */
export function externalStyles(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    TABLE_STYLE_XML +
    '</w:styles>'
  );
}

export function documentNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: 'numbered',
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 360, hanging: 280 } } } }],
      },
    ],
  };
}
