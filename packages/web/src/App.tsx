import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireAuth } from './layout/RequireAuth.js';
import { Shell } from './layout/Shell.js';
import { PlanLayout } from './layout/PlanLayout.js';
import { Home } from './pages/Home.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotFound } from './pages/NotFound.js';

const DashboardPage = lazy(() => import('./pages/DashboardPage.js').then((m) => ({ default: m.DashboardPage })));
const TreePage = lazy(() => import('./pages/TreePage.js').then((m) => ({ default: m.TreePage })));
const ObjectivePage = lazy(() => import('./pages/ObjectivePage.js').then((m) => ({ default: m.ObjectivePage })));
const IndicatorPage = lazy(() => import('./pages/IndicatorPage.js').then((m) => ({ default: m.IndicatorPage })));
const EntryPage = lazy(() => import('./pages/EntryPage.js').then((m) => ({ default: m.EntryPage })));
const ValidationPage = lazy(() => import('./pages/ValidationPage.js').then((m) => ({ default: m.ValidationPage })));
const MonitoringPage = lazy(() => import('./pages/MonitoringPage.js').then((m) => ({ default: m.MonitoringPage })));
const MethodologyPage = lazy(() => import('./pages/MethodologyPage.js').then((m) => ({ default: m.MethodologyPage })));
const ImportPage = lazy(() => import('./pages/ImportPage.js').then((m) => ({ default: m.ImportPage })));
const VersionsPage = lazy(() => import('./pages/VersionsPage.js').then((m) => ({ default: m.VersionsPage })));
const PeriodsPage = lazy(() => import('./pages/PeriodsPage.js').then((m) => ({ default: m.PeriodsPage })));
const OverridesPage = lazy(() => import('./pages/OverridesPage.js').then((m) => ({ default: m.OverridesPage })));
const DocumentsPage = lazy(() => import('./pages/DocumentsPage.js').then((m) => ({ default: m.DocumentsPage })));
const NarrativesPage = lazy(() => import('./pages/NarrativesPage.js').then((m) => ({ default: m.NarrativesPage })));
const MissingPage = lazy(() => import('./pages/MissingPage.js').then((m) => ({ default: m.MissingPage })));

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth><Shell /></RequireAuth>}>
        <Route index element={<Home />} />
        <Route path="importa" element={<ImportPage />} />
        <Route path="e/:entityId/:planId" element={<PlanLayout />}>
          <Route index element={<Navigate to="cruscotto" replace />} />
          <Route path="cruscotto" element={<DashboardPage />} />
          <Route path="albero" element={<TreePage />} />
          <Route path="obiettivi/:objectiveId" element={<ObjectivePage />} />
          <Route path="indicatori/:indicatorId" element={<IndicatorPage />} />
          <Route path="rilevazione" element={<EntryPage />} />
          <Route path="validazione" element={<ValidationPage />} />
          <Route path="monitoraggio" element={<MonitoringPage />} />
          <Route path="metodologia" element={<MethodologyPage />} />
          <Route path="versioni" element={<VersionsPage />} />
          <Route path="periodi" element={<PeriodsPage />} />
          <Route path="neutralizzazioni" element={<OverridesPage />} />
          <Route path="dati-mancanti" element={<MissingPage />} />
          <Route path="documenti" element={<DocumentsPage />} />
          <Route path="documenti/testi" element={<NarrativesPage />} />
          <Route path="importa" element={<ImportPage />} />
        </Route>
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
