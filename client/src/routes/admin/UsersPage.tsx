import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../app/PageStatus';
import { UsersDocument } from '../../features/account/account.documents';
import { ApiTokensSection } from '../../features/account/ApiTokensSection';
import { UserForm } from '../../features/account/UserForm';
import { UserRowActions } from '../../features/account/UserRowActions';
import { formatDateTime } from '../../shared/format';
import '../../features/account/account.css';

type Editing = { mode: 'none' } | { mode: 'create' } | { mode: 'edit'; id: string };

/** Admin: the user accounts (Pengguna), creating, editing, (de)activating and resetting passwords; the integrators' API tokens. */
export function UsersPage() {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(UsersDocument);
  const [editing, setEditing] = useState<Editing>({ mode: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  if (!data) {
    if (error) {
      return (
        <div className="page-message" role="alert">
          <p>{t('errors.network')}</p>
          <button type="button" className="button" onClick={() => void refetch()}>
            {t('common.retry')}
          </button>
        </div>
      );
    }
    return <PageLoading />;
  }
  const editedUser = editing.mode === 'edit' ? data.users.find((u) => u.id === editing.id) : undefined;
  return (
    <div className="users-page">
      <div className="page-heading">
        <h1>{t('account.title')}</h1>
        <p className="page-subtitle">{t('account.intro')}</p>
      </div>
      {notice && (
        <p className="page-note" role="status" data-testid="users-notice">
          {notice}
        </p>
      )}
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
      <div className="table-scroll">
        <table className="users-table" data-testid="users-table">
          <caption className="visually-hidden">{t('account.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('account.username')}</th>
              <th scope="col">{t('account.displayName')}</th>
              <th scope="col">{t('account.role')}</th>
              <th scope="col">{t('account.kecamatan')}</th>
              <th scope="col">{t('account.status')}</th>
              <th scope="col">{t('account.lastLogin')}</th>
              <th scope="col">{t('account.actions')}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
      <ApiTokensSection integrators={data.users.filter((u) => u.role === 'INTEGRATOR')} />
    </div>
  );
}

export default UsersPage;
