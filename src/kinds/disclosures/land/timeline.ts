/** The steps of a land recovery, in the order the law sets them, and checks on their dates. */
import type { Lang } from '../../../base/format.ts';
import { recoverySteps, type RecoveryProject, type RecoveryStep } from './schema.ts';
import { landWords } from './words.ts';

/** A step's name, in the words of the law. */
export function recoveryStepName(step: RecoveryStep, lang: Lang): string {
  return landWords(lang)(`cd.step.${step}`);
}

export interface TimelineProblem {
  step: RecoveryStep;
  date: string;
  /** The earlier step it comes before. */
  after: RecoveryStep;
  afterDate: string;
}

/** A step dated before an earlier step is out of order (steps not yet taken are skipped). */
export function timelineProblems(timeline: RecoveryProject['timeline']): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  let last: { step: RecoveryStep; date: string } | null = null;
  for (const step of recoverySteps) {
    const date = timeline[step];
    if (!date) continue;
    if (last && date < last.date) problems.push({ step, date, after: last.step, afterDate: last.date });
    else last = { step, date };
  }
  return problems;
}

export interface TimelineStep {
  step: RecoveryStep;
  date: string | null;
  done: boolean;
}

/** Every step with its date; `done` when it happened on or before the as-of date. */
export function recoveryTimeline(project: RecoveryProject, asOf: string): TimelineStep[] {
  return recoverySteps.map((step) => {
    const date = project.timeline[step];
    return { step, date, done: date !== null && date <= asOf };
  });
}

/** The last step done as of the date, or null before the notice. */
export function currentStep(project: RecoveryProject, asOf: string): RecoveryStep | null {
  return (
    recoveryTimeline(project, asOf)
      .filter((s) => s.done)
      .at(-1)?.step ?? null
  );
}
