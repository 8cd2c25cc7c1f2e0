#!/usr/bin/env node
// Launcher for the `attrib` command: the sources are TypeScript, run through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
