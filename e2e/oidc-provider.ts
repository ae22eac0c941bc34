import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** The provider's name as the server shows it on «Sign in with …». */
export const oidcName = 'Госуслуги';

/**
 * A real OpenID Connect provider for the browser journeys (oidc-provider with its development login
 * and consent pages, any login and password): the login typed is the subject; every person has a birth
 * date, a district and a confirmed e-mail `<login>@oidc.test`, except logins starting `unvouched`,
 * whose e-mail the provider does not vouch for.
 */
export async function startOidcProvider(baseURL: string): Promise<{ env: Record<string, string>; close: () => Promise<void> }> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const secret = 'gorod-e2e-oidc-secret';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'gorod-e2e',
        client_secret: secret,
        redirect_uris: [`${baseURL}/api/verification/oidc/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], profile: ['birthdate', 'district', 'name'], email: ['email', 'email_verified'] },
    pkce: { required: () => true },
    findAccount: (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: () => ({
        sub: id,
        name: 'Светлана Есина',
        birthdate: '1988-08-08',
        district: 'nevsky',
        email: `${id}@oidc.test`,
        email_verified: !id.startsWith('unvouched'),
      }),
    }),
  });
  server.on('request', provider.callback());
  return {
    env: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: 'gorod-e2e', OIDC_CLIENT_SECRET: secret, OIDC_NAME: oidcName },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
