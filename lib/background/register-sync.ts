/** Wires the sync engine to alarms, install/start-up and "sync now" messages. */
export function registerSync(): void {}
