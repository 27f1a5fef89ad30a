/**
 * Language of the interface: Vietnamese by default, English on request, the
 * choice kept in localStorage. Each area keeps its own small dictionary
 * (`{ vi, en }`, English typed after Vietnamese) read with {@link useText}.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage, type ApiLanguage } from './api-client';

export type Lang = ApiLanguage;

/** A dictionary in both languages; `en` must have every key `vi` has. */
export interface Texts<T> {
  vi: T;
  en: T;
}

const STORAGE_KEY = 'dieuhanh.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangState>({ lang: 'vi', setLang: () => undefined });

/** Provides the language; sets `<html lang>` and the API's Accept-Language. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = storedLang();
    setApiLanguage(initial);
    return initial;
  });
  useEffect(() => {
    document.documentElement.lang = lang;
    setApiLanguage(lang);
  }, [lang]);
  const value = useMemo<LangState>(
    () => ({
      lang,
      setLang: (next) => {
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Private mode: the choice lasts for this page only.
        }
        setApiLanguage(next);
        setLangState(next);
      },
    }),
    [lang],
  );
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

/** The current language and its setter. */
export function useLang(): LangState {
  return useContext(LangContext);
}

/** The dictionary of an area in the current language. */
export function useText<T>(texts: Texts<T>): T {
  return texts[useContext(LangContext).lang];
}
