import { lazy, type ComponentType } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { RequireRole, RoleHomeRedirect } from '../features/auth/RequireRole';
import { LoginPage } from '../routes/login/LoginPage';
import { AppLayout } from './AppLayout';
import { SessionOutboxProvider } from '../features/outbox/OutboxProvider';
import { i18n } from './i18n';
import type { Role } from '../gql/graphql';

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

const EVERYONE: readonly Role[] = ['ADMIN', 'EVALUATOR', 'OPERATOR'];
const EVALUATORS: readonly Role[] = ['EVALUATOR', 'ADMIN'];
const OPERATORS: readonly Role[] = ['OPERATOR'];
const ADMINS: readonly Role[] = ['ADMIN'];

/** The signed-in pages: path, who may open it, the page. Order as the routes are declared. */
const GUARDED_ROUTES: readonly { path: string; roles: readonly Role[]; Page: ComponentType }[] = [
  { path: 'isian', roles: OPERATORS, Page: OperatorFormPage },
  { path: 'isian/impor', roles: OPERATORS, Page: ImportPage },
  { path: 'admin/impor', roles: ADMINS, Page: ImportPage },
  { path: 'skor', roles: EVALUATORS, Page: ScoreboardPage },
  { path: 'skor/kecamatan/:code?', roles: EVALUATORS, Page: KecamatanScorePage },
  { path: 'skor/kecamatan/:code/cetak', roles: EVALUATORS, Page: KecamatanPrintPage },
  { path: 'peta', roles: EVALUATORS, Page: MapPage },
  { path: 'jejak-audit', roles: EVERYONE, Page: AuditPage },
  { path: 'verifikasi', roles: EVALUATORS, Page: QueuePage },
  { path: 'admin/pengguna', roles: ADMINS, Page: UsersPage },
  { path: 'admin/periode', roles: ADMINS, Page: PeriodsPage },
  { path: 'admin/instrumen', roles: ADMINS, Page: InstrumentPage },
  { path: 'kata-sandi', roles: EVERYONE, Page: ChangePasswordPage },
  { path: 'notifikasi', roles: EVERYONE, Page: NotificationsPage },
];

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<RoleHomeRedirect />} />
        <Route path="masuk" element={<LoginPage />} />
        {GUARDED_ROUTES.map(({ path, roles, Page }) => (
          <Route
            key={path}
            path={path}
            element={
              <RequireRole roles={roles}>
                <Page />
              </RequireRole>
            }
          />
        ))}
        <Route path="dasbor" element={<Navigate to="/skor" replace />} />
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
