import { render } from 'preact';
import '../ui/theme.css';
import '../ui/verdict.css';
import './popup.css';
import { uiDirection, uiLanguage } from '../shared/i18n.ts';
import { App } from './app.tsx';
import { restoreLanguage } from './choose-language.ts';

restoreLanguage().then(() => {
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = uiDirection();
  const app = document.getElementById('app');
  if (app) render(<App />, app);
});
