import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { term, type GlossaryKey } from '@performa/core';
import { DICT, type DictKey } from './dict.js';

export type Lang = 'it' | 'en';

interface LangContext {
  lang: Lang;
  setLang(lang: Lang): void;
  /** A UI string; `{name}` placeholders are filled from `vars`. */
  t(key: DictKey, vars?: Record<string, string | number>): string;
  /** A domain term from the core glossary. */
  g(key: GlossaryKey): string;
}

const Ctx = createContext<LangContext | null>(null);
const STORAGE_KEY = 'performa.lang';

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'it'));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((l: Lang) => {
    localStorage.setItem(STORAGE_KEY, l);
    setLangState(l);
  }, []);
  const value = useMemo<LangContext>(
    () => ({
      lang,
      setLang,
      t: (key, vars) => {
        let s: string = DICT[lang][key] ?? DICT.it[key] ?? key;
        if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
        return s;
      },
      g: (key) => term(key, lang),
    }),
    [lang, setLang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useLang(): LangContext {
  const c = useContext(Ctx);
  if (!c) throw new Error('useLang outside LangProvider');
  return c;
}
