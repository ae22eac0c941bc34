import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './components/layout.js';
import { RequireAdmin, RequireModerator, RequireOfficial, RequireSignedIn } from './components/require.js';
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
const AdminCityPage = lazy(() => import('./pages/admin/admin-city.js').then((m) => ({ default: m.AdminCityPage })));
const AdminOutboxPage = lazy(() => import('./pages/admin/admin-outbox.js').then((m) => ({ default: m.AdminOutboxPage })));
const AdminSetupPage = lazy(() => import('./pages/admin/admin-setup.js').then((m) => ({ default: m.AdminSetupPage })));
// so are the moderators'
const ModerationQueuePage = lazy(() => import('./pages/moderation/moderation-queue.js').then((m) => ({ default: m.ModerationQueuePage })));
const ModerationWordsPage = lazy(() => import('./pages/moderation/moderation-words.js').then((m) => ({ default: m.ModerationWordsPage })));
const ModerationReportsPage = lazy(() => import('./pages/moderation/moderation-reports.js').then((m) => ({ default: m.ModerationReportsPage })));
const AdminClassifierPage = lazy(() => import('./pages/admin/admin-classifier.js').then((m) => ({ default: m.AdminClassifierPage })));
const AdminRoutingPage = lazy(() => import('./pages/admin/admin-routing.js').then((m) => ({ default: m.AdminRoutingPage })));
const AdminCalendarPage = lazy(() => import('./pages/admin/admin-calendar.js').then((m) => ({ default: m.AdminCalendarPage })));
const AdminDistrictsPage = lazy(() => import('./pages/admin/admin-districts.js').then((m) => ({ default: m.AdminDistrictsPage })));
const AdminDepartmentsPage = lazy(() => import('./pages/admin/admin-departments.js').then((m) => ({ default: m.AdminDepartmentsPage })));
const AdminDictionariesPage = lazy(() => import('./pages/admin/admin-dictionaries.js').then((m) => ({ default: m.AdminDictionariesPage })));
const AdminApiKeysPage = lazy(() => import('./pages/admin/admin-api-keys.js').then((m) => ({ default: m.AdminApiKeysPage })));
// reports carry the map library (Leaflet): their pages load it only when visited
const ReportsPage = lazy(() => import('./pages/reports/reports.js').then((m) => ({ default: m.ReportsPage })));
const NewReportPage = lazy(() => import('./pages/reports/report-new.js').then((m) => ({ default: m.NewReportPage })));
const ReportPage = lazy(() => import('./pages/reports/report.js').then((m) => ({ default: m.ReportPage })));
const MyReportsPage = lazy(() => import('./pages/reports/my-reports.js').then((m) => ({ default: m.MyReportsPage })));
const ReportStatsPage = lazy(() => import('./pages/reports/report-stats.js').then((m) => ({ default: m.ReportStatsPage })));
const DistrictPage = lazy(() => import('./pages/reports/district.js').then((m) => ({ default: m.DistrictPage })));
const DepartmentPage = lazy(() => import('./pages/reports/department.js').then((m) => ({ default: m.DepartmentPage })));
const InboxPage = lazy(() => import('./pages/reports/inbox.js').then((m) => ({ default: m.InboxPage })));

// Budgeting (issue 5) and verified residents.
const BudgetingPage = lazy(() => import('./pages/budgeting/budgeting.js').then((m) => ({ default: m.BudgetingPage })));
const CyclePage = lazy(() => import('./pages/budgeting/cycle.js').then((m) => ({ default: m.CyclePage })));
const HeadingPage = lazy(() => import('./pages/budgeting/heading.js').then((m) => ({ default: m.HeadingPage })));
const NewProposalPage = lazy(() => import('./pages/budgeting/proposal-new.js').then((m) => ({ default: m.NewProposalPage })));
const ProposalPage = lazy(() => import('./pages/budgeting/proposal.js').then((m) => ({ default: m.ProposalPage })));
const ReviewPage = lazy(() => import('./pages/budgeting/review.js').then((m) => ({ default: m.ReviewPage })));
const AdminBudgetingPage = lazy(() => import('./pages/admin/admin-budgeting.js').then((m) => ({ default: m.AdminBudgetingPage })));
const AdminCyclePage = lazy(() => import('./pages/admin/admin-cycle.js').then((m) => ({ default: m.AdminCyclePage })));
const BallotPage = lazy(() => import('./pages/budgeting/ballot.js').then((m) => ({ default: m.BallotPage })));
const ResultsPage = lazy(() => import('./pages/budgeting/results.js').then((m) => ({ default: m.ResultsPage })));
const PollsPage = lazy(() => import('./pages/polls/polls.js').then((m) => ({ default: m.PollsPage })));
const PollPage = lazy(() => import('./pages/polls/poll.js').then((m) => ({ default: m.PollPage })));
const PollResultsPage = lazy(() => import('./pages/polls/poll-results.js').then((m) => ({ default: m.PollResultsPage })));
const PollReceiptPage = lazy(() => import('./pages/polls/poll-receipt.js').then((m) => ({ default: m.PollReceiptPage })));
const AdminPollsPage = lazy(() => import('./pages/admin/admin-polls.js').then((m) => ({ default: m.AdminPollsPage })));
const ReceiptPage = lazy(() => import('./pages/budgeting/receipt.js').then((m) => ({ default: m.ReceiptPage })));
const AdminTallyPage = lazy(() => import('./pages/admin/admin-tally.js').then((m) => ({ default: m.AdminTallyPage })));
const WorksPage = lazy(() => import('./pages/budgeting/works.js').then((m) => ({ default: m.WorksPage })));
const WorkPage = lazy(() => import('./pages/budgeting/work.js').then((m) => ({ default: m.WorkPage })));
const CityBudgetPage = lazy(() => import('./pages/city-budget.js').then((m) => ({ default: m.CityBudgetPage })));
const VerificationPage = lazy(() => import('./pages/verification.js').then((m) => ({ default: m.VerificationPage })));
const VerifyInPersonPage = lazy(() => import('./pages/verify-in-person.js').then((m) => ({ default: m.VerifyInPersonPage })));
// Initiatives.
const InitiativesPage = lazy(() => import('./pages/initiatives/initiatives.js').then((m) => ({ default: m.InitiativesPage })));
const InitiativePage = lazy(() => import('./pages/initiatives/initiative.js').then((m) => ({ default: m.InitiativePage })));
const InitiativeFormPage = lazy(() => import('./pages/initiatives/initiative-form.js').then((m) => ({ default: m.InitiativeFormPage })));
const AdminInitiativesPage = lazy(() => import('./pages/admin/admin-initiatives.js').then((m) => ({ default: m.AdminInitiativesPage })));
// Crowdsourcing projects.
const CrowdProjectsPage = lazy(() => import('./pages/crowdsourcing/projects.js').then((m) => ({ default: m.CrowdProjectsPage })));
const CrowdProjectPage = lazy(() => import('./pages/crowdsourcing/project.js').then((m) => ({ default: m.CrowdProjectPage })));
const IdeaPage = lazy(() => import('./pages/crowdsourcing/idea.js').then((m) => ({ default: m.IdeaPage })));
const AdminCrowdsourcingPage = lazy(() => import('./pages/admin/admin-crowdsourcing.js').then((m) => ({ default: m.AdminCrowdsourcingPage })));
// Points and rewards.
const PointsPage = lazy(() => import('./pages/points.js').then((m) => ({ default: m.PointsPage })));
const AdminPointsPage = lazy(() => import('./pages/admin/admin-points.js').then((m) => ({ default: m.AdminPointsPage })));
const AdminVerificationPage = lazy(() => import('./pages/admin/admin-verification.js').then((m) => ({ default: m.AdminVerificationPage })));

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
        path: '/admin/setup',
        element: (
          <RequireAdmin>
            <AdminSetupPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/city',
        element: (
          <RequireAdmin>
            <AdminCityPage />
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
      { path: '/reports', element: <ReportsPage /> },
      {
        path: '/reports/new',
        element: (
          <RequireSignedIn>
            <NewReportPage />
          </RequireSignedIn>
        ),
      },
      { path: '/reports/stats', element: <ReportStatsPage /> },
      { path: '/reports/:number', element: <ReportPage /> },
      {
        path: '/me/reports',
        element: (
          <RequireSignedIn>
            <MyReportsPage />
          </RequireSignedIn>
        ),
      },
      { path: '/districts/:id', element: <DistrictPage /> },
      { path: '/departments/:id', element: <DepartmentPage /> },
      {
        path: '/inbox',
        element: (
          <RequireOfficial>
            <InboxPage />
          </RequireOfficial>
        ),
      },
      {
        path: '/moderation/reports',
        element: (
          <RequireModerator>
            <ModerationReportsPage />
          </RequireModerator>
        ),
      },
      {
        path: '/admin/classifier',
        element: (
          <RequireAdmin>
            <AdminClassifierPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/routing',
        element: (
          <RequireAdmin>
            <AdminRoutingPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/calendar',
        element: (
          <RequireAdmin>
            <AdminCalendarPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/districts',
        element: (
          <RequireAdmin>
            <AdminDistrictsPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/departments',
        element: (
          <RequireAdmin>
            <AdminDepartmentsPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/dictionaries',
        element: (
          <RequireAdmin>
            <AdminDictionariesPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/api-keys',
        element: (
          <RequireAdmin>
            <AdminApiKeysPage />
          </RequireAdmin>
        ),
      },
      { path: '/budgeting', element: <BudgetingPage /> },
      { path: '/budgeting/cycles/:cycleId', element: <CyclePage /> },
      { path: '/budgeting/headings/:headingId', element: <HeadingPage /> },
      {
        path: '/budgeting/proposals/new',
        element: (
          <RequireSignedIn>
            <NewProposalPage />
          </RequireSignedIn>
        ),
      },
      { path: '/budgeting/proposals/:number', element: <ProposalPage /> },
      {
        path: '/budgeting/review',
        element: (
          <RequireSignedIn>
            <ReviewPage />
          </RequireSignedIn>
        ),
      },
      {
        path: '/admin/budgeting',
        element: (
          <RequireAdmin>
            <AdminBudgetingPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/budgeting/cycles/:cycleId',
        element: (
          <RequireAdmin>
            <AdminCyclePage />
          </RequireAdmin>
        ),
      },
      {
        path: '/budgeting/headings/:headingId/ballot',
        element: (
          <RequireSignedIn>
            <BallotPage />
          </RequireSignedIn>
        ),
      },
      { path: '/budgeting/headings/:headingId/results', element: <ResultsPage /> },
      { path: '/budgeting/receipt', element: <ReceiptPage /> },
      { path: '/polls', element: <PollsPage /> },
      { path: '/polls/receipt', element: <PollReceiptPage /> },
      { path: '/polls/:id', element: <PollPage /> },
      { path: '/polls/:id/results', element: <PollResultsPage /> },
      {
        path: '/admin/polls',
        element: (
          <RequireAdmin>
            <AdminPollsPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/budgeting/cycles/:cycleId/tally',
        element: (
          <RequireAdmin>
            <AdminTallyPage />
          </RequireAdmin>
        ),
      },
      { path: '/budgeting/works', element: <WorksPage /> },
      { path: '/budgeting/works/:id', element: <WorkPage /> },
      { path: '/city-budget', element: <CityBudgetPage /> },
      {
        path: '/profile/verification',
        element: (
          <RequireSignedIn>
            <VerificationPage />
          </RequireSignedIn>
        ),
      },
      {
        path: '/verify',
        element: (
          <RequireSignedIn>
            <VerifyInPersonPage />
          </RequireSignedIn>
        ),
      },
      {
        path: '/admin/verification',
        element: (
          <RequireAdmin>
            <AdminVerificationPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/points',
        element: (
          <RequireSignedIn>
            <PointsPage />
          </RequireSignedIn>
        ),
      },
      {
        path: '/admin/points',
        element: (
          <RequireAdmin>
            <AdminPointsPage />
          </RequireAdmin>
        ),
      },
      { path: '/initiatives', element: <InitiativesPage /> },
      {
        path: '/initiatives/new',
        element: (
          <RequireSignedIn>
            <InitiativeFormPage />
          </RequireSignedIn>
        ),
      },
      { path: '/initiatives/:number', element: <InitiativePage /> },
      {
        path: '/initiatives/:number/edit',
        element: (
          <RequireSignedIn>
            <InitiativeFormPage />
          </RequireSignedIn>
        ),
      },
      {
        path: '/admin/initiatives',
        element: (
          <RequireAdmin>
            <AdminInitiativesPage />
          </RequireAdmin>
        ),
      },
      { path: '/crowdsourcing', element: <CrowdProjectsPage /> },
      { path: '/crowdsourcing/:number', element: <CrowdProjectPage /> },
      { path: '/crowdsourcing/ideas/:number', element: <IdeaPage /> },
      {
        path: '/admin/crowdsourcing',
        element: (
          <RequireAdmin>
            <AdminCrowdsourcingPage />
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
