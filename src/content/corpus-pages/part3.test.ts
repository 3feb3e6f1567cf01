// @vitest-environment jsdom
// Part 3 of the shared corpus's page checks (suite.ts says which pages, what is checked and why).
import { describeCorpusPart } from './suite';

describeCorpusPart(3);
