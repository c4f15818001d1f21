import { render } from 'preact';
import '../ui/theme.css';
import '../ui/verdict.css';
import './popup.css';
import './controls.css';
import './sections.css';
import { App } from './app.tsx';
import { restoreLanguage } from './choose-language.ts';

// App sets lang, dir and title for the language in use (restored before the first render).
restoreLanguage().then(() => {
  const app = document.getElementById('app');
  if (app) render(<App />, app);
});
