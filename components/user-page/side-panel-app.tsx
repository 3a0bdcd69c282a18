export function SidePanelApp() {
  return (
    <main>
      <h1>User page</h1>
    </main>
  );
}
