// Clicks through the published website in a real browser (headless Chromium driven by
// puppeteer-core), as a person on a phone would: the index, a week, its region, then the search.
// Prints what it saw as JSON; tests/site.rs runs it and checks that.
// Usage: node site.cjs CHROMIUM SITE_FOLDER
const puppeteer = require("puppeteer-core");

(async () => {
  const [chrome, site] = process.argv.slice(2);
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844 });
    const seen = {};
    await page.goto("file://" + site + "/index.html");
    // The first week of the index.
    await Promise.all([page.waitForNavigation(), page.click("ul.weeks a")]);
    seen.week = await page.$eval("h1", (e) => e.textContent);
    // The week's first region.
    await Promise.all([page.waitForNavigation(), page.click("section h2 a")]);
    seen.region = await page.$eval("h1", (e) => e.textContent);
    // The search, from the top of the page; a word typed without its accent.
    await Promise.all([page.waitForNavigation(), page.click('header nav a[href$="search.html"]')]);
    await page.type("#q", "andres");
    await page.waitForSelector("#results li");
    seen.count = await page.$eval("#count", (e) => e.textContent);
    seen.results = await page.$$eval("#results li a", (links) => links.map((a) => a.getAttribute("href")));
    // The first match opens its week.
    await Promise.all([page.waitForNavigation(), page.click("#results li a")]);
    seen.opened = page.url();
    console.log(JSON.stringify(seen));
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
