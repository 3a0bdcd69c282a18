/** Shown once, when a fresh install opens the settings page: what the extension does, where to start. */
export function OptionsWelcome() {
  return (
    <section className="options-card options-welcome" aria-labelledby="options-welcome-title">
      <h2 id="options-welcome-title">Welcome to User Page for CRM</h2>
      <p>
        Open a contact in your CRM and the side panel shows that person’s product usage: their type,
        activity and notes.
      </p>
      <p>
        Until you connect your own data, the panel shows the <strong>demo workspace</strong>:
        made-up people to try it with. When you are ready, connect your own data under{' '}
        <a href="#section-connection">Connection</a> (a sync server or a CSV import).
      </p>
    </section>
  );
}
