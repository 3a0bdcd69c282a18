import { defineConfig } from 'wxt';
import { CRM_MATCHES } from './lib/crm/hosts';

// The manifest is generated: one source for Chrome (MV3 side panel) and Firefox (sidebar_action).
export default defineConfig({
  // A separate output folder lets parallel builds (e.g. benchmarks beside tests) not collide.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'User Page for CRM',
    description:
      "See a CRM contact's product usage, user type, notes and cadences in a side panel.",
    permissions: [
      'storage',
      'alarms',
      'unlimitedStorage',
      'notifications', // home: alerts on pinned accounts after a sync
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Local servers are allowed up front so a team can run the sync server on its own machine;
    // any other server origin is asked for at run time.
    host_permissions: [...CRM_MATCHES, 'http://localhost/*', 'http://127.0.0.1/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Open the user page' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+U' },
              description: 'Toggle the user page',
            },
          }
        : {
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+U' },
              description: 'Open the user page',
            },
          },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'user-page@example.com', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
