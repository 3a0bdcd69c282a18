import type { Context } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

// The admin page's frame: plain server-rendered HTML, every value escaped by hono/html's
// template (remote data is text, never markup), one stylesheet, no script at all.

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const NAV = [
  ['reps', 'Reps'],
  ['access', 'Invitations & keys'],
  ['ingestion', 'Ingestion'],
  ['workspace', 'Workspace'],
  ['audit', 'Audit log'],
] as const;

export type Section = (typeof NAV)[number][0];

/** No script may run, nothing may frame the page, forms post only here. */
export function secureHeaders(c: Context) {
  c.header(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  );
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'same-origin');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Cache-Control', 'no-store');
}

const frame = (title: string, nav: Html | string, body: Html) => html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Sync server admin</title>
<link rel="stylesheet" href="/admin/style.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top"><span class="brand">Sync server admin</span>${nav}</header>
<main id="main" tabindex="-1">
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;

export function page(
  c: Context,
  opts: { title: string; section: Section; csrf: string; email: string; status?: number },
  body: Html,
) {
  secureHeaders(c);
  const nav = html`<nav aria-label="Admin sections"><ul>${NAV.map(
    ([id, label]) =>
      html`<li><a href="/admin/${id}"${id === opts.section ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul></nav>
<form method="post" action="/admin/logout" class="signout">${csrfField(opts.csrf)}<span>${opts.email}</span> <button type="submit">Sign out</button></form>`;
  return c.html(frame(opts.title, nav, body), (opts.status ?? 200) as ContentfulStatusCode);
}

export const csrfField = (csrf: string) =>
  csrf ? html`<input type="hidden" name="csrf" value="${csrf}">` : '';

/** A page that only says why the request was refused. */
export function refusal(c: Context, status: number, message: string) {
  secureHeaders(c);
  return c.html(
    frame(
      status === 403 ? 'Not allowed' : 'Not signed in',
      '',
      html`<p role="alert">${message}</p><p><a href="/admin/login">Sign in</a></p>`,
    ),
    status as ContentfulStatusCode,
  );
}

/** A bare page (sign-in) with the same frame and no navigation. */
export function barePage(c: Context, title: string, body: Html, status = 200) {
  secureHeaders(c);
  return c.html(frame(title, '', body), status as ContentfulStatusCode);
}

export const when = (iso: string | null | undefined) =>
  iso ? html`<time datetime="${iso}">${iso.slice(0, 16).replace('T', ' ')} UTC</time>` : '—';

/** A notice shown once, after a create: the secret is in this answer and never again. */
export const shownOnce = (
  label: string,
  secret: string,
) => html`<section class="once" aria-labelledby="once-h">
<h2 id="once-h">${label}</h2>
<p>Copy it now: it is shown only this once and cannot be displayed again.</p>
<p><output class="secret">${secret}</output></p>
</section>`;

export const errorList = (errors: string[]) =>
  errors.length
    ? html`<div role="alert" class="errors"><p>Nothing was saved:</p><ul>${errors.map((e) => html`<li>${e}</li>`)}</ul></div>`
    : '';
