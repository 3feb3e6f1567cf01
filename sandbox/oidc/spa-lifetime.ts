// Entra's fixed lifetime for refresh tokens issued to single-page-app redirect URIs, and its answer
// once one has run out: `invalid_grant` with AADSTS700084 (Microsoft identity platform, "Refresh
// token lifetime": 24 hours for SPAs, not extended by rotation). The sandbox answers the same way
// so the extension's silent re-authorisation is tested against what Entra really sends.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAllowedOrigin } from './registration';

/** A duration as .NET's TimeSpan prints it in Entra's messages: `1.00:00:00`, `00:00:08`. */
export function entraTimeSpan(totalSeconds: number): string {
  const whole = Math.max(0, Math.floor(totalSeconds));
  const days = Math.floor(whole / 86_400);
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = `${pad(Math.floor((whole % 86_400) / 3600))}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`;
  return days > 0 ? `${String(days)}.${clock}` : clock;
}

/**
 * The token endpoint's JSON body for an expired SPA refresh token, shaped as Entra's (error,
 * error_description starting with the AADSTS code, error_codes, timestamp, trace and correlation
 * ids). `issuedAtSec`: the refresh token's first issue (epoch seconds); `lifetimeSec`: its fixed
 * lifetime.
 */
export function expiredSpaRefreshTokenBody(
  issuedAtSec: number,
  lifetimeSec: number,
  now: Date,
): Record<string, unknown> {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const issued = new Date(issuedAtSec * 1000).toISOString();
  return {
    error: 'invalid_grant',
    error_description:
      `AADSTS700084: The refresh token was issued to a single page app (SPA), and therefore has a ` +
      `fixed, limited lifetime of ${entraTimeSpan(lifetimeSec)}, which cannot be extended. It is ` +
      `now expired and a new sign in request must be sent by the SPA to the sign in page. The ` +
      `token was issued on ${issued}. Trace ID: ${traceId} Correlation ID: ${correlationId} ` +
      `Timestamp: ${now.toISOString()}`,
    error_codes: [700084],
    timestamp: now.toISOString(),
    trace_id: traceId,
    correlation_id: correlationId,
  };
}

/** Sends `body` as a 400 token-endpoint answer, readable by the extension's origin (CORS). */
export function sendTokenError(
  req: IncomingMessage,
  res: ServerResponse,
  body: Record<string, unknown>,
): void {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  };
  const origin = req.headers.origin;
  if (origin !== undefined && isAllowedOrigin(origin)) {
    headers['Access-Control-Allow-Origin'] = origin;
    headers.Vary = 'Origin';
  }
  res.writeHead(400, headers);
  res.end(JSON.stringify(body));
}
