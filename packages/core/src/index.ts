export * from './model/document.js';
export * from './model/methodology.js';
export * from './model/results.js';
export * from './validation/index.js';
export * from './engine/index.js';
export * from './format/index.js';
export * from './glossary.js';
