// `npm run screenshots`: builds, starts the demo on a temporary database and
// writes current screenshots of the main pages to docs/screenshots/.
import { startDemoServer } from '../e2e/support/demo-server.mjs';
import { takeScreenshots } from '../e2e/support/screenshots.mjs';

const log = (message) => console.error(message);
const server = await startDemoServer({ log });
try {
  await takeScreenshots(server.baseURL, 'docs/screenshots', log);
} finally {
  await server.stop();
}
