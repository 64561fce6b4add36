// The action's entry point (action.yml runs dist/index.js).
import { run } from './action/main';
import { timing } from './timing';

timing('modules loaded');

void run();
