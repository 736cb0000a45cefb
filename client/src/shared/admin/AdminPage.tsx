import type { ReactNode } from 'react';

/** An admin page: its title and introduction, a notice of the last change, then its content. */
export function AdminPage({
  title,
  intro,
  notice,
  noticeTestId,
  children,
}: {
  title: string;
  intro: string;
  notice?: string | null;
  noticeTestId?: string;
  children: ReactNode;
}) {
  return (
    <div className="users-page">
      <div className="page-heading">
        <h1>{title}</h1>
        <p className="page-subtitle">{intro}</p>
      </div>
      {notice && (
        <p className="page-note" role="status" data-testid={noticeTestId}>
          {notice}
        </p>
      )}
      {children}
    </div>
  );
}
