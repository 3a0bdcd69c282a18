import { defineConfig } from 'wxt';
import { buildOutDir } from './lib/domain/build-out-dir';
import { CRM_MATCHES, CRMS, OPT_IN_SITES } from './lib/domain/crms';

// Firefox: the oldest ESR still supported (140, also the first with the data-consent keys).
// Nothing leaves the browser until the user connects a sync server of their own; only then do
// notes, edits about people and the API token go to that server, after Firefox asks (the
// optional data permissions are requested with the server's origin, lib/platform/permissions).
const GECKO = {
  id: 'user-page@example.com',
  strict_min_version: '140.0',
  data_collection_permissions: {
    required: ['none'],
    optional: ['personallyIdentifyingInfo', 'personalCommunications', 'authenticationInfo'],
  },
};

/**
 * The pages a content script runs on: its CRM's, or every CRM's for the shared relay. Opt-in
 * sites get none here (WXT would turn them into install-time host permissions): they are
 * registered at run time once the rep turns them on.
 */
function siteMatches(name: string): readonly string[] {
  if (name in CRMS) return CRMS[name as keyof typeof CRMS].matches;
  if (name in OPT_IN_SITES) return [];
  if (name === 'crm-location') return CRM_MATCHES;
  throw new Error(`content script ${name}: no site of that name in lib/domain/crms.ts`);
}

// The manifest is generated: one source for Chrome (MV3 side panel) and Firefox (MV3 with a
// sidebar_action; why MV3 for Firefox: README, "Firefox").
export default defineConfig({
  // A separate output folder lets parallel builds (e.g. benchmarks beside tests) not collide.
  outDir: buildOutDir(process.env.WXT_OUT_DIR, '.output'),
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // Each site has its own content script named by its id (its reader over a shared core),
    // run on that site's pages only; the MAIN-world location relay runs on every site. The
    // patterns are set here rather than in the entrypoints so they are not bundled into the
    // content scripts (each held to 24 KB).
    'entrypoints:resolved'(_wxt, entrypoints) {
      for (const entrypoint of entrypoints)
        if (entrypoint.type === 'content-script')
          entrypoint.options.matches = [...siteMatches(entrypoint.name)];
    },
  },
  // WXT builds Firefox as MV2 by default, which drops optional_host_permissions and has no
  // `action`; both browsers get the same MV3 manifest instead.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'User Page for CRM',
    description:
      "See a CRM contact's product usage, user type, notes and cadences in a side panel.",
    permissions: [
      'storage',
      'alarms',
      'unlimitedStorage',
      'notifications', // home: alerts on pinned accounts after a sync
      'scripting', // opt-in sites: their content scripts are registered when the rep turns them on
      'identity', // sign-in with the team's identity provider (launchWebAuthFlow) for a sync server
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
          // Firefox for Android reads the data-consent keys from 142 on.
          browser_specific_settings: {
            gecko: GECKO,
            gecko_android: { strict_min_version: '142.0' },
          },
          // Firefox's default MV3 policy adds upgrade-insecure-requests, which silently turns a
          // team's http:// sync server into an https:// address that does not answer. The
          // same policy minus that upgrade, as in Chrome.
          content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
        }
      : {}),
  }),
});
