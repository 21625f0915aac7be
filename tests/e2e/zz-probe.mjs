import { serve, launch, screenshot } from "./harness.mjs";
const server = await serve(); const browser = await launch();
for (const js of [false, true]) {
  const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  page.on("console", (m) => console.log(js, m.type(), m.text()));
  await page.goto(`${server.url}/`);
  await page.waitForTimeout(1500);
  await screenshot(page.locator("#guide-steps"), `probe-js-${js}`);
  console.log(js, await page.locator("#guide-steps .asg-step").count(), await page.locator("#guide-steps .asg-step.is-current").count());
  await context.close();
}
await browser.close(); await server.close();
