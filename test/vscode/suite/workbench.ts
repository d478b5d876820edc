// Reads the workbench as the user sees it, through the DevTools protocol of the headless
// Chromium that run-offline.mjs opened (TARIFF_LENS_CDP_PORT), and takes a screenshot.
import * as fs from 'node:fs';
import * as path from 'node:path';
import CDP from 'chrome-remote-interface';

const WAIT_MS = 20_000;

/**
 * Runs `show` (which should bring up a hover card), waits until a visible hover in the
 * page has text matching `expected`, saves a PNG of the page to `screenshotPath` when
 * given, and returns the hover's text.
 */
export async function hoverInWorkbench(show: () => Thenable<unknown>, expected: RegExp, screenshotPath?: string): Promise<string> {
  const port = Number(process.env.TARIFF_LENS_CDP_PORT);
  const targets = await CDP.List({ host: '127.0.0.1', port });
  const page = targets.find((t) => t.type === 'page' && /^https?:\/\/127\.0\.0\.1:\d+\//.test(t.url));
  if (!page) throw new Error(`no workbench page among the browser's targets: ${targets.map((t) => t.url).join(', ')}`);
  const client = await CDP({ host: '127.0.0.1', port, target: page.id });
  try {
    const deadline = Date.now() + WAIT_MS;
    let texts: string[] = [];
    for (let attempt = 0; ; attempt++) {
      // Ask again now and then: a hover shown before the page had focus may close at once.
      if (attempt % 10 === 0) await show();
      texts = await visibleHoverTexts(client);
      const hit = texts.find((text) => expected.test(text));
      if (hit) {
        // Let the card finish fading in before the picture.
        await new Promise((resolve) => setTimeout(resolve, 400));
        if (screenshotPath) await screenshot(client, screenshotPath);
        return hit;
      }
      if (Date.now() > deadline) throw new Error(`no visible hover matching ${expected}; visible hovers: ${JSON.stringify(texts)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await client.close();
  }
}

async function visibleHoverTexts(client: CDP.Client): Promise<string[]> {
  const { result } = await client.Runtime.evaluate({
    returnByValue: true,
    expression: `[...document.querySelectorAll('.monaco-hover')]
      .filter((el) => !el.classList.contains('hidden') && el.getBoundingClientRect().height > 0)
      .map((el) => el.innerText)`,
  });
  return Array.isArray(result.value) ? result.value : [];
}

async function screenshot(client: CDP.Client, file: string): Promise<void> {
  const { data } = await client.Page.captureScreenshot({ format: 'png' });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(data, 'base64'));
}
