import { useLayoutEffect, useState } from 'preact/hooks';
import type { Applicant, Method } from '../advisor/index.ts';
import { t, uiDirection, uiLanguage } from '../shared/i18n.ts';
import type { EntryDraft } from '../stored/memo.ts';
import { AdvisorView, type Answers } from './advisor-view.tsx';
import { CheckerView } from './checker-view.tsx';
import { HostAccess } from './host-access.tsx';
import { MemoView } from './memo-view.tsx';
import { Nav } from './nav.tsx';
import { SettingsView } from './settings-view.tsx';
import { StorageNotice } from './storage-notice.tsx';
import { TroubleView } from './trouble-view.tsx';
import { type ViewId, viewFromUrl } from './views.ts';

/** The popup: a heading, the section buttons, notices that concern every section, and one section. */
export function App({ initialView = viewFromUrl() }: { initialView?: ViewId }) {
  const [view, setView] = useState<ViewId>(initialView);
  // Every component reads t() as it renders: a new language re-renders the whole tree from here.
  const [language, setLanguage] = useState(uiLanguage);
  useLayoutEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = uiDirection();
    document.title = t('extName');
  }, [language]);
  const [prefill, setPrefill] = useState<Partial<EntryDraft>>();
  const [answers, setAnswers] = useState<Answers>({});

  const open = (next: ViewId) => {
    setPrefill(undefined);
    setView(next);
  };
  const remember = (applicant: Applicant, method: Method) => {
    setPrefill({ applicant, method });
    setView('memo');
  };

  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <Nav current={view} onSelect={open} />
      <HostAccess />
      <StorageNotice />
      {view === 'advisor' && <AdvisorView answers={answers} onAnswer={setAnswers} onRemember={remember} />}
      {view === 'trouble' && <TroubleView onOpen={open} />}
      {view === 'check' && <CheckerView />}
      {view === 'memo' && <MemoView prefill={prefill} />}
      {view === 'settings' && <SettingsView onLanguage={() => setLanguage(uiLanguage())} />}
    </main>
  );
}
