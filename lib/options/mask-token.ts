/** How a saved token is shown: never in full, only its last four characters. */
export function maskToken(token: string): string {
  const tail = token.length > 8 ? token.slice(-4) : '';
  return tail ? `•••• ${tail}` : '••••';
}
