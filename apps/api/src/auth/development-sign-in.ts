import type { DevelopmentSignIn } from '../http-server.ts';
import type { DevelopmentKey } from './development-key.ts';
import { signDevelopmentToken } from './development-token.ts';
import { findPersona, PERSONAS } from './personas.ts';

/** Persona sign-in for development and the demo: the persona list and a token per persona. */
export function createDevelopmentSignIn(key: DevelopmentKey, audience: string): DevelopmentSignIn {
  return {
    personas: () =>
      PERSONAS.map(({ key: personaKey, name, title }) => ({ key: personaKey, name, title })),
    token: async (personaKey) => {
      const persona = findPersona(personaKey);
      return persona ? signDevelopmentToken(key, persona, audience) : null;
    },
  };
}
