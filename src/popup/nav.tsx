import { t } from '../shared/i18n.ts';
import { VIEWS, type ViewId } from './views.ts';

/** The popup's sections as a row of buttons; the current one is marked with aria-current, not colour alone. */
export function Nav({ current, onSelect }: { current: ViewId; onSelect: (view: ViewId) => void }) {
  return (
    <nav aria-label={t('popup_nav_label')}>
      <ul class="nav">
        {VIEWS.map((view) => (
          <li key={view}>
            <button
              type="button"
              data-view={view}
              aria-current={view === current ? 'page' : undefined}
              onClick={() => onSelect(view)}
            >
              {t(`popup_nav_${view}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
