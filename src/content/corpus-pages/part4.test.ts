// @vitest-environment jsdom
// Part 4 of the shared corpus's page checks (suite.ts says which pages, what is checked and why).
import { describeCorpusPart } from './suite';

describeCorpusPart(4);
