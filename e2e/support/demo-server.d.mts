/** A running demo server: its base URL and how to stop it (the temporary data goes with it). */
export interface DemoServer {
  baseURL: string;
  stop(): Promise<void>;
}

/** Builds dist/ (unless `build` is false or E2E_SKIP_BUILD=1), creates the demo and serves it. */
export function startDemoServer(options?: {
  build?: boolean;
  log?: (message: string) => void;
}): Promise<DemoServer>;
