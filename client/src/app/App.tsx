import { lazy } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { RequireRole, RoleHomeRedirect } from '../features/auth/RequireRole';
import { LoginPage } from '../routes/login/LoginPage';
import { AppLayout } from './AppLayout';
import { SessionOutboxProvider } from '../features/outbox/OutboxProvider';
import { i18n } from './i18n';

// The operator form (answer cards, evidence uploads) is not needed to sign in: its own chunk too.
const OperatorFormPage = lazy(() =>
  import('../routes/operator/OperatorFormPage').then((m) => ({ default: m.OperatorFormPage })),
);
// The chart pages carry recharts (the largest dependency): loaded only when an evaluator opens them.
const ScoreboardPage = lazy(() => import('../routes/evaluator/ScoreboardPage'));
const KecamatanScorePage = lazy(() => import('../routes/evaluator/KecamatanScorePage'));
// The review queue is evaluators' work only: kept out of the operators' first load too.
const QueuePage = lazy(() => import('../routes/evaluator/QueuePage'));
// The map carries d3-geo and, as its own chunk, the kecamatan boundaries.
const MapPage = lazy(() => import('../routes/evaluator/MapPage'));
const KecamatanPrintPage = lazy(() => import('../routes/evaluator/KecamatanPrintPage'));
// Administration and the password page are rare visits: their own chunks.
const UsersPage = lazy(() => import('../routes/admin/UsersPage'));
const PeriodsPage = lazy(() => import('../routes/admin/PeriodsPage'));
const InstrumentPage = lazy(() => import('../routes/admin/InstrumentPage'));
const ChangePasswordPage = lazy(() => import('../routes/account/ChangePasswordPage'));
// Spreadsheet import carries its own upload code: loaded when opened.
const ImportPage = lazy(() => import('../routes/import/ImportPage'));
// The audit trail: admins and evaluators (everything), operators (their own kecamatan).
const AuditPage = lazy(() => import('../routes/audit/AuditPage'));
const NotificationsPage = lazy(() => import('../routes/notifications/NotificationsPage'));

function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="page-message">
      <p>{t('errors.notFound')}</p>
      <Link to="/">{t('errors.backHome')}</Link>
    </div>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<RoleHomeRedirect />} />
        <Route path="masuk" element={<LoginPage />} />
        <Route
          path="isian"
          element={
            <RequireRole roles={['OPERATOR']}>
              <OperatorFormPage />
            </RequireRole>
          }
        />
        <Route
          path="isian/impor"
          element={
            <RequireRole roles={['OPERATOR']}>
              <ImportPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/impor"
          element={
            <RequireRole roles={['ADMIN']}>
              <ImportPage />
            </RequireRole>
          }
        />
        <Route
          path="skor"
          element={
            <RequireRole roles={['EVALUATOR', 'ADMIN']}>
              <ScoreboardPage />
            </RequireRole>
          }
        />
        <Route
          path="skor/kecamatan/:code?"
          element={
            <RequireRole roles={['EVALUATOR', 'ADMIN']}>
              <KecamatanScorePage />
            </RequireRole>
          }
        />
        <Route
          path="skor/kecamatan/:code/cetak"
          element={
            <RequireRole roles={['EVALUATOR', 'ADMIN']}>
              <KecamatanPrintPage />
            </RequireRole>
          }
        />
        <Route
          path="peta"
          element={
            <RequireRole roles={['EVALUATOR', 'ADMIN']}>
              <MapPage />
            </RequireRole>
          }
        />
        <Route path="dasbor" element={<Navigate to="/skor" replace />} />
        <Route
          path="jejak-audit"
          element={
            <RequireRole roles={['ADMIN', 'EVALUATOR', 'OPERATOR']}>
              <AuditPage />
            </RequireRole>
          }
        />
        <Route
          path="verifikasi"
          element={
            <RequireRole roles={['EVALUATOR', 'ADMIN']}>
              <QueuePage />
            </RequireRole>
          }
        />
        <Route
          path="admin/pengguna"
          element={
            <RequireRole roles={['ADMIN']}>
              <UsersPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/periode"
          element={
            <RequireRole roles={['ADMIN']}>
              <PeriodsPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/instrumen"
          element={
            <RequireRole roles={['ADMIN']}>
              <InstrumentPage />
            </RequireRole>
          }
        />
        <Route
          path="kata-sandi"
          element={
            <RequireRole roles={['ADMIN', 'EVALUATOR', 'OPERATOR']}>
              <ChangePasswordPage />
            </RequireRole>
          }
        />
        <Route
          path="notifikasi"
          element={
            <RequireRole roles={['ADMIN', 'EVALUATOR', 'OPERATOR']}>
              <NotificationsPage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

export function App({ client }: { client: ApolloClient }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <SessionOutboxProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionOutboxProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
