import { APPLICANTS, type Applicant, advise, EIDS, type EId, type Method } from '../advisor/index.ts';
import { t } from '../shared/i18n.ts';
import { AdviceView } from './advice-view.tsx';
import { ChoiceGroup } from './choice-group.tsx';
import { applicantLabel, eidLabel } from './labels.ts';
import { LoginWays } from './login-ways.tsx';

export interface Answers {
  applicant?: Applicant;
  eid?: EId;
}

interface Props {
  /** Kept by the app, so the answers survive a visit to another section. */
  answers: Answers;
  onAnswer: (answers: Answers) => void;
  onRemember: (applicant: Applicant, method: Method) => void;
}

/** "How should I log in?": two questions, then the advice for that combination. */
export function AdvisorView({ answers, onAnswer, onRemember }: Props) {
  const { applicant, eid } = answers;
  const setApplicant = (value: Applicant) => onAnswer({ ...answers, applicant: value });
  const setEid = (value: EId) => onAnswer({ ...answers, eid: value });
  return (
    <section aria-labelledby="advisor-heading" data-view="advisor">
      <h2 id="advisor-heading">{t('advisor_heading')}</h2>
      <LoginWays />
      <p>{t('advisor_intro')}</p>
      <ChoiceGroup
        name="applicant"
        legend={t('advisor_question_applicant')}
        choices={APPLICANTS.map((value) => ({ value, label: applicantLabel(value) }))}
        value={applicant}
        onChange={setApplicant}
      />
      <ChoiceGroup
        name="eid"
        legend={t('advisor_question_eid')}
        choices={EIDS.map((value) => ({ value, label: eidLabel(value) }))}
        value={eid}
        onChange={setEid}
      />
      <div aria-live="polite">
        {applicant && eid ? (
          <AdviceView
            advice={advise(applicant, eid)}
            onRemember={(method) => onRemember(applicant, method)}
          />
        ) : (
          <p class="muted">{t('advisor_result_waiting')}</p>
        )}
      </div>
    </section>
  );
}
