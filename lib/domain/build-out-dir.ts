/**
 * The build's output folder from `WXT_OUT_DIR`: unset, empty or blank means the default. An
 * empty value taken as given would build into the repository root (and tests would look for
 * the extension there).
 */
export function buildOutDir(value: string | undefined, fallback: string): string {
  return value?.trim() ? value : fallback;
}
