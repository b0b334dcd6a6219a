// The fake's OAuth 2.0 endpoints for the CLI's installed-app sign-in (`crm login`): the authorisation page, which
// consents at once and redirects to the loopback address with a code, and the token endpoint, which exchanges a
// code, or later a refresh token, for an access token the fake's APIs then accept.
//
// Shapes from https://developers.google.com/identity/protocols/oauth2/native-app (step 2: the authorisation
// request's client_id, redirect_uri, response_type=code, scope; step 4: redirect_uri?code=…; step 5: POST to the
// token endpoint with code, client_id, client_secret, redirect_uri, grant_type=authorization_code; the answer's
// access_token, expires_in, refresh_token, scope, token_type; "Refreshing an access token" with
// grant_type=refresh_token) and RFC 6749 §5.2 for the error answer ({"error": "invalid_client" | "invalid_grant",
// "error_description"}, 401 for a client that fails to authenticate, else 400). The descriptions are believed
// (public reports: "Unauthorized", "Bad Request", "Token has been expired or revoked.").
import crypto from 'node:crypto';
import type http from 'node:http';

/** An OAuth client of type "Desktop app" the fake knows, and the account that signs in through it. */
export interface FakeOAuthClient {
  secret: string;
  user: string;
}

export const AUTH_PATH = '/o/oauth2/v2/auth';
export const TOKEN_PATH = '/token';

class OAuthError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly error: string,
    description: string,
  ) {
    super(description);
  }
}

export class OAuthFake {
  private readonly codes = new Map<string, { clientId: string; redirectUri: string; scope: string }>();
  private readonly refreshTokens = new Map<string, { clientId: string; scope: string }>();
  /** Sign-ins refused at the consent screen ("access_denied"), for the test of a person who says no. */
  denyConsent = false;

  constructor(
    private readonly clients: Record<string, FakeOAuthClient>,
    /** Where issued access tokens go: the fake's APIs accept them (token → account). */
    private readonly accessTokens: Record<string, string>,
  ) {}

  /** Revokes a refresh token, as a person removing the app's access in their Google Account would. */
  revoke(refreshToken: string): void {
    this.refreshTokens.delete(refreshToken);
  }

  /** Refresh tokens issued and still valid. */
  get issued(): string[] {
    return [...this.refreshTokens.keys()];
  }

  /** Answers the authorisation page or the token endpoint; false when the path is neither. */
  handle(path: string, query: URLSearchParams, raw: string, res: http.ServerResponse): boolean {
    if (path === AUTH_PATH) {
      this.authorise(query, res);
      return true;
    }
    if (path !== TOKEN_PATH) return false;
    try {
      const answer = this.token(new URLSearchParams(raw));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(answer));
    } catch (e) {
      const err = e instanceof OAuthError ? e : new OAuthError(500, 'server_error', String(e));
      res.writeHead(err.httpStatus, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: err.error, error_description: err.message }));
    }
    return true;
  }

  /** The consent page: an unknown client gets Google's error page; otherwise a redirect with a code (or a refusal). */
  private authorise(q: URLSearchParams, res: http.ServerResponse): void {
    const clientId = q.get('client_id') ?? '';
    const redirectUri = q.get('redirect_uri') ?? '';
    const scope = q.get('scope') ?? '';
    if (!this.clients[clientId]) {
      res.writeHead(401, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<h1>Access blocked: authorisation error</h1><p>Error 401: invalid_client</p>');
      return;
    }
    if (
      !/^http:\/\/127\.0\.0\.1:\d+\//.test(redirectUri) ||
      q.get('response_type') !== 'code' ||
      scope === ''
    ) {
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<p>Error 400: invalid_request</p>');
      return;
    }
    const target = new URL(redirectUri);
    if (this.denyConsent) target.searchParams.set('error', 'access_denied');
    else {
      const code = `4/${crypto.randomBytes(12).toString('hex')}`;
      this.codes.set(code, { clientId, redirectUri, scope });
      target.searchParams.set('code', code);
      target.searchParams.set('scope', scope);
    }
    res.writeHead(302, { location: target.toString() });
    res.end();
  }

  private token(form: URLSearchParams): Record<string, unknown> {
    const clientId = form.get('client_id') ?? '';
    const client = this.clients[clientId];
    if (!client || client.secret !== form.get('client_secret'))
      throw new OAuthError(401, 'invalid_client', 'Unauthorized');
    const grant = form.get('grant_type');
    let scope: string;
    let refreshToken: string | undefined;
    if (grant === 'authorization_code') {
      const code = this.codes.get(form.get('code') ?? '');
      // A code is good once, for the client and redirect it was issued to.
      if (!code || code.clientId !== clientId || code.redirectUri !== form.get('redirect_uri'))
        throw new OAuthError(400, 'invalid_grant', 'Bad Request');
      this.codes.delete(form.get('code')!);
      scope = code.scope;
      refreshToken = `1//${crypto.randomBytes(16).toString('hex')}`;
      this.refreshTokens.set(refreshToken, { clientId, scope });
    } else if (grant === 'refresh_token') {
      const known = this.refreshTokens.get(form.get('refresh_token') ?? '');
      if (!known || known.clientId !== clientId)
        throw new OAuthError(400, 'invalid_grant', 'Token has been expired or revoked.');
      scope = known.scope;
    } else throw new OAuthError(400, 'unsupported_grant_type', `Invalid grant_type: ${grant}`);
    const accessToken = `ya29.${crypto.randomBytes(16).toString('hex')}`;
    this.accessTokens[accessToken] = client.user;
    return {
      access_token: accessToken,
      expires_in: 3599,
      scope,
      token_type: 'Bearer',
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
    };
  }
}
