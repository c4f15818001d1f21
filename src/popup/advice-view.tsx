import type { Advice, Method } from '../advisor/index.ts';
import { t, tm } from '../shared/i18n.ts';
import type { Message } from '../shared/message-key.ts';
import { methodLabel } from './labels.ts';

interface Props {
  advice: Advice;
  onRemember: (method: Method) => void;
}

/**
 * The advisor's answer: the method, worded as strongly as UDI words it ("You must…" for a rule, "UDI
 * recommends…" for a recommendation), whether the other is allowed, then why, what it means, and warnings.
 */
export function AdviceView({ advice, onRemember }: Props) {
  const { other } = advice;
  return (
    <article
      class="advice"
      data-rule={advice.rule}
      data-strength={advice.strength}
      data-recommended={advice.recommended}
    >
      <h3>{t('advisor_result_heading')}</h3>
      <p class="recommended">{t(`advisor_method_${advice.strength}`, methodLabel(advice.recommended))}</p>
      <p class="other" data-allowed={String(other.allowed)}>
        <strong>
          {t(
            other.allowed ? 'advisor_other_allowed' : 'advisor_other_not_allowed',
            methodLabel(other.method),
          )}
        </strong>{' '}
        {tm(other.why)}
      </p>
      <Section heading={t('advisor_reasons_heading')} messages={advice.reasons} />
      <Section heading={t('advisor_consequences_heading')} messages={advice.consequences} />
      <div class="notice">
        <Section heading={t('advisor_warnings_heading')} messages={advice.warnings} />
      </div>
      <button type="button" class="secondary" onClick={() => onRemember(advice.recommended)}>
        {t('memo_remember')}
      </button>
    </article>
  );
}

function Section({ heading, messages }: { heading: string; messages: readonly Message[] }) {
  return (
    <>
      <h4>{heading}</h4>
      <ul>
        {messages.map((message) => (
          <li key={message.key}>{tm(message)}</li>
        ))}
      </ul>
    </>
  );
}
