import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
// @ts-expect-error: bootstrap-italia ships this plugin without types
import loadFonts from 'bootstrap-italia/dist/plugins/fonts-loader.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App.js';
import { LangProvider } from './i18n/lang.js';

loadFonts('/fonts');

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: (n, e) => n < 1 && !(e as { status?: number }).status, refetchOnWindowFocus: false } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LangProvider>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </LangProvider>
    </QueryClientProvider>
  </StrictMode>,
);
