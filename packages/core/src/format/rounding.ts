/**
 * Display rounding (spec §1): first to 10 decimals, to drop binary noise, then half-up, away from
 * zero, to the wanted decimals. 91.07499999999999 → 91.08 at 2 decimals.
 */
export function roundHalfUp(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const clean = Number(x.toFixed(10));
  const sign = clean < 0 ? -1 : 1;
  const abs = Math.abs(clean);
  // Work on the decimal string so that 1.005 rounds to 1.01 as printed, not as stored in binary.
  const [intPart, fracPart = ''] = abs.toFixed(10).split('.');
  const digits = (intPart ?? '0') + fracPart.slice(0, decimals).padEnd(decimals, '0');
  const next = fracPart.charCodeAt(decimals) - 48;
  let scaled = BigInt(digits);
  if (next >= 5) scaled += 1n;
  const result = Number(scaled) / 10 ** decimals;
  return sign * result === 0 ? 0 : sign * result;
}

