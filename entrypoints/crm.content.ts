import { runCrmContent } from '@/lib/crm/content-main';
import { CRM_MATCHES } from '@/lib/crm/hosts';

export default defineContentScript({
  matches: [...CRM_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    document.documentElement.setAttribute('data-user-page-ready', '');
    ctx.onInvalidated(runCrmContent(window));
  },
});
