import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-browser';

/** The token endpoint's answer to the code redemption, as MSAL received it. */
export interface CapturedTokenResponse {
  tokenEndpoint: string;
  refreshToken: string;
  /** Seconds, when the provider says (Entra: refresh_token_expires_in for SPA apps). */
  refreshTokenExpiresIn?: number;
}

/** The identity provider could not be reached, or answered with something that is not OAuth. */
export class ProviderUnavailableError extends Error {
  constructor(
    readonly url: string,
    readonly status: number | undefined,
    cause?: unknown,
  ) {
    super(
      status === undefined
        ? `Could not reach ${new URL(url).origin}.`
        : `${new URL(url).origin} answered ${String(status)} with no usable response.`,
      { cause },
    );
    this.name = 'ProviderUnavailableError';
  }
}

/**
 * MSAL's network module, plain fetch, that also keeps the refresh token of the token response.
 * MSAL never hands its refresh token to the application, and its browser cache cannot outlive the
 * page (since v4 it is encrypted with a session-cookie key that extension pages lose); the
 * background needs that token to renew access silently, so it is taken here, from the one response
 * that carries it, and handed to the worker's encrypted store. MSAL's behaviour is unchanged.
 */
export function createCapturingNetworkModule(
  onToken: (captured: CapturedTokenResponse) => void,
): INetworkModule {
  async function call<T>(
    method: 'GET' | 'POST',
    url: string,
    options?: NetworkRequestOptions,
  ): Promise<NetworkResponse<T>> {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: options?.headers ?? {},
        // A POST carries the code and PKCE verifier: never re-sent where a 307/308 points.
        ...(method === 'POST' ? { body: options?.body ?? '', redirect: 'error' as const } : {}),
      });
    } catch (error) {
      throw new ProviderUnavailableError(url, undefined, error);
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw new ProviderUnavailableError(url, response.status, error);
    }
    if (method === 'POST' && response.ok && typeof body === 'object' && body !== null) {
      const bag = body as Record<string, unknown>;
      if (typeof bag.refresh_token === 'string' && bag.refresh_token !== '') {
        const expires = Number(bag.refresh_token_expires_in);
        onToken({
          tokenEndpoint: url.split('?')[0] ?? url,
          refreshToken: bag.refresh_token,
          ...(Number.isFinite(expires) && expires > 0 ? { refreshTokenExpiresIn: expires } : {}),
        });
      }
    }
    return { headers, body: body as T, status: response.status };
  }
  return {
    sendGetRequestAsync: (url, options) => call('GET', url, options),
    sendPostRequestAsync: (url, options) => call('POST', url, options),
  };
}
