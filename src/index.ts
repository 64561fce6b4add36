// The action's entry point (action.yml runs dist/index.js).
import { run } from './main';

void run();
