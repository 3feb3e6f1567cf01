// The sandbox's sign-in page: pick a user, press Sign in. No password: it stands in for Entra's
// login so people can try the extension and Playwright can drive it (#username, #sign-in).
import type { ServerResponse } from 'node:http';
import { NAMED_USERS } from '../users';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The login page: form action, user to preselect, error line, and what the request asked for. */
export interface LoginPageOptions {
  action: string;
  /** User to preselect (from login_hint). */
  selected?: string;
  error?: string;
  /** What the request asked for, shown so a person knows why they are here. */
  clientId: string;
  prompt: string;
}

/**
 * The provider's login page (HTML, every value escaped): a choice of the named users (and the
 * preselected one), a Sign in button.
 */
export function renderLoginPage(options: LoginPageOptions): string {
  const users = [...NAMED_USERS];
  if (options.selected && !users.includes(options.selected as (typeof NAMED_USERS)[number])) {
    users.push(options.selected as (typeof NAMED_USERS)[number]);
  }
  const optionsHtml = users
    .map(
      (name) =>
        `<option value="${escapeHtml(name)}"${name === options.selected ? ' selected' : ''}>${escapeHtml(name)}@sandbox.test</option>`,
    )
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in - Reading Timeline sandbox</title>
<style>
body{font-family:system-ui,sans-serif;max-width:24rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}
label,select,button{display:block;width:100%;font-size:1rem}
select,button{margin-top:.5rem;padding:.5rem}
button{background:#0067b8;color:#fff;border:0;cursor:pointer}
#error{color:#a80000}
small{color:#555}
</style>
</head>
<body>
<h1>Sign in</h1>
<p><small>Local sandbox identity provider. Application: ${escapeHtml(options.clientId)}${options.prompt === 'select_account' ? ' (choose an account)' : ''}</small></p>
${options.error ? `<p id="error" role="alert">${escapeHtml(options.error)}</p>` : ''}
<form id="login-form" method="post" action="${escapeHtml(options.action)}">
<label for="username">Account</label>
<select id="username" name="username" autofocus>${optionsHtml}</select>
<button id="sign-in" type="submit">Sign in</button>
</form>
</body>
</html>`;
}

/** A page with a title and a message (HTML, both escaped). */
export function renderMessagePage(title: string, message: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto">
<h1>${escapeHtml(title)}</h1><p id="message">${escapeHtml(message)}</p></body></html>`;
}

/** The provider's "Sign out?" page around oidc-provider's own logout form. */
export function renderLogoutPage(form: string): string {
  // `form` is oidc-provider's own hidden form (id op.logoutForm) carrying the xsrf token.
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sign out - Reading Timeline sandbox</title></head>
<body style="font-family:system-ui,sans-serif;max-width:24rem;margin:3rem auto">
<h1>Sign out?</h1>${form}
<button id="sign-out" type="submit" form="op.logoutForm" value="yes" name="logout">Sign out</button>
<button id="stay-signed-in" type="submit" form="op.logoutForm">Stay signed in</button>
</body></html>`;
}

/** Sends a sign-in page (`html`) with `status`, never cached, and no script allowed to run. */
export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    // The pages have no scripts; forbid them outright. No form-action: Chromium applies it to the
    // redirect chain after the POST, which ends at the extension's chromiumapp.org URL.
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(html);
}
