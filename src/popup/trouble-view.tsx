import { t } from '../shared/i18n.ts';
import { ExternalLink } from './external-link.tsx';
import { TroubleTopic } from './trouble-topic.tsx';
import type { ViewId } from './views.ts';

/** Why logging in or creating an account fails, in UDI's own words, with the next step for each case. */
export function TroubleView({ onOpen }: { onOpen: (view: ViewId) => void }) {
  const udiLink = <ExternalLink href={t('trouble_link_udi_url')}>{t('trouble_link_udi')}</ExternalLink>;
  return (
    <section aria-labelledby="trouble-heading" data-view="trouble">
      <h2 id="trouble-heading">{t('trouble_heading')}</h2>
      <p>{t('trouble_intro')}</p>
      <TroubleTopic id="create" summary={t('trouble_create_summary')}>
        <p>{t('trouble_create_body')}</p>
        <ul>
          <li>{t('trouble_rule_length')}</li>
          <li>{t('trouble_rule_upper')}</li>
          <li>{t('trouble_rule_lower')}</li>
          <li>{t('trouble_rule_digit')}</li>
        </ul>
        <p>{t('trouble_create_refused')}</p>
        <button type="button" class="primary" onClick={() => onOpen('check')}>
          {t('trouble_create_check')}
        </button>
      </TroubleTopic>
      <TroubleTopic id="error" summary={t('trouble_error_summary')}>
        <p>{t('trouble_error_intro')}</p>
        <ol>
          <li>{t('trouble_error_browser')}</li>
          <li>{t('trouble_error_device')}</li>
          <li>{t('trouble_error_reset')}</li>
          <li>{t('trouble_error_new_account')}</li>
          <li>{t('trouble_error_support')}</li>
        </ol>
        <p>{udiLink}</p>
      </TroubleTopic>
      <TroubleTopic id="lost" summary={t('trouble_lost_summary')}>
        <p>{t('trouble_lost_same_way')}</p>
        <p>{t('trouble_lost_switch')}</p>
        <p>{t('trouble_lost_no_move')}</p>
        <button type="button" class="primary" onClick={() => onOpen('memo')}>
          {t('trouble_lost_memo')}
        </button>
        <p>{udiLink}</p>
      </TroubleTopic>
      <TroubleTopic id="idporten" summary={t('trouble_idporten_summary')}>
        <p>{t('trouble_idporten_body')}</p>
        <p>{t('trouble_idporten_level')}</p>
        <p>
          <ExternalLink href={t('trouble_link_digdir_url')}>{t('trouble_link_digdir')}</ExternalLink>
        </p>
      </TroubleTopic>
    </section>
  );
}
