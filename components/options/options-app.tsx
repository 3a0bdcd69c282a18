export function OptionsApp() {
  return (
    <main>
      <h1>Settings</h1>
    </main>
  );
}
