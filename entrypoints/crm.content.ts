import { CRM_MATCHES } from '@/lib/crm/hosts';

export default defineContentScript({
  matches: [...CRM_MATCHES],
  runAt: 'document_idle',
  main() {
    document.documentElement.setAttribute('data-user-page-ready', '');
  },
});
