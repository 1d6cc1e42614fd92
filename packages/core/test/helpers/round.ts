/**
 * Spec §1 display rounding, written independently of the engine for the tests: the number is first
 * rounded to 10 decimals (to drop binary noise), then half-up, away from zero, to `decimals`.
 * Works on the decimal string, so no further binary error is introduced.
 */
export function printed(x: number, decimals: number): number {
  const neg = x < 0;
  // 10 decimals: toFixed rounds the binary value correctly at that precision for |x| < 1e21.
  const ten = Math.abs(x).toFixed(10);
  const [int, frac] = ten.split('.') as [string, string];
  let digits = BigInt(int + frac.slice(0, decimals));
  if (Number(frac[decimals] ?? '0') >= 5) digits += 1n;
  const s = digits.toString().padStart(decimals + 1, '0');
  const text = decimals > 0 ? `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}` : s;
  const v = Number(text);
  return neg && v !== 0 ? -v : v;
}

/** A score (fraction) as the printed percentage number: 0.97808 → 97.81. */
export const pct = (score: number, decimals = 2): number => printed(score * 100, decimals);
