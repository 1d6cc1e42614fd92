import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_VERDICTS } from '@performa/core';

export interface Band {
  from: number;
  label: string;
}

export interface BandsInfo {
  /** Verdict bands, highest first. */
  bands: readonly Band[];
  decimals: number;
}

const Ctx = createContext<BandsInfo>({ bands: DEFAULT_VERDICTS, decimals: 2 });

/** The selected plan's verdict bands and decimals (from its methodology), for every score shown. */
export function BandsProvider({ value, children }: { value: BandsInfo; children: ReactNode }) {
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export const useBands = () => useContext(Ctx);
