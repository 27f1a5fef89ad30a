import type { TestProject } from 'vitest/node';
import { startDemoServer } from './support/demo-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the demo server of this run listens, e.g. http://127.0.0.1:41234. */
    baseURL: string;
  }
}

/** Builds, creates the demo and serves it for the whole run; stops it afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startDemoServer({ log: (m) => console.error(`[e2e] ${m}`) });
  project.provide('baseURL', server.baseURL);
  return () => server.stop();
}
