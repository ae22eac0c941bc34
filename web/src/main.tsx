import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { configureApi } from './api/client.js';
import { prefetchSite } from './api/lists.js';
import { queryClient } from './api/query.js';
import { App } from './app.js';
import { currentLanguage, initI18n } from './i18n/i18n.js';
import { prefetchSession } from './session.js';
import './styles.css';

// the home page's texts come with it; other pages fetch theirs with their code (app.tsx)
const texts = initI18n(location.pathname === '/' ? ['home'] : []);
configureApi({ language: currentLanguage, messages: () => ({ network: i18next.t('errors.network'), unexpected: i18next.t('errors.unexpected') }) });
// what every page's header needs travels beside the texts (the language is set as initI18n starts)
prefetchSession();
prefetchSite(currentLanguage());
await texts;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
