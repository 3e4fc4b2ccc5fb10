import { parseArgs } from 'node:util';
import { loadDevelopmentKey } from '../auth/development-key.ts';
import { signDevelopmentToken } from '../auth/development-token.ts';
import { findPersona, PERSONAS } from '../auth/personas.ts';
import { readEnvironment } from '../env.ts';

const { values } = parseArgs({
  options: { persona: { type: 'string', default: 'social-worker' } },
});
const persona = findPersona(values.persona);
if (!persona) {
  console.error(
    `Unknown persona "${values.persona}". Choose one of: ${PERSONAS.map((p) => p.key).join(', ')}`,
  );
  process.exit(2);
}
const env = readEnvironment();
if (env.NODE_ENV === 'production') {
  console.error('Development tokens are not accepted in production.');
  process.exit(2);
}
console.log(
  await signDevelopmentToken(await loadDevelopmentKey(), persona, env.OPENPB_JWT_AUDIENCE),
);
