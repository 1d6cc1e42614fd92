/**
 * Spec §1 display arithmetic: round to 10 decimals first, then half-up away from zero; Italian style.
 */
import { describe, expect, it } from 'vitest';
import { formatPercent, roundHalfUp } from '@performa/core';
import { printed } from './helpers/round.js';

describe('roundHalfUp (spec §1)', () => {
  it('drops binary noise before rounding half-up', () => {
    expect(roundHalfUp(91.07499999999999, 2)).toBe(91.08); // the spec's own example
    expect(roundHalfUp(0.91075 * 100, 2)).toBe(91.08); // 91.07499999999999 in binary
    expect(roundHalfUp(1.005, 2)).toBe(1.01); // 1.00499999999999989... in binary
    expect(roundHalfUp(100.49999999999999, 0)).toBe(101); // = 1.005 x 100 in binary
  });
  it('half-up, away from zero', () => {
    expect(roundHalfUp(2.345, 2)).toBe(2.35);
    expect(roundHalfUp(-2.345, 2)).toBe(-2.35);
    expect(roundHalfUp(0.5, 0)).toBe(1);
    expect(roundHalfUp(-0.5, 0)).toBe(-1);
    expect(roundHalfUp(2.5, 0)).toBe(3); // not banker's rounding
    expect(roundHalfUp(-3.85, 1)).toBe(-3.9);
  });
  it('below half goes down, and genuine differences above 1e-10 are kept', () => {
    expect(roundHalfUp(2.3449, 2)).toBe(2.34);
    expect(roundHalfUp(91.0749999, 2)).toBe(91.07); // 1e-7 below the half: not noise
    expect(roundHalfUp(97.80821917808219, 2)).toBe(97.81);
    expect(roundHalfUp(95.61643835616438, 2)).toBe(95.62);
  });
  it('other decimals', () => {
    expect(roundHalfUp(99.345, 0)).toBe(99);
    expect(roundHalfUp(99.5, 0)).toBe(100);
    expect(roundHalfUp(1.23456, 4)).toBe(1.2346);
    expect(roundHalfUp(0, 2)).toBe(0);
  });
  it('agrees with the independent test helper', () => {
    for (const x of [91.07499999999999, 1.005, -2.345, 0.125, 12.5, 99.995, 99.99499999999, -0.004999999999999]) {
      for (const d of [0, 1, 2, 3]) expect(roundHalfUp(x, d), `${x} at ${d}`).toBe(printed(x, d));
    }
  });
});

describe('formatPercent (Italian display)', () => {
  it('a fraction as a percentage with a decimal comma', () => {
    expect(formatPercent(0.9781)).toBe('97,81 %');
    expect(formatPercent(0.97808219178)).toBe('97,81 %');
    expect(formatPercent(1)).toBe('100,00 %');
    expect(formatPercent(0.928)).toBe('92,80 %'); // trailing zero kept
    expect(formatPercent(0)).toBe('0,00 %');
  });
  it('rounds as §1 says', () => {
    expect(formatPercent(0.91075)).toBe('91,08 %'); // 91.07499999999999 -> 91,08
    expect(formatPercent(0.9934466666)).toBe('99,34 %');
  });
  it('decimals', () => {
    expect(formatPercent(0.9781, 0)).toBe('98 %');
    expect(formatPercent(0.97808219178, 3)).toBe('97,808 %');
    expect(formatPercent(0.5, 1)).toBe('50,0 %');
  });
});
