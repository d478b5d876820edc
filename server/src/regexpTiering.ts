// Imported first by the process entry points (the language server, the command line).
// V8 runs a regular expression in its interpreter once, then compiles it to machine
// code. Two of chrono-node's English patterns (times before or after a date: "two weeks
// later") take about 130 ms each to compile, as their bounded repetition of a large group
// is unrolled: a new process paid over a quarter of a second at its first date, most of
// the first check of a short memo and a third of a `tariff-lens check` run. Interpreted,
// they take some microseconds a sentence, so every pattern now stays in the interpreter
// for its first 1,000 runs: a short session never compiles those two, and the patterns a
// long document runs hot are compiled after a small part of their runs.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--regexp-tier-up-ticks=1000');
