export * from './problem.js';
export { validateDocument } from './validate.js';
export { formatProblems } from './format-problems.js';
export { interchangeSchema } from './schema.js';
