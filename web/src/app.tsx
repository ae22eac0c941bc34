import { isValidElement, type ReactNode } from 'react';
import { BrowserRouter, matchRoutes, useRoutes, type RouteObject } from 'react-router';
import { Layout } from './components/layout.js';
import { RequireAdmin, RequireModerator, RequireOfficial, RequireSignedIn } from './components/require.js';
import { withTexts } from './i18n/i18n.js';
import { NotFoundPage } from './pages/not-found.js';
import { lazyPage, type LazyPage } from './lazy-page.js';
import { SessionProvider } from './session.js';
import { PageErrorBoundary } from './components/page-error-boundary.js';

// every page is a download of its own: the first load carries only what the page it opens shows (the server lists
// the page's files in its index.html, so they come beside the entry: src/core/http/route-preloads.ts)
const HomePage = lazyPage(() => withTexts(['home'], import('./pages/home.js')).then((m) => ({ default: m.HomePage })));
const AuditPage = lazyPage(() => withTexts(['monitor'], import('./pages/audit.js')).then((m) => ({ default: m.AuditPage })));
const OpenDataPage = lazyPage(() => withTexts(['monitor'], import('./pages/open-data.js')).then((m) => ({ default: m.OpenDataPage })));
const ConfirmPage = lazyPage(() => withTexts(['account'], import('./pages/confirm.js')).then((m) => ({ default: m.ConfirmPage })));
const NewDiscussionPage = lazyPage(() => import('./pages/discussion-new.js').then((m) => ({ default: m.NewDiscussionPage })));
const DiscussionPage = lazyPage(() => import('./pages/discussion.js').then((m) => ({ default: m.DiscussionPage })));
const DiscussionsPage = lazyPage(() => import('./pages/discussions.js').then((m) => ({ default: m.DiscussionsPage })));
const LoginPage = lazyPage(() => withTexts(['account'], import('./pages/login.js')).then((m) => ({ default: m.LoginPage })));
const NotificationsPage = lazyPage(() => withTexts(['account'], import('./pages/notifications.js')).then((m) => ({ default: m.NotificationsPage })));
const PersonPage = lazyPage(() => import('./pages/person.js').then((m) => ({ default: m.PersonPage })));
const PrivacyPage = lazyPage(() => withTexts(['account'], import('./pages/privacy.js')).then((m) => ({ default: m.PrivacyPage })));
const AccountDeletedPage = lazyPage(() => withTexts(['account'], import('./pages/my-data.js')).then((m) => ({ default: m.AccountDeletedPage })));
const ProfilePage = lazyPage(() => withTexts(['account'], import('./pages/profile.js')).then((m) => ({ default: m.ProfilePage })));
const RegisterPage = lazyPage(() => withTexts(['account'], import('./pages/register.js')).then((m) => ({ default: m.RegisterPage })));
const ResetPasswordPage = lazyPage(() => withTexts(['account'], import('./pages/reset-password.js')).then((m) => ({ default: m.ResetPasswordPage })));
const UnsubscribePage = lazyPage(() => withTexts(['account'], import('./pages/unsubscribe.js')).then((m) => ({ default: m.UnsubscribePage })));
// administrators' pages are a separate download: residents never load them
const AdminUsersPage = lazyPage(() => withTexts(['admin'], import('./pages/admin/admin-users.js')).then((m) => ({ default: m.AdminUsersPage })));
const AdminUserPage = lazyPage(() => withTexts(['admin', 'points'], import('./pages/admin/admin-user.js')).then((m) => ({ default: m.AdminUserPage })));
const AdminCityPage = lazyPage(() => withTexts(['admin'], import('./pages/admin/admin-city.js')).then((m) => ({ default: m.AdminCityPage })));
const AdminOutboxPage = lazyPage(() => withTexts(['admin'], import('./pages/admin/admin-outbox.js')).then((m) => ({ default: m.AdminOutboxPage })));
const AdminSetupPage = lazyPage(() => withTexts(['admin'], import('./pages/admin/admin-setup.js')).then((m) => ({ default: m.AdminSetupPage })));
// so are the moderators'
const ModerationQueuePage = lazyPage(() =>
  withTexts(['admin'], import('./pages/moderation/moderation-queue.js')).then((m) => ({ default: m.ModerationQueuePage })),
);
const ModerationWordsPage = lazyPage(() =>
  withTexts(['admin'], import('./pages/moderation/moderation-words.js')).then((m) => ({ default: m.ModerationWordsPage })),
);
const ModerationReportsPage = lazyPage(() =>
  withTexts(['admin', 'reports'], import('./pages/moderation/moderation-reports.js')).then((m) => ({ default: m.ModerationReportsPage })),
);
const AdminClassifierPage = lazyPage(() =>
  withTexts(['admin', 'reports'], import('./pages/admin/admin-classifier.js')).then((m) => ({ default: m.AdminClassifierPage })),
);
const AdminRoutingPage = lazyPage(() =>
  withTexts(['admin', 'reports'], import('./pages/admin/admin-routing.js')).then((m) => ({ default: m.AdminRoutingPage })),
);
const AdminCalendarPage = lazyPage(() => withTexts(['admin'], import('./pages/admin/admin-calendar.js')).then((m) => ({ default: m.AdminCalendarPage })));
const AdminDistrictsPage = lazyPage(() =>
  withTexts(['admin', 'reports'], import('./pages/admin/admin-districts.js')).then((m) => ({ default: m.AdminDistrictsPage })),
);
const AdminDepartmentsPage = lazyPage(() =>
  withTexts(['admin', 'reports', 'verification'], import('./pages/admin/admin-departments.js')).then((m) => ({ default: m.AdminDepartmentsPage })),
);
const AdminDictionariesPage = lazyPage(() =>
  withTexts(['admin'], import('./pages/admin/admin-dictionaries.js')).then((m) => ({ default: m.AdminDictionariesPage })),
);
const AdminApiKeysPage = lazyPage(() => withTexts(['admin'], import('./pages/admin/admin-api-keys.js')).then((m) => ({ default: m.AdminApiKeysPage })));
// reports carry the map library (Leaflet): their pages load it only when visited
const ReportsPage = lazyPage(() => withTexts(['reports'], import('./pages/reports/reports.js')).then((m) => ({ default: m.ReportsPage })));
const NewReportPage = lazyPage(() => withTexts(['reports', 'reportForm'], import('./pages/reports/report-new.js')).then((m) => ({ default: m.NewReportPage })));
const ReportPage = lazyPage(() => withTexts(['reports'], import('./pages/reports/report.js')).then((m) => ({ default: m.ReportPage })));
const MyReportsPage = lazyPage(() => withTexts(['reports'], import('./pages/reports/my-reports.js')).then((m) => ({ default: m.MyReportsPage })));
const ReportStatsPage = lazyPage(() =>
  withTexts(['reports', 'reportDesk'], import('./pages/reports/report-stats.js')).then((m) => ({ default: m.ReportStatsPage })),
);
const DistrictPage = lazyPage(() => withTexts(['reports', 'reportDesk'], import('./pages/reports/district.js')).then((m) => ({ default: m.DistrictPage })));
const DepartmentPage = lazyPage(() =>
  withTexts(['reports', 'reportDesk'], import('./pages/reports/department.js')).then((m) => ({ default: m.DepartmentPage })),
);
const InboxPage = lazyPage(() => withTexts(['reports', 'reportDesk'], import('./pages/reports/inbox.js')).then((m) => ({ default: m.InboxPage })));

// Budgeting (issue 5) and verified residents.
const BudgetingPage = lazyPage(() => withTexts(['budgeting'], import('./pages/budgeting/budgeting.js')).then((m) => ({ default: m.BudgetingPage })));
const CyclePage = lazyPage(() => withTexts(['budgeting'], import('./pages/budgeting/cycle.js')).then((m) => ({ default: m.CyclePage })));
const HeadingPage = lazyPage(() => withTexts(['budgeting'], import('./pages/budgeting/heading.js')).then((m) => ({ default: m.HeadingPage })));
const NewProposalPage = lazyPage(() =>
  withTexts(['budgeting', 'reports'], import('./pages/budgeting/proposal-new.js')).then((m) => ({ default: m.NewProposalPage })),
);
const ProposalPage = lazyPage(() => withTexts(['budgeting', 'reports'], import('./pages/budgeting/proposal.js')).then((m) => ({ default: m.ProposalPage })));
const ReviewPage = lazyPage(() => withTexts(['budgeting'], import('./pages/budgeting/review.js')).then((m) => ({ default: m.ReviewPage })));
const AdminBudgetingPage = lazyPage(() =>
  withTexts(['admin', 'budgeting'], import('./pages/admin/admin-budgeting.js')).then((m) => ({ default: m.AdminBudgetingPage })),
);
const AdminCyclePage = lazyPage(() => withTexts(['admin', 'budgeting'], import('./pages/admin/admin-cycle.js')).then((m) => ({ default: m.AdminCyclePage })));
const BallotPage = lazyPage(() => withTexts(['budgeting'], import('./pages/budgeting/ballot.js')).then((m) => ({ default: m.BallotPage })));
const ResultsPage = lazyPage(() => withTexts(['budgeting', 'polls'], import('./pages/budgeting/results.js')).then((m) => ({ default: m.ResultsPage })));
const PollsPage = lazyPage(() => withTexts(['polls'], import('./pages/polls/polls.js')).then((m) => ({ default: m.PollsPage })));
const PollPage = lazyPage(() => withTexts(['polls'], import('./pages/polls/poll.js')).then((m) => ({ default: m.PollPage })));
const PollResultsPage = lazyPage(() => withTexts(['polls'], import('./pages/polls/poll-results.js')).then((m) => ({ default: m.PollResultsPage })));
const PollReceiptPage = lazyPage(() => withTexts(['polls'], import('./pages/polls/poll-receipt.js')).then((m) => ({ default: m.PollReceiptPage })));
const AdminPollsPage = lazyPage(() => withTexts(['admin', 'polls'], import('./pages/admin/admin-polls.js')).then((m) => ({ default: m.AdminPollsPage })));
const ReceiptPage = lazyPage(() => withTexts(['budgeting'], import('./pages/budgeting/receipt.js')).then((m) => ({ default: m.ReceiptPage })));
const AdminTallyPage = lazyPage(() => withTexts(['admin', 'budgeting'], import('./pages/admin/admin-tally.js')).then((m) => ({ default: m.AdminTallyPage })));
const WorksPage = lazyPage(() => withTexts(['budgeting'], import('./pages/budgeting/works.js')).then((m) => ({ default: m.WorksPage })));
const WorkPage = lazyPage(() => withTexts(['budgeting', 'reports'], import('./pages/budgeting/work.js')).then((m) => ({ default: m.WorkPage })));
const CityBudgetPage = lazyPage(() => withTexts(['budgeting'], import('./pages/city-budget.js')).then((m) => ({ default: m.CityBudgetPage })));
const VerificationPage = lazyPage(() => withTexts(['verification'], import('./pages/verification.js')).then((m) => ({ default: m.VerificationPage })));
const VerifyInPersonPage = lazyPage(() => withTexts(['verification'], import('./pages/verify-in-person.js')).then((m) => ({ default: m.VerifyInPersonPage })));
// Initiatives.
const InitiativesPage = lazyPage(() => withTexts(['initiatives'], import('./pages/initiatives/initiatives.js')).then((m) => ({ default: m.InitiativesPage })));
const InitiativePage = lazyPage(() => withTexts(['initiatives'], import('./pages/initiatives/initiative.js')).then((m) => ({ default: m.InitiativePage })));
const InitiativeFormPage = lazyPage(() =>
  withTexts(['initiatives'], import('./pages/initiatives/initiative-form.js')).then((m) => ({ default: m.InitiativeFormPage })),
);
// The commitments ledger (with the initiatives' texts: an initiative's page shows its commitment).
const CommitmentsPage = lazyPage(() => withTexts(['initiatives'], import('./pages/commitments/commitments.js')).then((m) => ({ default: m.CommitmentsPage })));
const CommitmentPage = lazyPage(() => withTexts(['initiatives'], import('./pages/commitments/commitment.js')).then((m) => ({ default: m.CommitmentPage })));
const AdminInitiativesPage = lazyPage(() =>
  withTexts(['admin', 'initiatives'], import('./pages/admin/admin-initiatives.js')).then((m) => ({ default: m.AdminInitiativesPage })),
);
// Crowdsourcing projects.
const CrowdProjectsPage = lazyPage(() => withTexts(['crowd'], import('./pages/crowdsourcing/projects.js')).then((m) => ({ default: m.CrowdProjectsPage })));
const CrowdProjectPage = lazyPage(() => withTexts(['crowd'], import('./pages/crowdsourcing/project.js')).then((m) => ({ default: m.CrowdProjectPage })));
const IdeaPage = lazyPage(() => withTexts(['crowd'], import('./pages/crowdsourcing/idea.js')).then((m) => ({ default: m.IdeaPage })));
const AdminCrowdsourcingPage = lazyPage(() =>
  withTexts(['admin', 'crowd'], import('./pages/admin/admin-crowdsourcing.js')).then((m) => ({ default: m.AdminCrowdsourcingPage })),
);
// City events (issue 15): the list, month calendar and map of events, and one event's page.
const EventsPage = lazyPage(() => withTexts(['events'], import('./pages/events/events.js')).then((m) => ({ default: m.EventsPage })));
const EventPage = lazyPage(() => withTexts(['events'], import('./pages/events/event.js')).then((m) => ({ default: m.EventPage })));
// Organising events (the form, the organiser's page) and a person's own events with their calendar feed.
const EventFormPage = lazyPage(() => withTexts(['events', 'reports'], import('./pages/events/event-form.js')).then((m) => ({ default: m.EventFormPage })));
const ManageEventPage = lazyPage(() => withTexts(['events'], import('./pages/events/event-manage.js')).then((m) => ({ default: m.ManageEventPage })));
const MyEventsPage = lazyPage(() => withTexts(['events'], import('./pages/events/my-events.js')).then((m) => ({ default: m.MyEventsPage })));
// Communities (issue 18): the list, a community's page, a post with its comments, the form, the administrators' queue.
const GroupsPage = lazyPage(() => withTexts(['groups'], import('./pages/groups/groups.js')).then((m) => ({ default: m.GroupsPage })));
const GroupPage = lazyPage(() => withTexts(['groups', 'reports'], import('./pages/groups/group.js')).then((m) => ({ default: m.GroupPage })));
const GroupPostPage = lazyPage(() => withTexts(['groups', 'reports'], import('./pages/groups/group-post.js')).then((m) => ({ default: m.GroupPostPage })));
const NewGroupPage = lazyPage(() => withTexts(['groups', 'reports'], import('./pages/groups/group-form.js')).then((m) => ({ default: m.NewGroupPage })));
const EditGroupPage = lazyPage(() => withTexts(['groups', 'reports'], import('./pages/groups/group-form.js')).then((m) => ({ default: m.EditGroupPage })));
const AdminGroupsPage = lazyPage(() => withTexts(['groups'], import('./pages/groups/admin-groups.js')).then((m) => ({ default: m.AdminGroupsPage })));
// Private messages.
const MessagesPage = lazyPage(() => withTexts(['messages'], import('./pages/messages/messages.js')).then((m) => ({ default: m.MessagesPage })));
const NewMessagePage = lazyPage(() => withTexts(['messages'], import('./pages/messages/message-new.js')).then((m) => ({ default: m.NewMessagePage })));
const ConversationPage = lazyPage(() =>
  withTexts(['messages', 'reports'], import('./pages/messages/conversation.js')).then((m) => ({ default: m.ConversationPage })),
);
// Volunteering (its texts come with the points group: text-groups.ts).
const VolunteeringPage = lazyPage(() => withTexts(['points'], import('./pages/volunteering/volunteering.js')).then((m) => ({ default: m.VolunteeringPage })));
const VolunteerProjectPage = lazyPage(() =>
  withTexts(['points'], import('./pages/volunteering/project.js')).then((m) => ({ default: m.VolunteerProjectPage })),
);
const NewVolunteerProjectPage = lazyPage(() =>
  withTexts(['points', 'reports'], import('./pages/volunteering/project-new.js')).then((m) => ({ default: m.NewVolunteerProjectPage })),
);
const VolunteerOrganisePage = lazyPage(() =>
  withTexts(['points'], import('./pages/volunteering/organise.js')).then((m) => ({ default: m.VolunteerOrganisePage })),
);
// Points and rewards.
const PointsPage = lazyPage(() => withTexts(['points'], import('./pages/points.js')).then((m) => ({ default: m.PointsPage })));
const AdminPointsPage = lazyPage(() =>
  withTexts(['admin', 'points', 'verification'], import('./pages/admin/admin-points.js')).then((m) => ({ default: m.AdminPointsPage })),
);
const AdminVerificationPage = lazyPage(() =>
  withTexts(['admin', 'verification'], import('./pages/admin/admin-verification.js')).then((m) => ({ default: m.AdminVerificationPage })),
);
// Charity causes (issue 15): the list and a cause's page, and the administrators' pages (texts with the points group).
const ServicesPage = lazyPage(() => withTexts(['services'], import('./pages/services/services.js')).then((m) => ({ default: m.ServicesPage })));
const ServiceRolePage = lazyPage(() => withTexts(['services'], import('./pages/services/services.js')).then((m) => ({ default: m.ServiceRolePage })));
const ServicePage = lazyPage(() => withTexts(['services'], import('./pages/services/service.js')).then((m) => ({ default: m.ServicePage })));
const ProposeServicePage = lazyPage(() => withTexts(['services'], import('./pages/services/propose.js')).then((m) => ({ default: m.ProposeServicePage })));
const AdminServicesPage = lazyPage(() =>
  withTexts(['admin', 'services'], import('./pages/services/admin-services.js')).then((m) => ({ default: m.AdminServicesPage })),
);
const AdminServicePage = lazyPage(() =>
  withTexts(['admin', 'services'], import('./pages/services/admin-services.js')).then((m) => ({ default: m.AdminServicePage })),
);
const AdminServiceRolePage = lazyPage(() =>
  withTexts(['admin', 'services'], import('./pages/services/admin-services.js')).then((m) => ({ default: m.AdminServiceRolePage })),
);
const CausesPage = lazyPage(() => withTexts(['points'], import('./pages/charity/causes.js')).then((m) => ({ default: m.CausesPage })));
const CausePage = lazyPage(() => withTexts(['points'], import('./pages/charity/cause.js')).then((m) => ({ default: m.CausePage })));
const AdminCharityPage = lazyPage(() =>
  withTexts(['admin', 'points'], import('./pages/charity/admin-charity.js')).then((m) => ({ default: m.AdminCharityPage })),
);
// Places near me (issue 16): the resident's page and the administrators' layers and import.
// Participation statistics (issue 17): the public page and the administrators' district populations.
const StatisticsPage = lazyPage(() => withTexts(['places'], import('./pages/statistics/statistics.js')).then((m) => ({ default: m.StatisticsPage })));
const AdminPopulationPage = lazyPage(() =>
  withTexts(['admin', 'places'], import('./pages/statistics/admin-population.js')).then((m) => ({ default: m.AdminPopulationPage })),
);
const SearchPage = lazyPage(() => withTexts(['search'], import('./pages/search/search.js')).then((m) => ({ default: m.SearchPage })));
const PlacesPage = lazyPage(() => withTexts(['places'], import('./pages/places/places.js')).then((m) => ({ default: m.PlacesPage })));
// "my area": a saved place's surroundings (its label's words are the profile's) and any point's or district's
const SavedPlaceAreaPage = lazyPage(() => withTexts(['places', 'account'], import('./pages/areas/area.js')).then((m) => ({ default: m.SavedPlaceAreaPage })));
const AreaPage = lazyPage(() => withTexts(['places', 'reports'], import('./pages/areas/area.js')).then((m) => ({ default: m.AreaPage })));
const MonitorPage = lazyPage(() => withTexts(['monitor'], import('./pages/monitor/monitor.js')).then((m) => ({ default: m.MonitorPage })));
const AdminPlacesPage = lazyPage(() => withTexts(['admin', 'places'], import('./pages/places/admin-places.js')).then((m) => ({ default: m.AdminPlacesPage })));
const AdminCausePage = lazyPage(() => withTexts(['admin', 'points'], import('./pages/charity/admin-charity.js')).then((m) => ({ default: m.AdminCausePage })));

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
      { path: '/open-data', element: <OpenDataPage /> },
      { path: '/audit', element: <AuditPage /> },
      { path: '/privacy', element: <PrivacyPage /> },
      { path: '/account-deleted', element: <AccountDeletedPage /> },
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
      { path: '/services', element: <ServicesPage /> },
      { path: '/services/propose', element: <ProposeServicePage /> },
      { path: '/services/roles/:key', element: <ServiceRolePage /> },
      { path: '/services/:id', element: <ServicePage /> },
      {
        path: '/admin/services',
        element: (
          <RequireAdmin>
            <AdminServicesPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/services/new',
        element: (
          <RequireAdmin>
            <AdminServicePage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/services/roles/new',
        element: (
          <RequireAdmin>
            <AdminServiceRolePage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/services/roles/:id',
        element: (
          <RequireAdmin>
            <AdminServiceRolePage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/services/:id',
        element: (
          <RequireAdmin>
            <AdminServicePage />
          </RequireAdmin>
        ),
      },
      { path: '/charity', element: <CausesPage /> },
      { path: '/places', element: <PlacesPage /> },
      { path: '/area', element: <AreaPage /> },
      { path: '/monitor', element: <MonitorPage /> },
      {
        path: '/area/:placeId',
        element: (
          <RequireSignedIn>
            <SavedPlaceAreaPage />
          </RequireSignedIn>
        ),
      },
      { path: '/search', element: <SearchPage /> },
      { path: '/statistics', element: <StatisticsPage /> },
      {
        path: '/admin/population',
        element: (
          <RequireAdmin>
            <AdminPopulationPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/admin/places',
        element: (
          <RequireAdmin>
            <AdminPlacesPage />
          </RequireAdmin>
        ),
      },
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
      { path: '/commitments', element: <CommitmentsPage /> },
      { path: '/commitments/:number', element: <CommitmentPage /> },
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
      { path: '/groups', element: <GroupsPage /> },
      {
        path: '/groups/new',
        element: (
          <RequireSignedIn>
            <NewGroupPage />
          </RequireSignedIn>
        ),
      },
      { path: '/groups/:id', element: <GroupPage /> },
      {
        path: '/groups/:id/edit',
        element: (
          <RequireSignedIn>
            <EditGroupPage />
          </RequireSignedIn>
        ),
      },
      { path: '/groups/posts/:id', element: <GroupPostPage /> },
      {
        path: '/admin/groups',
        element: (
          <RequireAdmin>
            <AdminGroupsPage />
          </RequireAdmin>
        ),
      },
      {
        path: '/messages',
        element: (
          <RequireSignedIn>
            <MessagesPage />
          </RequireSignedIn>
        ),
      },
      {
        path: '/messages/new',
        element: (
          <RequireSignedIn>
            <NewMessagePage />
          </RequireSignedIn>
        ),
      },
      {
        path: '/messages/:id',
        element: (
          <RequireSignedIn>
            <ConversationPage />
          </RequireSignedIn>
        ),
      },
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

/** The lazy page a route's element shows: the element itself, or the page inside a Require… guard (`guarded`). */
function pageOf(element: ReactNode, guarded = false): { page: LazyPage; guarded: boolean } | undefined {
  if (!isValidElement(element)) return undefined;
  const type = element.type as Partial<LazyPage>;
  if (typeof type.preload === 'function') return { page: type as LazyPage, guarded };
  return pageOf((element.props as { children?: ReactNode }).children, true);
}

/**
 * Starts the download of the page at `pathname` (main.tsx, before the first render) and answers when the first render
 * may begin: once a public page's code is in, so React draws it at once (lazy-page.ts); at once for a page behind a
 * guard, which waits for the session first anyway (and a visitor who is not signed in is sent to sign in instead).
 */
export function preloadPage(pathname: string): Promise<unknown> {
  const found = pageOf(matchRoutes(routes, pathname)?.at(-1)?.route.element);
  if (!found) return Promise.resolve();
  const loading = found.page.preload().catch(() => undefined);
  return found.guarded ? Promise.resolve() : loading;
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
