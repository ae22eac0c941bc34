import { useTranslation } from 'react-i18next';
import type { Schema } from '../../api/types.js';
import { Tag } from '../../components/notice.js';

/** Blocked / e-mail not confirmed / active, in words with a colour. */
export function AccountStatus({ user }: { user: Pick<Schema<'AdminAccount'>, 'blocked' | 'emailConfirmed'> }) {
  const { t } = useTranslation();
  if (user.blocked) return <Tag kind="error">{t('admin.statusBlocked')}</Tag>;
  if (!user.emailConfirmed) return <Tag kind="warning">{t('admin.statusUnconfirmed')}</Tag>;
  return <Tag kind="success">{t('admin.statusActive')}</Tag>;
}
