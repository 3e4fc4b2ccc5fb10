import { SignJWT } from 'jose';
import { DEVELOPMENT_ISSUER, type DevelopmentKey } from './development-key.ts';
import type { Persona } from './personas.ts';
import { COUNCIL_CLAIM, ROLES_CLAIM } from './token-claims.ts';

/** A short-lived development token for a persona, signed with the local development key. */
export async function signDevelopmentToken(
  key: DevelopmentKey,
  persona: Persona,
  audience: string,
  lifetime = '1h',
): Promise<string> {
  return new SignJWT({
    [COUNCIL_CLAIM]: persona.councilId,
    [ROLES_CLAIM]: [...persona.roles],
    name: persona.name,
  })
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject(persona.subject)
    .setIssuer(DEVELOPMENT_ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .sign(key.privateKey);
}
