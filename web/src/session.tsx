import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken, type Language, type Me, type MeResponse } from './api.js';
import { currentLanguage, storedLanguage, switchLanguage } from './i18n/i18n.js';

interface Session {
  /** undefined while the first GET /api/me is in flight; null when signed out. */
  me: Me | null | undefined;
  /** Takes the answer of login, confirm, GET or PATCH /api/me. */
  signedIn(res: MeResponse): Promise<void>;
  /** Replaces the account after a change (PATCH /api/me); keeps the token. */
  update(me: Me): void;
  /** Ends the session and reloads the home page, so nothing of the account stays in memory. */
  signOut(): Promise<void>;
  /** Asks the server again who is signed in. */
  refresh(): Promise<void>;
  /** Changes the interface language; signed in, the account's language follows. */
  chooseLanguage(lang: Language): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Keeps the account and its CSRF token in memory. The language shown is the one chosen on this
 * device; when the account's differs, the account follows it (so the server's messages and mails
 * come in the language the person reads), unless no choice was ever made here, in which case the
 * interface adopts the account's language.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  // every sign-in, sign-out and refresh bumps this; an answer that arrives after a newer change is
  // dropped (the page-load GET /api/me must not undo a sign-in that finished before it)
  const generation = useRef(0);

  const accept = useCallback(async (res: MeResponse) => {
    const mine = ++generation.current;
    setCsrfToken(res.csrfToken);
    let user = res.user;
    const chosen = storedLanguage();
    if (chosen && chosen !== user.language) {
      try {
        user = (await api<MeResponse>('PATCH', '/api/me', { language: chosen })).user;
      } catch {
        // keep the account's setting; the interface still shows the chosen language
      }
    } else if (!chosen && user.language !== currentLanguage()) {
      await switchLanguage(user.language, false);
    }
    if (mine === generation.current) setMe(user);
  }, []);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const res = await api<MeResponse>('GET', '/api/me');
      if (mine === generation.current) await accept(res);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (mine !== generation.current) return;
      setCsrfToken(null);
      setMe(null);
    }
  }, [accept]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signOut = useCallback(async () => {
    await api<undefined>('POST', '/api/auth/logout');
    generation.current++;
    setCsrfToken(null);
    window.location.assign('/');
  }, []);

  const chooseLanguage = useCallback(
    async (lang: Language) => {
      await switchLanguage(lang, true);
      if (me && me.language !== lang) {
        try {
          setMe((await api<MeResponse>('PATCH', '/api/me', { language: lang })).user);
        } catch {
          // the interface changed anyway; the profile page shows the account's setting
        }
      }
    },
    [me],
  );

  const value = useMemo<Session>(
    () => ({ me, signedIn: accept, update: setMe, signOut, refresh, chooseLanguage }),
    [me, accept, signOut, refresh, chooseLanguage],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
