import { t } from '../shared/i18n.ts';

/**
 * Always shown above the advisor's questions, before any answer: the two ways to log in and the fact that
 * loses applications (they are separate accounts). A real heading and list, so screen readers find it too.
 */
export function LoginWays() {
  return (
    <div class="ways" data-intro="login-ways">
      <h3>{t('advisor_ways_heading')}</h3>
      <ul>
        <li>{t('advisor_ways_idporten')}</li>
        <li>{t('advisor_ways_email')}</li>
      </ul>
      <p>
        <strong>{t('advisor_ways_separate')}</strong>
      </p>
    </div>
  );
}
