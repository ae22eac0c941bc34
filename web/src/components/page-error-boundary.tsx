import { Component, type ReactNode } from 'react';
import i18next from 'i18next';

/**
 * A page that throws while drawing (or whose code failed to download after a new release) shows the
 * "something went wrong, reload" message in place of the app rather than an empty page.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main id="main" className="container main">
        <p role="alert">{i18next.t('errors.unexpected')}</p>
        <p>
          <a href={window.location.href}>{i18next.t('common.retry')}</a>
        </p>
      </main>
    );
  }
}
