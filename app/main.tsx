/** Entry point: React Query, the language, the router, the application. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError, setUnauthorizedHandler } from './platform/api-client';
import { LanguageProvider } from './platform/i18n';
import { endSession } from './platform/session';
import { App } from './App';
// One stylesheet per concern, in cascade order (narrow screens last).
import './styles/base.css';
import './styles/shell.css';
import './styles/forms.css';
import './styles/tables.css';
import './styles/pages.css';
import './styles/tasks.css';
import './styles/narrow.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});

// A 401 anywhere means the session ended: forget it, and the sign-in page appears.
setUnauthorizedHandler(() => endSession(queryClient));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </QueryClientProvider>
  </StrictMode>,
);
