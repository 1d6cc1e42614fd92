/**
 * The report model: the content of a document as plain data, with every number already formatted
 * (Italian style) by the core formatters. Renderers (HTML, PDF, DOCX, XLSX) only lay it out; they
 * never compute or format a number themselves.
 *
 * Every string here may come from the user (names, descriptions, narratives): renderers must
 * escape all of it for their format.
 */

export type DocumentKind = 'relazione' | 'piano' | 'monitoraggio' | 'scheda';

/** How a verdict looks: never by colour alone (symbol + label + colour). */
export type Tone = 'ok' | 'partial' | 'ko' | 'none';

export interface VerdictMark {
  /** The band label of the methodology ("Raggiunto"), or "Non valutato". */
  label: string;
  tone: Tone;
  /** Filled/empty dots: "●●●" top band, "●●○", "●○○", "○○○" no verdict. */
  symbol: string;
  /** Hex colour (#rrggbb) of the band (methodology `color`, else a default by tone). */
  color: string;
}

/** A run of inline text. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A block of rich text (narratives and generated prose). */
export type RichBlock =
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'subheading'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] };

export type Align = 'left' | 'right' | 'center';

export interface CellObject {
  text: string;
  /** A raw number for spreadsheets (fraction when `numFormat` is `percent`). */
  num?: number;
  numFormat?: 'percent' | 'number' | 'integer';
  bold?: boolean;
  italic?: boolean;
  /** Indentation level (tree tables). */
  indent?: number;
  align?: Align;
  verdict?: VerdictMark;
  /** A secondary line in smaller type (e.g. "Tipologia: Volume"). */
  note?: string;
}
export type Cell = string | CellObject;

export interface Column {
  header: string;
  align?: Align;
  /** Relative width (weights; renderers normalise). */
  width?: number;
}

export interface Row {
  cells: Cell[];
  /** `group`/`subgroup`: a heading row whose first cell spans the table; `total`: bold. */
  kind?: 'data' | 'group' | 'subgroup' | 'total';
}

export interface TableModel {
  /** Stable id (anchors, sheet identity). */
  id: string;
  title?: string;
  /** Spreadsheet sheet name (XLSX); defaults to the title. */
  sheet?: string;
  columns: Column[];
  rows: Row[];
  /** A note printed under the table. */
  note?: string;
  /** Smaller type for wide tables. */
  dense?: boolean;
}

export interface CardField {
  label: string;
  value: Cell;
}

/** An objective "scheda" as in the Unioncamere Relazione: fields, then an indicator table. */
export interface CardModel {
  anchor: string;
  /** "Obiettivo strategico", "Obiettivo operativo", "Obiettivo individuale". */
  kindLabel: string;
  code: string;
  name: string;
  fields: CardField[];
  table?: TableModel;
  /** Spreadsheet: cards of the same sheet are flattened into one table. */
  sheet: string;
}

export interface ChartModel {
  id: string;
  title: string;
  /** A complete, self-contained SVG document (text already XML-escaped by the chart functions). */
  svg: string;
  /** Text alternative (also the DOCX image description). */
  alt: string;
  width: number;
  height: number;
}

export interface TreeNode {
  id: string;
  label: string;
  score?: string;
  verdict?: VerdictMark;
}

/** The albero della performance: one row per path root → leaf; renderers merge repeated ancestors. */
export interface TreeModel {
  id: string;
  levels: string[];
  paths: TreeNode[][];
}

export interface LegendItem {
  mark: VerdictMark;
  /** "da 90,00 %". */
  range: string;
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string; anchor: string; toc: boolean }
  | { type: 'rich'; blocks: RichBlock[]; placeholder?: boolean }
  | { type: 'table'; table: TableModel }
  | { type: 'card'; card: CardModel }
  | { type: 'chart'; chart: ChartModel }
  | { type: 'charts'; charts: ChartModel[] }
  | { type: 'tree'; tree: TreeModel }
  | { type: 'legend'; title: string; items: LegendItem[] }
  | { type: 'signatures'; labels: string[] }
  | { type: 'pageBreak' }
  | { type: 'toc' };

export interface CoverModel {
  entity: string;
  title: string;
  subtitle?: string;
  lines: string[];
  /** A title block at the top of the first page instead of a full cover page. */
  compact?: boolean;
}

export interface ReportModel {
  kind: DocumentKind;
  /** Document title (metadata, running header). */
  title: string;
  entity: string;
  period: string;
  cover: CoverModel;
  blocks: Block[];
  /** File name without extension, safe for file systems. */
  fileName: string;
}
