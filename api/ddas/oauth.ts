import { createHmac } from 'node:crypto';
import OAuth2Server from '@node-oauth/oauth2-server';
import { jwtVerify, SignJWT } from 'jose';
import type { DdasClients } from './clients';

/**
 * OAuth 2.0 client credentials for DDAS-SHV (the yaml's security scheme, scope `read`), by @node-oauth/oauth2-server:
 * it parses and checks the token request and the bearer token; this model only says who the clients are and mints
 * the token. Tokens are short JWTs (HS256, key derived from the API secret), so every API replica accepts them.
 */
export const DDAS_SCOPE = 'read';
const TOKEN_SECONDS = 3600;

export interface DdasPrincipal {
  clientId: string;
  gemeenten: string[];
}

export function ddasOAuthServer(clients: DdasClients, apiSecret: string): OAuth2Server {
  const key = createHmac('sha256', apiSecret).update('ddas-access-token').digest();
  const clientOf = (id: string) => {
    const c = clients.byId(id);
    return c && { id: c.clientId, grants: ['client_credentials'], gemeenten: c.gemeenten };
  };
  const model: OAuth2Server.ClientCredentialsModel = {
    async getClient(clientId, clientSecret) {
      return clients.authenticate(clientId, clientSecret) ? clientOf(clientId) : false;
    },
    async getUserFromClient(client) {
      return { clientId: client.id };
    },
    async validateScope(_user, _client, scope) {
      if (!scope?.length) return [DDAS_SCOPE];
      return scope.every((s) => s === DDAS_SCOPE) ? scope : false;
    },
    async generateAccessToken(client, _user, scope) {
      return new SignJWT({ scope: scope.join(' ') })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(client.id)
        .setAudience('ddas-shv')
        .setIssuedAt()
        .setExpirationTime(`${TOKEN_SECONDS}s`)
        .sign(key);
    },
    async saveToken(token, client, user) {
      return { ...token, client, user };
    },
    async getAccessToken(accessToken) {
      try {
        const { payload } = await jwtVerify(accessToken, key, {
          audience: 'ddas-shv',
          algorithms: ['HS256'],
        });
        const client = clientOf(payload.sub ?? '');
        if (!client) return false;
        return {
          accessToken,
          accessTokenExpiresAt: new Date((payload.exp ?? 0) * 1000),
          scope: String(payload.scope ?? '')
            .split(' ')
            .filter(Boolean),
          client,
          user: { clientId: client.id },
        };
      } catch {
        return false;
      }
    },
    async verifyScope(token, scope) {
      return scope.every((s) => token.scope?.includes(s));
    },
  };
  return new OAuth2Server({
    model,
    accessTokenLifetime: TOKEN_SECONDS,
    allowBearerTokensInQueryString: false,
  });
}
