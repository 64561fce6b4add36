// The action's entry point (action.yml runs dist/index.js).
import { run } from './action/main';

void run();
