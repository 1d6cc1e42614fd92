export * from './route.js';
export * from './routes.js';
export * from './schemas/common.js';
export * from './schemas/plans.js';
