import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sign, WebhookSignatureError, webhooks } from './webhooks.ts';

const SECRET = 'whsec_test_0123456789abcdef';
const body = JSON.stringify({
  id: '01938a3c-0000-7000-8000-000000000001',
  type: 'delegation.revoked',
  version: 1,
  occurredAt: '2026-12-02T06:00:00.000Z',
  council: 'Q291bmNpbDox',
  data: { subject: 'RGVsZWdhdGlvbjox' },
});
const at = new Date('2026-12-02T06:00:00Z');
const t = Math.floor(at.getTime() / 1000);

/** The header as the API's signer makes it (node:crypto), independent of the SDK's own sign. */
function serverHeader(payload: string, secrets: string[], timestamp = t): string {
  const v1 = secrets.map(
    (secret) =>
      `v1=${createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex')}`,
  );
  return [`t=${timestamp}`, ...v1].join(',');
}

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof WebhookSignatureError) return error.reason;
    throw error;
  }
}

describe('webhooks.verify (issue 14 item 2)', () => {
  it('accepts a genuine delivery and returns its event', async () => {
    const event = await webhooks.verify(body, serverHeader(body, [SECRET]), SECRET, { now: at });
    expect(event.type).toBe('delegation.revoked');
    expect(await sign(body, [SECRET], t)).toBe(serverHeader(body, [SECRET]));
  });

  it('accepts either secret while a rotation overlaps', async () => {
    const header = serverHeader(body, ['whsec_new', SECRET]);
    expect(await reason(webhooks.verify(body, header, SECRET, { now: at }))).toBe('ACCEPTED');
    expect(await reason(webhooks.verify(body, header, 'whsec_new', { now: at }))).toBe('ACCEPTED');
  });

  it('refuses a tampered body', async () => {
    const tampered = body.replace('revoked', 'granted');
    const header = serverHeader(body, [SECRET]);
    expect(await reason(webhooks.verify(tampered, header, SECRET, { now: at }))).toBe(
      'SIGNATURE_MISMATCH',
    );
  });

  it('refuses a tampered timestamp (the signature covers it)', async () => {
    const header = serverHeader(body, [SECRET]).replace(`t=${t}`, `t=${t + 1}`);
    expect(await reason(webhooks.verify(body, header, SECRET, { now: at }))).toBe(
      'SIGNATURE_MISMATCH',
    );
  });

  it('refuses a replay older than the tolerance, and one from the future', async () => {
    const header = serverHeader(body, [SECRET]);
    const later = new Date(at.getTime() + 301_000);
    expect(await reason(webhooks.verify(body, header, SECRET, { now: later }))).toBe(
      'TIMESTAMP_OUT_OF_TOLERANCE',
    );
    const justInTime = new Date(at.getTime() + 300_000);
    expect(await reason(webhooks.verify(body, header, SECRET, { now: justInTime }))).toBe(
      'ACCEPTED',
    );
    const stale = serverHeader(body, [SECRET], t + 3600);
    expect(await reason(webhooks.verify(body, stale, SECRET, { now: at }))).toBe(
      'TIMESTAMP_OUT_OF_TOLERANCE',
    );
    expect(
      await reason(webhooks.verify(body, header, SECRET, { now: later, toleranceSeconds: 600 })),
    ).toBe('ACCEPTED');
  });

  it('refuses a delivery signed with another secret', async () => {
    const header = serverHeader(body, ['whsec_someone_else']);
    expect(await reason(webhooks.verify(body, header, SECRET, { now: at }))).toBe(
      'SIGNATURE_MISMATCH',
    );
  });

  it('refuses a missing or malformed header', async () => {
    for (const header of [undefined, '', 't=abc,v1=00', `t=${t}`, 'v1=00']) {
      expect(await reason(webhooks.verify(body, header, SECRET, { now: at }))).toBe(
        'MALFORMED_HEADER',
      );
    }
  });
});
