import { sendSyncMessage } from '../platform/runtime-messages';

/**
 * Asks the background to push the outbox now, so a note or enrolment reaches the server in
 * seconds rather than at the next scheduled sync. Fire and forget: the write is already safe
 * in the outbox, and the footer reports sync errors.
 */
export function requestPush(): void {
  void sendSyncMessage({ type: 'sync/push' });
}
