import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n.ts';

/**
 * A plain link to an outside page, opened in a new tab; nothing is fetched by the popup itself. Addresses
 * come from the locale files, so anything but https (a translator's slip) is shown as text, not a link.
 */
export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  if (!href.startsWith('https://')) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="sr-only"> {t('popup_new_tab')}</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
