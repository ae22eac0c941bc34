import { lazy } from 'react';
import { BrowserRouter, useRoutes, type RouteObject } from 'react-router';
import { Layout } from './components/layout.js';
import { RequireAdmin, RequireModerator, RequireOfficial, RequireSignedIn } from './components/require.js';
import { withTexts } from './i18n/i18n.js';
import { NotFoundPage } from './pages/not-found.js';
import { SessionProvider } from './session.js';
import { PageErrorBoundary } from './components/page-error-boundary.js';

// every page is a download of its own: the first load carries only what the page it opens shows (the server lists
// the page's files in its index.html, so they come beside the entry: src/core/http/route-preloads.ts)
const HomePage = lazy(() => withTexts(['home'], import('./pages/home.js')).then((m) => ({ default: m.HomePage })));
const AuditPage = lazy(() => import('./pages/audit.js').then((m) => ({ default: m.AuditPage })));
const ConfirmPage = lazy(() => withTexts(['account'], import('./pages/confirm.js')).then((m) => ({ default: m.ConfirmPage })));
const NewDiscussionPage = lazy(() => import('./pages/discussion-new.js').then((m) => ({ default: m.NewDiscussionPage })));
const DiscussionPage = lazy(() => import('./pages/discussion.js').then((m) => ({ default: m.DiscussionPage })));
const DiscussionsPage = lazy(() => import('./pages/discussions.js').then((m) => ({ default: m.DiscussionsPage })));
const LoginPage = lazy(() => withTexts(['account'], import('./pages/login.js')).then((m) => ({ default: m.LoginPage })));
const NotificationsPage = lazy(() => withTexts(['account'], import('./pages/notifications.js')).then((m) => ({ default: m.NotificationsPage })));
const PersonPage = lazy(() => import('./pages/person.js').then((m) => ({ default: m.PersonPage })));
const ProfilePage = lazy(() => withTexts(['account'], import('./pages/profile.js')).then((m) => ({ default: m.ProfilePage })));
const RegisterPage = lazy(() => withTexts(['account'], import('./pages/register.js')).then((m) => ({ default: m.RegisterPage })));
const ResetPasswordPage = lazy(() => withTexts(['account'], import('./pages/reset-password.js')).then((m) => ({ default: m.ResetPasswordPage })));
const UnsubscribePage = lazy(() => withTexts(['account'], import('./pages/unsubscribe.js')).then((m) => ({ default: m.UnsubscribePage })));
// administrators' pages are a separate download: residents never load them
const AdminUsersPage = lazy(() => withTexts(['admin'], import('./pages/admin/admin-users.js')).then((m) => ({ default: m.AdminUsersPage })));
const AdminUserPage = lazy(() => withTexts(['admin', 'points'], import('./pages/admin/admin-user.js')).then((m) => ({ default: m.AdminUserPage })));
const AdminCityPage = lazy(() => withTexts(['admin'], import('./pages/admin/admin-city.js')).then((m) => ({ default: m.AdminCityPage })));
const AdminOutboxPage = lazy(() => withTexts(['admin'], import('./pages/admin/admin-outbox.js')).then((m) => ({ default: m.AdminOutboxPage })));
const AdminSetupPage = lazy(() => withTexts(['admin'], import('./pages/admin/admin-setup.js')).then((m) => ({ default: m.AdminSetupPage })));
// so are the moderators'
const ModerationQueuePage = lazy(() =>
  withTexts(['admin'], import('./pages/moderation/moderation-queue.js')).then((m) => ({ default: m.ModerationQueuePage })),
);
const ModerationWordsPage = lazy(() =>
  withTexts(['admin'], import('./pages/moderation/moderation-words.js')).then((m) => ({ default: m.ModerationWordsPage })),
);
const ModerationReportsPage = lazy(() =>
  withTexts(['admin', 'reports'], import('./pages/moderation/moderation-reports.js')).then((m) => ({ default: m.ModerationReportsPage })),
);
const AdminClassifierPage = lazy(() =>
  withTexts(['admin', 'reports'], import('./pages/admin/admin-classifier.js')).then((m) => ({ default: m.AdminClassifierPage })),
);
const AdminRoutingPage = lazy(() => withTexts(['admin', 'reports'], import('./pages/admin/admin-routing.js')).then((m) => ({ default: m.AdminRoutingPage })));
const AdminCalendarPage = lazy(() => withTexts(['admin'], import('./pages/admin/admin-calendar.js')).then((m) => ({ default: m.AdminCalendarPage })));
const AdminDistrictsPage = lazy(() =>
  withTexts(['admin', 'reports'], import('./pages/admin/admin-districts.js')).then((m) => ({ default: m.AdminDistrictsPage })),
);
const AdminDepartmentsPage = lazy(() =>
  withTexts(['admin', 'reports', 'verification'], import('./pages/admin/admin-departments.js')).then((m) => ({ default: m.AdminDepartmentsPage })),
);
const AdminDictionariesPage = lazy(() =>
  withTexts(['admin'], import('./pages/admin/admin-dictionaries.js')).then((m) => ({ default: m.AdminDictionariesPage })),
);
const AdminApiKeysPage = lazy(() => withTexts(['admin'], import('./pages/admin/admin-api-keys.js')).then((m) => ({ default: m.AdminApiKeysPage })));
// reports carry the map library (Leaflet): their pages load it only when visited
const ReportsPage = lazy(() => withTexts(['reports'], import('./pages/reports/reports.js')).then((m) => ({ default: m.ReportsPage })));
const NewReportPage = lazy(() => withTexts(['reports', 'reportForm'], import('./pages/reports/report-new.js')).then((m) => ({ default: m.NewReportPage })));
const ReportPage = lazy(() => withTexts(['reports'], import('./pages/reports/report.js')).then((m) => ({ default: m.ReportPage })));
const MyReportsPage = lazy(() => withTexts(['reports'], import('./pages/reports/my-reports.js')).then((m) => ({ default: m.MyReportsPage })));
const ReportStatsPage = lazy(() =>
  withTexts(['reports', 'reportDesk'], import('./pages/reports/report-stats.js')).then((m) => ({ default: m.ReportStatsPage })),
);
const DistrictPage = lazy(() => withTexts(['reports', 'reportDesk'], import('./pages/reports/district.js')).then((m) => ({ default: m.DistrictPage })));
const DepartmentPage = lazy(() => withTexts(['reports', 'reportDesk'], import('./pages/reports/department.js')).then((m) => ({ default: m.DepartmentPage })));
const InboxPage = lazy(() => withTexts(['reports', 'reportDesk'], import('./pages/reports/inbox.js')).then((m) => ({ default: m.InboxPage })));

// Budgeting (issue 5) and verified residents.
const BudgetingPage = lazy(() => withTexts(['budgeting'], import('./pages/budgeting/budgeting.js')).then((m) => ({ default: m.BudgetingPage })));
const CyclePage = lazy(() => withTexts(['budgeting'], import('./pages/budgeting/cycle.js')).then((m) => ({ default: m.CyclePage })));
const HeadingPage = lazy(() => withTexts(['budgeting'], import('./pages/budgeting/heading.js')).then((m) => ({ default: m.HeadingPage })));
const NewProposalPage = lazy(() =>
  withTexts(['budgeting', 'reports'], import('./pages/budgeting/proposal-new.js')).then((m) => ({ default: m.NewProposalPage })),
);
const ProposalPage = lazy(() => withTexts(['budgeting', 'reports'], import('./pages/budgeting/proposal.js')).then((m) => ({ default: m.ProposalPage })));
const ReviewPage = lazy(() => withTexts(['budgeting'], import('./pages/budgeting/review.js')).then((m) => ({ default: m.ReviewPage })));
const AdminBudgetingPage = lazy(() =>
  withTexts(['admin', 'budgeting'], import('./pages/admin/admin-budgeting.js')).then((m) => ({ default: m.AdminBudgetingPage })),
);
const AdminCyclePage = lazy(() => withTexts(['admin', 'budgeting'], import('./pages/admin/admin-cycle.js')).then((m) => ({ default: m.AdminCyclePage })));
const BallotPage = lazy(() => withTexts(['budgeting'], import('./pages/budgeting/ballot.js')).then((m) => ({ default: m.BallotPage })));
const ResultsPage = lazy(() => withTexts(['budgeting'], import('./pages/budgeting/results.js')).then((m) => ({ default: m.ResultsPage })));
const PollsPage = lazy(() => withTexts(['polls'], import('./pages/polls/polls.js')).then((m) => ({ default: m.PollsPage })));
const PollPage = lazy(() => withTexts(['polls'], import('./pages/polls/poll.js')).then((m) => ({ default: m.PollPage })));
const PollResultsPage = lazy(() => withTexts(['polls'], import('./pages/polls/poll-results.js')).then((m) => ({ default: m.PollResultsPage })));
const PollReceiptPage = lazy(() => withTexts(['polls'], import('./pages/polls/poll-receipt.js')).then((m) => ({ default: m.PollReceiptPage })));
const AdminPollsPage = lazy(() => withTexts(['admin', 'polls'], import('./pages/admin/admin-polls.js')).then((m) => ({ default: m.AdminPollsPage })));
const ReceiptPage = lazy(() => withTexts(['budgeting'], import('./pages/budgeting/receipt.js')).then((m) => ({ default: m.ReceiptPage })));
const AdminTallyPage = lazy(() => withTexts(['admin', 'budgeting'], import('./pages/admin/admin-tally.js')).then((m) => ({ default: m.AdminTallyPage })));
const WorksPage = lazy(() => withTexts(['budgeting'], import('./pages/budgeting/works.js')).then((m) => ({ default: m.WorksPage })));
const WorkPage = lazy(() => withTexts(['budgeting', 'reports'], import('./pages/budgeting/work.js')).then((m) => ({ default: m.WorkPage })));
const CityBudgetPage = lazy(() => withTexts(['budgeting'], import('./pages/city-budget.js')).then((m) => ({ default: m.CityBudgetPage })));
const VerificationPage = lazy(() => withTexts(['verification'], import('./pages/verification.js')).then((m) => ({ default: m.VerificationPage })));
const VerifyInPersonPage = lazy(() => withTexts(['verification'], import('./pages/verify-in-person.js')).then((m) => ({ default: m.VerifyInPersonPage })));
// Initiatives.
const InitiativesPage = lazy(() => withTexts(['initiatives'], import('./pages/initiatives/initiatives.js')).then((m) => ({ default: m.InitiativesPage })));
const InitiativePage = lazy(() => withTexts(['initiatives'], import('./pages/initiatives/initiative.js')).then((m) => ({ default: m.InitiativePage })));
const InitiativeFormPage = lazy(() =>
  withTexts(['initiatives'], import('./pages/initiatives/initiative-form.js')).then((m) => ({ default: m.InitiativeFormPage })),
);
const AdminInitiativesPage = lazy(() =>
  withTexts(['admin', 'initiatives'], import('./pages/admin/admin-initiatives.js')).then((m) => ({ default: m.AdminInitiativesPage })),
);
// Crowdsourcing projects.
const CrowdProjectsPage = lazy(() => withTexts(['crowd'], import('./pages/crowdsourcing/projects.js')).then((m) => ({ default: m.CrowdProjectsPage })));
const CrowdProjectPage = lazy(() => withTexts(['crowd'], import('./pages/crowdsourcing/project.js')).then((m) => ({ default: m.CrowdProjectPage })));
const IdeaPage = lazy(() => withTexts(['crowd'], import('./pages/crowdsourcing/idea.js')).then((m) => ({ default: m.IdeaPage })));
const AdminCrowdsourcingPage = lazy(() =>
  withTexts(['admin', 'crowd'], import('./pages/admin/admin-crowdsourcing.js')).then((m) => ({ default: m.AdminCrowdsourcingPage })),
);
// City events (issue 15): the list, month calendar and map of events, and one event's page.
const EventsPage = lazy(() => withTexts(['events'], import('./pages/events/events.js')).then((m) => ({ default: m.EventsPage })));
const EventPage = lazy(() => withTexts(['events'], import('./pages/events/event.js')).then((m) => ({ default: m.EventPage })));
// Organising events (the form, the organiser's page) and a person's own events with their calendar feed.
const EventFormPage = lazy(() => withTexts(['events', 'reports'], import('./pages/events/event-form.js')).then((m) => ({ default: m.EventFormPage })));
const ManageEventPage = lazy(() => withTexts(['events'], import('./pages/events/event-manage.js')).then((m) => ({ default: m.ManageEventPage })));
const MyEventsPage = lazy(() => withTexts(['events'], import('./pages/events/my-events.js')).then((m) => ({ default: m.MyEventsPage })));
// Volunteering (its texts come with the points group: text-groups.ts).
const VolunteeringPage = lazy(() => withTexts(['points'], import('./pages/volunteering/volunteering.js')).then((m) => ({ default: m.VolunteeringPage })));
const VolunteerProjectPage = lazy(() => withTexts(['points'], import('./pages/volunteering/project.js')).then((m) => ({ default: m.VolunteerProjectPage })));
const NewVolunteerProjectPage = lazy(() =>
  withTexts(['points', 'reports'], import('./pages/volunteering/project-new.js')).then((m) => ({ default: m.NewVolunteerProjectPage })),
);
const VolunteerOrganisePage = lazy(() => withTexts(['points'], import('./pages/volunteering/organise.js')).then((m) => ({ default: m.VolunteerOrganisePage })));
// Points and rewards.
const PointsPage = lazy(() => withTexts(['points'], import('./pages/points.js')).then((m) => ({ default: m.PointsPage })));
const AdminPointsPage = lazy(() =>
  withTexts(['admin', 'points', 'verification'], import('./pages/admin/admin-points.js')).then((m) => ({ default: m.AdminPointsPage })),
);
const AdminVerificationPage = lazy(() =>
  withTexts(['admin', 'verification'], import('./pages/admin/admin-verification.js')).then((m) => ({ default: m.AdminVerificationPage })),
);
// Charity causes (issue 15): the list and a cause's page, and the administrators' pages (texts with the points group).
const CausesPage = lazy(() => withTexts(['points'], import('./pages/charity/causes.js')).then((m) => ({ default: m.CausesPage })));
const CausePage = lazy(() => withTexts(['points'], import('./pages/charity/cause.js')).then((m) => ({ default: m.CausePage })));
const AdminCharityPage = lazy(() => withTexts(['admin', 'points'], import('./pages/charity/admin-charity.js')).then((m) => ({ default: m.AdminCharityPage })));
const AdminCausePage = lazy(() => withTexts(['admin', 'points'], import('./pages/charity/admin-charity.js')).then((m) => ({ default: m.AdminCausePage })));

// the route table, read by <BrowserRouter> (React Router's plain mode: its data router would add 20 KB gzip to
// every first load, for loaders and actions this app does not use)
const routes: RouteObject[] = [
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
      { path: '/charity', element: <CausesPage /> },
      { path: '/charity/:id', element: <CausePage /> },
      {
        path: '/admin/charity',
        element: (
          <RequireAdmin>
            <AdminCharityPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/charity/new',
        element: (
          <RequireAdmin>
            <AdminCausePage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/charity/:id',
        element: (
          <RequireAdmin>
            <AdminCausePage />
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
      { path: '/volunteering', element: <VolunteeringPage /> },
      {
        path: '/volunteering/new',
        element: (
          <RequireSignedIn>
            <NewVolunteerProjectPage />
          </RequireSignedIn>
        ),
      },
      { path: '/volunteering/:id', element: <VolunteerProjectPage /> },
      {
        path: '/volunteering/:id/organise',
        element: (
          <RequireSignedIn>
            <VolunteerOrganisePage />
          </RequireSignedIn>
        ),
      },
      { path: '/crowdsourcing/:number', element: <CrowdProjectPage /> },
      { path: '/crowdsourcing/ideas/:number', element: <IdeaPage /> },
      { path: '/events', element: <EventsPage /> },
      { path: '/events/:id', element: <EventPage /> },
      {
        path: '/events/new',
        element: (
          <RequireSignedIn>
            <EventFormPage />
          </RequireSignedIn>
        ),
      },
      {
        path: '/events/:id/edit',
        element: (
          <RequireSignedIn>
            <EventFormPage />
          </RequireSignedIn>
        ),
      },
      {
        path: '/events/:id/manage',
        element: (
          <RequireSignedIn>
            <ManageEventPage />
          </RequireSignedIn>
        ),
      },
      {
        path: '/me/events',
        element: (
          <RequireSignedIn>
            <MyEventsPage />
          </RequireSignedIn>
        ),
      },
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
];

function Routes() {
  return useRoutes(routes);
}

/** The web app: the session around the router; a page that fails to draw says so instead of a blank screen. */
export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <PageErrorBoundary>
          <Routes />
        </PageErrorBoundary>
      </BrowserRouter>
    </SessionProvider>
  );
}
