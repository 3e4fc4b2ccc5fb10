import { builder } from '../../builder.ts';
import { TIMELINE_EVENT_KINDS, type TimelineEventKind } from './timeline-event-kinds.ts';
import { loadTimelineSubject } from './timeline-subjects.ts';

export interface TimelineEvent {
  readonly date: Date;
  readonly id: string;
  readonly kind: TimelineEventKind;
  readonly summary: string;
}

const TimelineEventKindEnum = builder.enumType('TimelineEventKind', {
  description: 'What a timeline entry is about.',
  values: Object.fromEntries(
    Object.entries(TIMELINE_EVENT_KINDS).map(([kind, { description }]) => [kind, { description }]),
  ) as { [K in TimelineEventKind]: { description: string } },
});

export const TimelineEventRef = builder.objectRef<TimelineEvent>('TimelineEvent').implement({
  description: 'One dated entry of a person’s case history.',
  fields: (t) => ({
    date: t.field({
      type: 'Date',
      description: 'The business date of the entry: received, completed, raised, started or due.',
      resolve: (event) => event.date,
    }),
    kind: t.field({ type: TimelineEventKindEnum, resolve: (event) => event.kind }),
    summary: t.exposeString('summary', { description: 'One line for a person to read.' }),
    subject: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description: 'The record the entry is about.',
      resolve: (event, _args, context, info) =>
        info.schema.getType(TIMELINE_EVENT_KINDS[event.kind].typename)
          ? loadTimelineSubject(context, event.kind, event.id)
          : null,
    }),
  }),
});

export const PersonTimelineConnectionRef = builder.connectionObject({
  type: TimelineEventRef,
  name: 'PersonTimelineConnection',
  description: 'A page of a person’s case history, newest first.',
});
