// A run: one profile file, read and reduced to the compared sample type; and how runs are
// compared (absolute values, or shares of each run's total).
import type { Profile } from './call-tree';

/** absolute values (`none`, each run does fixed work) or shares of each run's total (`total`). */
export type Normalize = 'none' | 'total';

/** One profile file, read and reduced to one sample type. */
export interface Run {
  /** Where it came from, for messages. */
  source: string;
  profile: Profile;
  /** Index of the compared sample type in profile.sampleTypes. */
  typeIndex: number;
  /** Factor from the run's unit to the comparison's unit (1 unless units differ, µs vs ns). */
  scale: number;
}
