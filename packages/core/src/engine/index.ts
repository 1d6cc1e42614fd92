export { scorePlan, type ScoreOptions } from './score.js';
export { itemSegment } from './scorecards.js';
export { releasedAmount } from './incentives.js';
export { daysBetween, isIsoDate } from './dates.js';
export { verdictOf } from './verdict.js';
export { readMeasurement, type Reading } from './measurement.js';
