/**
 * The organisation relay's delivery status in words (options page, Organisation section). Pure:
 * time comes in as `now`; text from the catalog.
 */
import { t } from '../../i18n/i18n';
import type { OrganisationOverview } from '../../messaging/contract';
import { formatFullDate, formatWhen } from '../format';

/**
 * A failed delivery's code (src/organisation/relay-runner.ts: `network`, `timeout`, `clientError`,
 * `unknown`, else the relay's own error code) in plain words; an unknown relay code is named
 * after the words, for whoever runs the relay.
 */
export function relayErrorInWords(code: string): string {
  switch (code) {
    case 'network':
      return t('org_error_network');
    case 'timeout':
      return t('org_error_timeout');
    case 'clientError':
    case 'unknown':
      return t('org_error_client');
    default:
      return t('org_error_refused', code);
  }
}

/**
 * The status line: reads waiting, reads delivered (the last one's full date), and a failure with
 * its next try relative to `now` ("in 1 minute"), since a retry is minutes away, not days.
 */
export function relayStatusText(
  status: OrganisationOverview['status'],
  now: number,
  locale: string,
): string {
  const lines: string[] = [];
  if (status.queued > 0) lines.push(t('org_status_queued', String(status.queued)));
  if (status.lastDeliveredAt !== undefined) {
    lines.push(
      t('org_status_delivered', [
        String(status.delivered),
        formatFullDate(status.lastDeliveredAt, locale),
      ]),
    );
  }
  if (status.lastError && status.notBefore !== undefined && status.attempt > 0) {
    lines.push(
      t('org_status_error', [
        relayErrorInWords(status.lastError.code),
        formatWhen(Math.max(status.notBefore, now), now, locale),
      ]),
    );
  }
  return lines.join(' ');
}
