import { t } from '../shared/i18n.ts';

export function App() {
  document.title = t('extName');
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <p>{t('extDescription')}</p>
    </main>
  );
}
