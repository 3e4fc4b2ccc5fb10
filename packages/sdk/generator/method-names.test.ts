import { describe, expect, it } from 'vitest';
import { mutationMethodName, pluralNamespace, queryMethodName } from './method-names.ts';

describe('method names', () => {
  it('puts a mutation under the plural of what it acts on', () => {
    expect(mutationMethodName('recordDirectPayment')).toEqual({
      namespace: 'directPayments',
      method: 'record',
    });
    expect(mutationMethodName('setUpDirectPayment')).toEqual({
      namespace: 'directPayments',
      method: 'setUp',
    });
    expect(mutationMethodName('scheduleDirectPayments').namespace).toBe('directPayments');
    expect(mutationMethodName('completeRecovery').namespace).toBe('recoveries');
    expect(mutationMethodName('createPerson').namespace).toBe('people');
    expect(() => mutationMethodName('go')).toThrow(/verb/);
    const types = new Set(['ApiClient', 'DirectPayment', 'DirectPaymentAgreement']);
    const isType = (name: string) => types.has(name);
    expect(mutationMethodName('rotateApiClientSecret', isType)).toEqual({
      namespace: 'apiClients',
      method: 'rotateSecret',
    });
    expect(mutationMethodName('endDirectPaymentAgreement', isType).namespace).toBe(
      'directPaymentAgreements',
    );
    expect(mutationMethodName('recordDirectPayment', isType).namespace).toBe('directPayments');
  });

  it('pluralises the last word only', () => {
    expect(pluralNamespace('ApiClient')).toBe('apiClients');
    expect(pluralNamespace('SafeguardingConcern')).toBe('safeguardingConcerns');
    expect(pluralNamespace('Delay')).toBe('delays');
  });

  it('lists connections of records and puts other queries under reports', () => {
    expect(queryMethodName('people', true)).toEqual({ namespace: 'people', method: 'list' });
    expect(queryMethodName('waitingTimes', false)).toEqual({
      namespace: 'reports',
      method: 'waitingTimes',
    });
    expect(queryMethodName('viewer', false)).toEqual({ namespace: null, method: 'viewer' });
  });
});
