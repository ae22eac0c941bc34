import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { canModerate, isCityAdministrator, isOfficial } from '../roles.js';
import { ForbiddenPage } from '../pages/not-found.js';
import { useSession } from '../session.js';
import { Loading } from './page.js';

/** Shows its children to a signed-in person; sends anyone else to sign in and back. */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (me === undefined) return <Loading />;
  if (me === null) return <Navigate replace to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} />;
  return children;
}

/** Shows its children to a city administrator; others see why they cannot. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { me } = useSession();
  if (me && !isCityAdministrator(me)) return <ForbiddenPage />;
  return <RequireSignedIn>{children}</RequireSignedIn>;
}

/** Shows its children to a moderator or a city administrator; others see why they cannot. */
export function RequireModerator({ children }: { children: ReactNode }) {
  const { me } = useSession();
  if (me && !canModerate(me)) return <ForbiddenPage moderators />;
  return <RequireSignedIn>{children}</RequireSignedIn>;
}

/** Shows its children to an official of some department; others see why they cannot. */
export function RequireOfficial({ children }: { children: ReactNode }) {
  const { me } = useSession();
  if (me && !isOfficial(me)) return <ForbiddenPage officials />;
  return <RequireSignedIn>{children}</RequireSignedIn>;
}
