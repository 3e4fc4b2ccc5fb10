import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Assessment forms of Statutory Guidance 6.3 [S-10b]; supported self-assessment per Assessment Regs reg 2 [S-09b].
 */
export const AssessmentFormat = defineCodeList({
  name: 'AssessmentFormat',
  description: 'The form an assessment took (Statutory Guidance 6.3).',
  source: 'S-10b; VIDEO [P]',
  entries: {
    FACE_TO_FACE: { r1: 'Face to face', r2: 'Face to face' },
    SUPPORTED_SELF_ASSESSMENT: { r1: 'Supported self-assessment', r2: 'Supported self-assessment' },
    ONLINE: { r1: 'Online', r2: 'Online' },
    PHONE: { r1: 'Phone', r2: 'Phone' },
    VIDEO: { r1: 'Video', r2: 'Video' },
    JOINT: { r1: 'Joint', r2: 'Joint' },
    COMBINED: { r1: 'Combined', r2: 'Combined' },
  },
});

export type AssessmentFormat = CodeOf<typeof AssessmentFormat>;
