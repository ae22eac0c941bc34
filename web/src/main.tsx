import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { configureApi } from './api/client.js';
import { prefetchSite } from './api/lists.js';
import { apiQuery, queryClient } from './api/query.js';
import { App, preloadPage } from './app.js';
import { currentLanguage, initI18n } from './i18n/i18n.js';
import { prefetchSession } from './session.js';
import './styles.css';

// the home page's texts come with it; other pages fetch theirs with their code (app.tsx)
const texts = initI18n(location.pathname === '/' ? ['home'] : []);
configureApi({ language: currentLanguage, messages: () => ({ network: i18next.t('errors.network'), unexpected: i18next.t('errors.unexpected') }) });
// what every page's header needs travels beside the texts (the language is set as initI18n starts)
const session = prefetchSession();
const site = prefetchSite(currentLanguage());
// a report's card too (its page asks only once the session is known, and its heading is the largest thing it draws)
const reportNumber = /^\/reports\/(\d{1,15})$/.exec(location.pathname)?.[1];
if (reportNumber) void queryClient.prefetchQuery(apiQuery('/api/reports/{number}', { path: { number: Number(reportNumber) } }, currentLanguage()));
// the first render waits for the site's settings too (they come beside the texts): arriving during it, they would
// make React draw the whole page again in one long task; for who is signed in (preloaded by index.html), so nothing
// drawn for "not known yet" moves the page when it is known; and for the page's own code, so it draws at once
await Promise.all([texts, site, session, preloadPage(location.pathname)]);

// the first render is a transition: React renders in slices and lets the browser paint and answer input between
// them, instead of one long task for the whole page
const root = createRoot(document.getElementById('root')!);
startTransition(() =>
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
