import type { Browser } from 'wxt/browser';

// Code passed to worker.evaluate() runs in the extension's service worker, where `chrome` exists.
declare global {
  const chrome: typeof Browser;
}
