import { matchWebRoute, type WebRoutePattern } from '@server/core/http/web-routes.js';
import type { ru } from './i18n/ru.js';

type TitleKey = keyof typeof ru;

/**
 * The title each page has before its data arrives (the page then names what it shows, e.g. a
 * report's number and reason). Every page address has one: a page added to the router's list
 * (src/core/http/web-routes.ts) without a title here does not compile.
 */
const routeTitleKeys: Record<WebRoutePattern, TitleKey> = {
  '/': 'home.title',
  '/register': 'register.title',
  '/confirm': 'confirm.title',
  '/login': 'login.title',
  '/reset-password': 'reset.requestTitle',
  '/audit': 'audit.title',
  '/discussions': 'discussions.title',
  '/discussions/new': 'newDiscussion.title',
  '/discussions/:id': 'discussions.title',
  '/people/:id': 'person.title',
  '/unsubscribe': 'unsubscribe.title',
  '/notifications': 'notifications.title',
  '/moderation': 'moderation.queueTitle',
  '/moderation/words': 'moderation.wordsTitle',
  '/moderation/reports': 'modReports.title',
  '/profile': 'profile.title',
  '/profile/verification': 'verification.title',
  '/verify': 'verification.desk.title',
  '/admin/city': 'adminCity.title',
  '/admin/users': 'admin.usersTitle',
  '/admin/users/:id': 'admin.usersTitle',
  '/admin/setup': 'setup.title',
  '/admin/outbox': 'admin.outboxTitle',
  '/admin/classifier': 'adminClassifier.title',
  '/admin/routing': 'adminRouting.title',
  '/admin/calendar': 'adminCalendar.title',
  '/admin/districts': 'adminDistricts.title',
  '/admin/departments': 'adminDepartments.title',
  '/admin/dictionaries': 'adminDictionaries.title',
  '/admin/api-keys': 'adminKeys.title',
  '/admin/budgeting': 'pb.adminTitle',
  '/admin/budgeting/cycles/:cycleId': 'pb.adminTitle',
  '/admin/budgeting/cycles/:cycleId/tally': 'pb.adminTitle',
  '/admin/polls': 'polls.admin.title',
  '/admin/verification': 'verification.admin.title',
  '/admin/points': 'adminPoints.title',
  '/admin/charity': 'charity.admin.title',
  '/admin/charity/new': 'charity.admin.title',
  '/admin/charity/:id': 'charity.admin.title',
  '/admin/initiatives': 'initiatives.admin.title',
  '/admin/crowdsourcing': 'crowd.admin.title',
  '/reports': 'reports.title',
  '/reports/new': 'newReport.title',
  '/reports/stats': 'stats.title',
  '/reports/:number': 'reports.title',
  '/me/reports': 'myReports.title',
  '/districts/:id': 'district.title',
  '/departments/:id': 'department.title',
  '/inbox': 'inbox.title',
  '/budgeting': 'nav.budgeting',
  '/budgeting/cycles/:cycleId': 'nav.budgeting',
  '/budgeting/headings/:headingId': 'nav.budgeting',
  '/budgeting/headings/:headingId/ballot': 'ballot.title',
  '/budgeting/headings/:headingId/results': 'nav.budgeting',
  '/budgeting/proposals/new': 'proposal.new',
  '/budgeting/proposals/:number': 'nav.budgeting',
  '/budgeting/review': 'review.title',
  '/budgeting/receipt': 'receipt.title',
  '/budgeting/works': 'works.title',
  '/budgeting/works/:id': 'works.title',
  '/city-budget': 'cityBudget.title',
  '/polls': 'polls.title',
  '/polls/receipt': 'polls.receipt.findTitle',
  '/polls/:id': 'polls.title',
  '/polls/:id/results': 'polls.results.title',
  '/points': 'points.title',
  '/charity': 'charity.title',
  '/charity/:id': 'charity.title',
  '/initiatives': 'initiatives.title',
  '/initiatives/new': 'initiatives.form.newTitle',
  '/initiatives/:number': 'initiatives.title',
  '/initiatives/:number/edit': 'initiatives.title',
  '/crowdsourcing': 'crowd.title',
  '/crowdsourcing/:number': 'crowd.title',
  '/crowdsourcing/ideas/:number': 'crowd.title',
};

/** The i18n key of a path's title before its data arrives ("page not found" for no page). */
export function routeTitleKey(pathname: string): TitleKey {
  const pattern = matchWebRoute(pathname);
  return pattern ? routeTitleKeys[pattern] : 'notFound.title';
}
