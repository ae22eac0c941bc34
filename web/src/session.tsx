import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken } from './api/client.js';
import { queryClient } from './api/query.js';
import type { Language, Me, MeResponse } from './api/types.js';
import { currentLanguage, storedLanguage, switchLanguage } from './i18n/i18n.js';

interface Session {
  /** undefined while the first GET /api/session is in flight; null when signed out. */
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

const askSession = () => api.GET('/api/session');
/** The page load's GET /api/session, sent before the first render (main.tsx) so it travels while the code and texts load. */
let early: ReturnType<typeof askSession> | null = null;

/** The page load's answer, once it has come: the provider's first render starts from it (see knownAtStart). */
let earlyAnswer: Awaited<ReturnType<typeof askSession>> | undefined;

/**
 * Sends the page load's GET /api/session now; the session provider's first read takes its answer. Resolves when the
 * answer is in (or failed): main.tsx waits for it, so the first render already knows who is signed in and nothing
 * drawn for "not known yet" is replaced (a button's longer "sign in to…" text moved the page down).
 */
export function prefetchSession(): Promise<void> {
  early ??= askSession();
  const sent = early;
  // a failure is handled where the provider reads it
  return sent.then(
    (res) => {
      if (early === sent) earlyAnswer = res;
    },
    () => {},
  );
}

/**
 * Who is signed in, from the page load's answer when it has come and needs nothing more; undefined otherwise (no
 * answer yet, or the account's language differs from the interface's, which the provider reconciles first).
 */
function knownAtStart(): Me | null | undefined {
  const res = earlyAnswer;
  if (!res) return undefined;
  if (!res.user) return null;
  const chosen = storedLanguage();
  if (chosen ? chosen !== res.user.language : res.user.language !== currentLanguage()) return undefined;
  return res.user;
}

/**
 * Keeps the account and its CSRF token in memory. The language shown is the one chosen on this
 * device; when the account's differs, the account follows it (so the server's messages and mails
 * come in the language the person reads), unless no choice was ever made here, in which case the
 * interface adopts the account's language.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  // the first render starts from the page load's answer when it is in (main.tsx waits for it); the effect below
  // still reads it, to set the CSRF token and reconcile the language, and changes nothing it already shows
  const [atStart] = useState(knownAtStart);
  const [me, setMe] = useState<Me | null | undefined>(atStart);
  // every sign-in, sign-out and refresh bumps this; an answer that arrives after a newer change is
  // dropped (the page-load GET /api/session must not undo a sign-in that finished before it)
  const generation = useRef(0);
  // whose answers the query cache holds: undefined until the first GET /api/session tells
  const holder = useRef<string | null | undefined>(atStart === undefined ? undefined : (atStart?.id ?? null));

  // another person (or nobody) now: what was loaded for the previous one (eligibility, "mine", drafts) goes
  const show = useCallback((user: Me | null) => {
    const id = user?.id ?? null;
    if (holder.current !== undefined && holder.current !== id) void queryClient.resetQueries();
    holder.current = id;
    setMe(user);
  }, []);

  const accept = useCallback(
    async (res: MeResponse) => {
      const mine = ++generation.current;
      setCsrfToken(res.csrfToken);
      let user = res.user;
      const chosen = storedLanguage();
      if (chosen && chosen !== user.language) {
        try {
          user = (await api.PATCH('/api/me', { body: { language: chosen } })).user;
        } catch {
          // keep the account's setting; the interface still shows the chosen language
        }
      } else if (!chosen && user.language !== currentLanguage()) {
        await switchLanguage(user.language, false);
      }
      if (mine === generation.current) show(user);
    },
    [show],
  );

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    try {
      // answers 200 with no user for a visitor who is not signed in (no 401 in the console)
      const sent = early ?? askSession();
      early = null;
      const res = await sent;
      if (mine !== generation.current) return;
      if (res.user) {
        await accept({ user: res.user, csrfToken: res.csrfToken });
      } else {
        setCsrfToken(null);
        show(null);
      }
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (mine !== generation.current) return;
      setCsrfToken(null);
      show(null);
    }
  }, [accept, show]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signOut = useCallback(async () => {
    await api.POST('/api/auth/logout');
    generation.current++;
    setCsrfToken(null);
    window.location.assign('/');
  }, []);

  const chooseLanguage = useCallback(
    async (lang: Language) => {
      await switchLanguage(lang, true);
      if (me && me.language !== lang) {
        try {
          setMe((await api.PATCH('/api/me', { body: { language: lang } })).user);
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
