// Every line the action writes to the job's log: prefixed `flamegate:`, and with the
// characters that could act on a reader made visible (text.ts): notes and errors quote
// names from the profiles a fork's pull request wrote.
import * as core from '@actions/core';
import { visible } from '../text';

const line = (message: string) => `flamegate: ${visible(message)}`;

export const log = {
  info: (message: string) => core.info(line(message)),
  notice: (message: string) => core.notice(line(message)),
  warning: (message: string) => core.warning(line(message)),
  /** Fails the step with the message (the only way a step fails). */
  fail: (message: string) => core.setFailed(line(message)),
};
