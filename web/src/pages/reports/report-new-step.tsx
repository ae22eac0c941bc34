import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import { ErrorSummary, type FieldTargets } from '../../components/errors.js';
import { PageHeading } from '../../components/page.js';

/** A step's frame: the error summary, the question as the heading, the form and "Continue". */
export function StepForm({
  title,
  lead,
  error,
  targets,
  codeFields,
  onSubmit,
  children,
  action,
}: {
  title: string;
  lead?: ReactNode;
  error: ApiError | null;
  targets: FieldTargets;
  codeFields?: Record<string, string>;
  onSubmit(e: FormEvent): void;
  children: ReactNode;
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorSummary error={error} targets={targets} codeFields={codeFields} />
      <form onSubmit={onSubmit} noValidate>
        <PageHeading>{title}</PageHeading>
        {lead ? <p className="lead">{lead}</p> : null}
        {children}
        {action ?? (
          <button type="submit" className="button">
            {t('newReport.continue')}
          </button>
        )}
      </form>
    </>
  );
}
