/** Wires CRM detection messages from content scripts to matching and per-tab state. */
export function registerDetection(): void {}
