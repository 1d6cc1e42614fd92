export * from './rounding.js';
export * from './italian.js';
