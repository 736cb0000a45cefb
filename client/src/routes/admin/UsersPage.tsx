import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '../../app/PageStatus';
import { UsersDocument } from '../../features/account/account.documents';
import { ApiTokensSection } from '../../features/account/ApiTokensSection';
import { UserForm } from '../../features/account/UserForm';
import { UserRowActions } from '../../features/account/UserRowActions';
import { formatDateTime } from '../../shared/format';
import '../../features/account/account.css';
import { AdminPage } from '../../shared/admin/AdminPage';
import { AdminTable } from '../../shared/admin/AdminTable';

type Editing = { mode: 'none' } | { mode: 'create' } | { mode: 'edit'; id: string };

/** Admin: the user accounts (Pengguna), creating, editing, (de)activating and resetting passwords; the integrators' API tokens. */
export function UsersPage() {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(UsersDocument);
  const [editing, setEditing] = useState<Editing>({ mode: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  if (!data) return error ? <PageError onRetry={() => void refetch()} /> : <PageLoading />;
  const editedUser = editing.mode === 'edit' ? data.users.find((u) => u.id === editing.id) : undefined;
  return (
    <AdminPage title={t('account.title')} intro={t('account.intro')} notice={notice} noticeTestId="users-notice">
      {editing.mode === 'none' && (
        <button
          type="button"
          className="button button--primary"
          onClick={() => setEditing({ mode: 'create' })}
          data-testid="create-user"
        >
          {t('account.createButton')}
        </button>
      )}
      {(editing.mode === 'create' || editedUser) && (
        <UserForm
          key={editedUser?.id ?? 'new'}
          user={editedUser}
          kecamatans={data.kecamatans}
          onCancel={() => setEditing({ mode: 'none' })}
          onDone={(saved) => {
            setNotice(
              editing.mode !== 'create'
                ? t('account.saved', { username: saved.username })
                : saved.role === 'INTEGRATOR'
                  ? t('account.integratorCreated', { username: saved.username })
                  : t('account.created', { username: saved.username }),
            );
            setEditing({ mode: 'none' });
          }}
        />
      )}
      <AdminTable
        caption={t('account.title')}
        testId="users-table"
        columns={[
          t('account.username'),
          t('account.displayName'),
          t('account.role'),
          t('account.kecamatan'),
          t('account.status'),
          t('account.lastLogin'),
          t('account.actions'),
        ]}
      >
        {data.users.map((user) => (
          <tr
            key={user.id}
            data-testid={`user-row-${user.username}`}
            className={user.active ? undefined : 'user-row--inactive'}
          >
            <th scope="row" data-label={t('account.username')}>
              {user.username}
            </th>
            <td data-label={t('account.displayName')}>{user.displayName}</td>
            <td data-label={t('account.role')}>{t(`role.${user.role}`)}</td>
            <td data-label={t('account.kecamatan')}>{user.kecamatan ? user.kecamatan.name : '—'}</td>
            <td data-label={t('account.status')}>
              {user.active ? t('account.active') : t('account.inactive')}
              {user.mustChangePassword && <span className="user-flag"> · {t('account.mustChange')}</span>}
            </td>
            <td data-label={t('account.lastLogin')}>
              {user.lastLoginAt ? formatDateTime(user.lastLoginAt, i18n.language) : t('account.never')}
            </td>
            <td data-label={t('account.actions')}>
              <UserRowActions user={user} onEdit={() => setEditing({ mode: 'edit', id: user.id })} />
            </td>
          </tr>
        ))}
      </AdminTable>
      <ApiTokensSection integrators={data.users.filter((u) => u.role === 'INTEGRATOR')} />
    </AdminPage>
  );
}

export default UsersPage;
