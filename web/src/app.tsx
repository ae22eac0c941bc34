import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './components/layout.js';
import { RequireAdmin, RequireModerator, RequireSignedIn } from './components/require.js';
import { AuditPage } from './pages/audit.js';
import { ConfirmPage } from './pages/confirm.js';
import { NewDiscussionPage } from './pages/discussion-new.js';
import { DiscussionPage } from './pages/discussion.js';
import { DiscussionsPage } from './pages/discussions.js';
import { HomePage } from './pages/home.js';
import { LoginPage } from './pages/login.js';
import { NotFoundPage } from './pages/not-found.js';
import { NotificationsPage } from './pages/notifications.js';
import { PersonPage } from './pages/person.js';
import { ProfilePage } from './pages/profile.js';
import { RegisterPage } from './pages/register.js';
import { ResetPasswordPage } from './pages/reset-password.js';
import { UnsubscribePage } from './pages/unsubscribe.js';
import { SessionProvider } from './session.js';

// administrators' pages are a separate download: residents never load them
const AdminUsersPage = lazy(() => import('./pages/admin/admin-users.js').then((m) => ({ default: m.AdminUsersPage })));
const AdminUserPage = lazy(() => import('./pages/admin/admin-user.js').then((m) => ({ default: m.AdminUserPage })));
const AdminOutboxPage = lazy(() => import('./pages/admin/admin-outbox.js').then((m) => ({ default: m.AdminOutboxPage })));
// so are the moderators'
const ModerationQueuePage = lazy(() => import('./pages/moderation/moderation-queue.js').then((m) => ({ default: m.ModerationQueuePage })));
const ModerationWordsPage = lazy(() => import('./pages/moderation/moderation-words.js').then((m) => ({ default: m.ModerationWordsPage })));

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/register', element: <RegisterPage /> },
      { path: '/confirm', element: <ConfirmPage /> },
      { path: '/login', element: <LoginPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/audit', element: <AuditPage /> },
      { path: '/discussions', element: <DiscussionsPage /> },
      {
        path: '/discussions/new',
        element: (
          <RequireSignedIn>
            <NewDiscussionPage />
          </RequireSignedIn>
        ),
      },
      { path: '/discussions/:id', element: <DiscussionPage /> },
      { path: '/people/:id', element: <PersonPage /> },
      { path: '/unsubscribe', element: <UnsubscribePage /> },
      {
        path: '/notifications',
        element: (
          <RequireSignedIn>
            <NotificationsPage />
          </RequireSignedIn>
        ),
      },
      {
        path: '/moderation',
        element: (
          <RequireModerator>
            <ModerationQueuePage />
          </RequireModerator>
        ),
      },
      {
        path: '/moderation/words',
        element: (
          <RequireModerator>
            <ModerationWordsPage />
          </RequireModerator>
        ),
      },
      {
        path: '/profile',
        element: (
          <RequireSignedIn>
            <ProfilePage />
          </RequireSignedIn>
        ),
      },
      {
        path: '/admin/users',
        element: (
          <RequireAdmin>
            <AdminUsersPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/users/:id',
        element: (
          <RequireAdmin>
            <AdminUserPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/outbox',
        element: (
          <RequireAdmin>
            <AdminOutboxPage />
          </RequireAdmin>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** The web app: the session around the router. */
export function App() {
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
