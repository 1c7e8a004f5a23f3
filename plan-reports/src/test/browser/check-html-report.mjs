// Opens an HTML report in the system's headless Chromium and prints what a person and a screen reader would meet,
// as one JSON object on standard output:
//   axe            the axe-core violations (WCAG 2.x A and AA, best practice) and the number of rules passed
//   links          each link of the index (<nav>), followed by a click: the hash reached, whether its target exists
//                  and is in view, and the target's heading
//   skipLink       what the first Tab focuses, whether it is then visible, and the hash after Enter
//   narrow         at a phone's width: the page's width against the window's (no sideways scrolling), and how many
//                  verdict badges are broken across lines
//   requests       every request the page made to anything but its own file (none expected)
//   pageErrors     script errors and console errors
// It writes a full-page screenshot at a desktop width and one at a phone's width.
//
// Usage: node check-html-report.mjs REPORT.html SCREENSHOT.png NARROW-SCREENSHOT.png
// The browser is the system's Chromium (CHILDPLAN_CHROMIUM, default /usr/bin/chromium); none is downloaded.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const [report, screenshot, narrowScreenshot] = process.argv.slice(2);
if (!report || !screenshot || !narrowScreenshot) {
  console.error('usage: node check-html-report.mjs REPORT.html SCREENSHOT.png NARROW-SCREENSHOT.png');
  process.exit(2);
}
const executablePath = process.env.CHILDPLAN_CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`no Chromium at ${executablePath}: install Debian's package chromium or set CHILDPLAN_CHROMIUM`);
  process.exit(3);
}
const url = pathToFileURL(resolve(report)).href;
const axeSource = require.resolve('axe-core/axe.min.js');

const browser = await chromium.launch({ executablePath, headless: true });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const requests = [];
  const pageErrors = [];
  page.on('request', (request) => {
    if (request.url().split('#')[0] !== url) {
      requests.push(request.url());
    }
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      pageErrors.push(message.text());
    }
  });

  await page.goto(url, { waitUntil: 'load' });

  // The first Tab of a fresh page must reach the skip link, show it, and Enter must lead to the main content.
  await page.keyboard.press('Tab');
  const skipLink = await page.evaluate(() => {
    const focused = document.activeElement;
    const box = focused.getBoundingClientRect();
    return {
      text: focused.textContent,
      href: focused.getAttribute('href'),
      visible: box.width > 1 && box.height > 1 && box.right > 0 && box.left < window.innerWidth,
    };
  });
  await page.keyboard.press('Enter');
  skipLink.hashAfterEnter = await page.evaluate(() => location.hash);

  await page.screenshot({ path: screenshot, fullPage: true });

  // axe is added for the check only: the report itself carries no script, and its Content-Security-Policy refuses a
  // script tag added to it; a script evaluated by the browser's debugging protocol is not the page's and runs.
  await page.evaluate(readFileSync(axeSource, 'utf8'));
  const axe = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return {
      version: window.axe.version,
      passes: result.passes.length,
      violations: result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      })),
    };
  });

  const links = [];
  const hrefs = await page.$$eval('nav a[href^="#"]', (anchors) => anchors.map((a) => a.getAttribute('href')));
  for (const href of hrefs) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator(`nav a[href="${href}"]`).click();
    await page.waitForFunction((expected) => location.hash === expected, href, { timeout: 5000 }).catch(() => {});
    links.push(await page.evaluate((target) => {
      const element = document.getElementById(target.slice(1));
      const box = element ? element.getBoundingClientRect() : null;
      return {
        href: target,
        hash: location.hash,
        found: element !== null,
        inView: box !== null && box.top >= -2 && box.top < window.innerHeight,
        heading: element?.querySelector('h2')?.textContent ?? null,
      };
    }, href));
  }

  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const narrow = await page.evaluate(() => {
    // A verdict badge is one word: one taller than the shortest has been broken across lines.
    const badges = [...document.querySelectorAll('.verdict')].map((badge) => badge.getBoundingClientRect().height);
    const line = Math.min(...badges);
    return {
      windowWidth: window.innerWidth,
      pageWidth: document.documentElement.scrollWidth,
      verdicts: badges.length,
      brokenVerdicts: badges.filter((height) => height > line * 1.5).length,
    };
  });
  await page.screenshot({ path: narrowScreenshot, fullPage: true });

  console.log(JSON.stringify({ axe, links, skipLink, narrow, requests, pageErrors }, null, 2));
} finally {
  await browser.close();
}
