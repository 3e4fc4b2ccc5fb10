import { DOMAIN_EVENT_TYPES, DOMAIN_EVENTS } from '@openpb/domain/events/domain-event-type';
import { describe, expect, it } from 'vitest';
import { EventCollector } from '../src/events/event-collector.ts';

// Apps hear an event under a delegation scope only through the person it is about (D93): an
// event of such a type that names no person would reach no app, silently. The collector refuses it.
describe('an event under a delegation scope names its person', () => {
  const scoped = DOMAIN_EVENT_TYPES.filter((type) => DOMAIN_EVENTS[type].scope !== null);

  it.each(scoped)('%s without a person is refused', (type) => {
    const events = new EventCollector();
    const subject = { id: '0190a7c0-0000-7000-8000-000000000001' };
    if (DOMAIN_EVENTS[type].subject === 'Person') {
      events.emit(type, subject);
      expect(events.collect(null)[0]?.personId).toBe(subject.id);
    } else expect(() => events.emit(type, subject)).toThrow(/must name its person/);
  });

  it('records one with its person', () => {
    const events = new EventCollector();
    const personId = '0190a7c0-0000-7000-8000-000000000002';
    events.emit('recovery.raised', { id: '0190a7c0-0000-7000-8000-000000000003', personId });
    expect(events.collect(null).map((event) => event.personId)).toEqual([personId]);
  });
});
