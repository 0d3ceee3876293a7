#!/usr/bin/env node
// Browser checks for the teilhabe web server.
//
//   node e2e/run.mjs --base http://127.0.0.1:PORT --out DIR [--pages e2e/pages.json]
//                    [--chromium /usr/bin/chromium] [--wait SECONDS]
//
// For every entry of the pages file and every language, one test: HTTP status,
// <html lang>, exactly one h1, a skip link as first focusable element, axe-core
// (WCAG 2.0/2.1 A + AA), no failed subresources, no script errors, no horizontal
// scrolling at 320px, and two screenshots. Then the journeys below run, one test
// each. The last line printed is always `E2E_RESULT {"passed":N,"failed":M}`;
// the exit code is 1 if anything failed.

import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHmac } from 'node:crypto';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const LANGS = ['de', 'en'];
// A valid 1×1 PNG and a tiny PDF, for upload journeys.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 };
const NAV_TIMEOUT_MS = 30_000;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = {
    base: null,
    out: path.join(HERE, 'artifacts'),
    pages: path.join(HERE, 'pages.json'),
    chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    wait: 15,
    mailDir: null,
    only: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const take = () => {
      const v = argv[++i];
      if (v === undefined) usage(`missing value for ${arg}`);
      return v;
    };
    switch (arg) {
      case '--base': opts.base = take(); break;
      case '--out': opts.out = take(); break;
      case '--pages': opts.pages = take(); break;
      case '--chromium': opts.chromium = take(); break;
      case '--wait': opts.wait = Number(take()); break;
      case '--mail-dir': opts.mailDir = take(); break;
      case '--only': opts.only = take(); break;
      case '-h': case '--help': usage(); break;
      default: usage(`unknown argument: ${arg}`);
    }
  }
  if (!opts.base) usage('--base is required');
  try {
    const u = new URL(opts.base);
    opts.base = u.origin + u.pathname.replace(/\/+$/, '');
  } catch {
    usage(`--base is not a URL: ${opts.base}`);
  }
  return opts;
}

function usage(error) {
  const text = 'usage: node e2e/run.mjs --base http://127.0.0.1:PORT --out DIR [--pages e2e/pages.json] [--chromium PATH] [--wait SECONDS] [--mail-dir DIR] [--only TEXT]';
  if (error) {
    console.error(`e2e: ${error}\n${text}`);
    finish(0, 1);
  }
  console.log(text);
  process.exit(0);
}

function finish(passed, failed) {
  console.log(`E2E_RESULT ${JSON.stringify({ passed, failed })}`);
  process.exit(failed > 0 ? 1 : 0);
}

// ---------------------------------------------------------------- helpers

const url = (base, p) => base + (p.startsWith('/') ? p : `/${p}`);

async function waitForServer(base, seconds) {
  const deadline = Date.now() + Math.max(0, seconds) * 1000;
  let lastError;
  do {
    try {
      const res = await fetch(url(base, '/'), { redirect: 'manual', signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      return null;
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 500));
    }
  } while (Date.now() < deadline);
  const cause = lastError?.cause?.code || lastError?.cause?.message || lastError?.message || String(lastError);
  return cause;
}

async function newContext(browser, base, { lang, javaScriptEnabled = true, viewport = DESKTOP } = {}) {
  const context = await browser.newContext({
    viewport,
    javaScriptEnabled,
    // The server may send a strict Content-Security-Policy; axe is injected as an inline script.
    bypassCSP: true,
    locale: lang === 'en' ? 'en-GB' : 'de-DE',
  });
  context.setDefaultNavigationTimeout(NAV_TIMEOUT_MS);
  context.setDefaultTimeout(NAV_TIMEOUT_MS);
  if (lang) await context.addCookies([{ name: 'lang', value: lang, url: base + '/' }]);
  return context;
}

// Records every failed subresource (status >= 400 or network error) and script error of a page.
// Returns a live array; one entry per URL (an HTTP error wins over the abort that follows it).
function watchPage(page) {
  const failed = new Map();
  const scriptErrors = [];
  const problems = [];
  const refresh = () => problems.splice(0, problems.length, ...failed.values(), ...scriptErrors);
  const isMainDocument = (req) => req.isNavigationRequest() && req.frame() === page.mainFrame();
  page.on('response', (res) => {
    const req = res.request();
    if (res.status() >= 400 && !isMainDocument(req)) {
      failed.set(res.url(), `subresource ${res.status()} (${req.resourceType()}): ${res.url()}`);
      refresh();
    }
  });
  page.on('requestfailed', (req) => {
    if (isMainDocument(req) || failed.has(req.url())) return;
    const reason = req.failure()?.errorText || 'failed';
    // Loads cut short because the page moved on (a form was submitted) are not failures;
    // a missing file shows up as an HTTP error status above.
    if (reason.includes('ERR_ABORTED')) return;
    failed.set(req.url(), `subresource failed (${req.resourceType()}, ${reason}): ${req.url()}`);
    refresh();
  });
  page.on('pageerror', (err) => {
    scriptErrors.push(`script error: ${err.message.split('\n')[0]}`);
    refresh();
  });
  return problems;
}

async function settle(page) {
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts && document.fonts.ready.then(() => true)).catch(() => {});
}

let axeSource;
async function runAxe(page) {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  return result.violations.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ');
    const more = v.nodes.length > 3 ? ` +${v.nodes.length - 3} more` : '';
    return `axe ${v.id} (${v.impact}): ${v.help} [${targets}${more}]`;
  });
}

// Elements that stick out on the inline axis, to say why a page scrolls sideways.
async function overflowReport(page, width) {
  return page.evaluate((w) => {
    const describe = (el) => {
      let s = el.tagName.toLowerCase();
      if (el.id) s += `#${el.id}`;
      else if (el.classList.length) s += `.${[...el.classList].slice(0, 2).join('.')}`;
      return s;
    };
    const wide = [...document.body.querySelectorAll('*')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > w + 0.5 || r.left < -0.5);
    });
    // keep the innermost offenders
    const leaves = wide.filter((el) => !wide.some((o) => o !== el && el.contains(o)));
    return leaves.slice(0, 3).map(describe);
  }, width);
}

// Presses Tab once on a fresh page and checks that focus lands on a visible in-page skip link.
async function checkSkipLink(page) {
  await page.evaluate(() => {
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    window.scrollTo(0, 0);
  });
  await page.keyboard.press('Tab');
  const info = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { none: true };
    const href = el.getAttribute('href') || '';
    const r = el.getBoundingClientRect();
    const id = href.startsWith('#') ? decodeURIComponent(href.slice(1)) : '';
    return {
      tag: el.tagName.toLowerCase(),
      href,
      target: id ? Boolean(document.getElementById(id)) : false,
      visible: r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0 &&
        r.top < window.innerHeight && r.left < window.innerWidth,
    };
  });
  if (info.none) return ['skip link: nothing receives focus on the first Tab'];
  if (info.tag !== 'a' || !info.href.startsWith('#')) {
    return [`skip link: first focusable element is <${info.tag}${info.href ? ` href="${info.href}"` : ''}>, expected <a href="#…">`];
  }
  const problems = [];
  if (!info.target) problems.push(`skip link: target ${info.href} does not exist`);
  if (!info.visible) problems.push('skip link: not visible when focused');
  return problems;
}

// ---------------------------------------------------------------- page checks

// Submits a form by its button and waits for the next page.
async function submit(page, selector) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(`${selector} button[type=submit]`)]);
}

// The demo password of every demo account.
const DEMO_PASSWORD = 'teilhabe-demo';

// Logs in through the real form; returns the page it ends on.
async function login(page, base, email) {
  await page.goto(url(base, '/anmelden'), { waitUntil: 'load' });
  await page.fill('#email', email);
  await page.fill('#password', DEMO_PASSWORD);
  await submit(page, 'form[action="/anmelden"]');
  return page.url();
}

// The newest mail file for `to` in the server's mail folder, decoded.
async function newestMailTo(mailDir, to) {
  return (await mailsTo(mailDir, to)).at(-1);
}

// The plain text of a message (its first text/plain part when it has attachments).
function decodeText(head, body) {
  const boundary = (head.match(/boundary="?([^";\r\n]+)"?/i) || [])[1];
  if (boundary) {
    for (const part of body.split(`--${boundary}`)) {
      const [partHead, ...partBody] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
      if (/Content-Type: text\/plain/i.test(partHead)) return decodeText(partHead, partBody.join('\n\n'));
    }
    return '';
  }
  if (/Content-Transfer-Encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) {
    return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  }
  return body;
}

// Every mail file for `to`, decoded, oldest first.
async function mailsTo(mailDir, to) {
  if (!mailDir) throw new Error('no --mail-dir given');
  const files = (await readdir(mailDir)).filter((f) => f.endsWith('.eml'));
  const mails = [];
  for (const f of files) {
    const raw = await readFile(path.join(mailDir, f), 'utf8');
    const [head, ...rest] = raw.split(/\r?\n\r?\n/);
    if (!new RegExp(`^To: .*${to.replace(/[.]/g, '\\.')}`, 'mi').test(head)) continue;
    const date = Date.parse((head.match(/^Date: (.*)$/mi) || [])[1] || '') || 0;
    mails.push({ date, body: decodeText(head, rest.join('\n\n')), file: f });
  }
  mails.sort((a, b) => a.date - b.date || a.file.localeCompare(b.file));
  return mails;
}

async function checkPage(browser, { base, out }, entry, lang) {
  const context = await newContext(browser, base, { lang });
  const page = await context.newPage();
  const problems = watchPage(page);
  const reasons = [];
  try {
    if (entry.login) await login(page, base, entry.login);
    const response = await page.goto(url(base, entry.path), { waitUntil: 'load' });
    const expected = entry.status ?? 200;
    const status = response ? response.status() : 0;
    if (status !== expected) reasons.push(`status ${status}, expected ${expected}`);
    await settle(page);

    const docLang = await page.evaluate(() => document.documentElement.lang);
    if (docLang !== lang) reasons.push(`<html lang="${docLang}">, expected "${lang}"`);

    const h1 = await page.locator('h1').count();
    if (h1 !== 1) reasons.push(`${h1} h1 elements, expected exactly 1`);

    reasons.push(...(await runAxe(page)));

    await page.screenshot({ path: path.join(out, `${entry.name}-${lang}.png`), fullPage: true });

    reasons.push(...(await checkSkipLink(page)));

    await page.setViewportSize(NARROW);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > NARROW.width) {
      const culprits = await overflowReport(page, NARROW.width);
      reasons.push(`horizontal scroll at ${NARROW.width}px: scrollWidth ${scrollWidth}${culprits.length ? ` [${culprits.join(', ')}]` : ''}`);
    }
    await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
    await page.screenshot({ path: path.join(out, `${entry.name}-${lang}-320.png`), fullPage: true });
  } catch (err) {
    reasons.push(`error: ${err.message.split('\n')[0]}`);
  } finally {
    await context.close().catch(() => {});
  }
  return [...reasons, ...problems];
}

// ---------------------------------------------------------------- journeys
// Each journey gets { browser, base, out, log } and returns a list of failure
// reasons (empty = passed); throwing counts as a failure too.

// RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 secret, as an authenticator app computes it.
/**
 * In each language: logs in an account whose role requires a second factor,
 * checks `pages` ([path, screenshot name]) with axe, then runs `more`.
 */
async function secondFactorJourney({ browser, base, out }, email, label, pages, more) {
  const reasons = [];
  for (const lang of LANGS) {
    const context = await newContext(browser, base, { lang });
    try {
      const page = await context.newPage();
      const problems = watchPage(page);
      await loginWithSecondFactor(page, base, email, label, lang === 'de', out, reasons);
      for (const [p, shot] of pages) {
        const response = await page.goto(url(base, p), { waitUntil: 'load' });
        if (response.status() !== 200) reasons.push(`${p} [${lang}]: status ${response.status()}`);
        await axeHere(page, `${p} [${lang}]`, `${shot}-${lang}`, out, reasons);
      }
      await more(page, lang, reasons);
      reasons.push(...problems);
    } finally {
      await context.close().catch(() => {});
    }
  }
  return reasons;
}

/**
 * Logs in an account whose role requires a second factor: the first time
 * (`first`) it sets two-factor login up and keeps the secret in `out`, later
 * it enters the code of the next window. Axe checks the setup and code forms.
 */
async function loginWithSecondFactor(page, base, email, label, first, out, reasons) {
  const landed = await login(page, base, email);
  const secretFile = path.join(out, `${label}-secret.txt`);
  if (first) {
    if (!landed.includes('/konto/zwei-faktor')) reasons.push(`${label} login went to ${landed}, expected the two-factor setup`);
    await axeHere(page, 'two-factor setup', `${label}-two-factor-setup`, out, reasons);
    const secret = await page.inputValue('input[name=secret]');
    await page.fill('#code', totpCode(secret));
    await submit(page, 'form[action="/konto/zwei-faktor"]');
    if (!page.url().includes('notice=two-factor-enabled')) reasons.push(`after enabling: at ${page.url()}`);
    await writeFile(secretFile, secret);
  } else {
    const secret = (await readFile(secretFile, 'utf8')).trim();
    if (!landed.includes('/anmelden/code')) reasons.push(`${label} login went to ${landed}, expected the code form`);
    await axeHere(page, 'code form', `${label}-code-form`, out, reasons);
    // The code of the next window: the one used a moment ago is spent.
    await page.fill('#code', totpCode(secret, Date.now() + 30000));
    await submit(page, 'form[action="/anmelden/code"]');
  }
}

function totpCode(secret, at = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of secret.replace(/=+$/, '')) bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

async function axeHere(page, label, shot, out, reasons) {
  await settle(page);
  for (const r of await runAxe(page)) reasons.push(`${label}: ${r}`);
  if ((await page.locator('h1').count()) !== 1) reasons.push(`${label}: not exactly one h1`);
  await page.screenshot({ path: path.join(out, `${shot}.png`), fullPage: true });
}

// A guest registers for the citizens' evening (an error first), confirms by
// mail and opens the cancel link; the coordinator finds them and writes to
// everyone (an error first). `check` runs axe where it can.
async function guestJourney(page, base, mailDir, check, withScript) {
  const reasons = [];
  const email = `gast-${withScript ? 'js' : 'nojs'}-${Date.now()}@example.org`;
  const event = '/m/musterstadt/veranstaltungen/2';
  const linkIn = async (pattern) => {
    for (let i = 0; i < 50; i++) {
      const all = await mailsTo(mailDir, email).catch(() => []);
      const link = all.map((m) => (m.body.match(pattern) || [])[0]).find(Boolean);
      if (link) return link;
      await new Promise((r) => setTimeout(r, 200));
    }
    return undefined;
  };
  await page.goto(url(base, event), { waitUntil: 'load' });
  await page.fill('#email', 'gast.example.org');
  await page.fill('#interpretation', 'Arabisch');
  await submit(page, `form[action="${event}/gast"]`);
  if ((await page.locator('.error-summary a[href="#name"]').count()) !== 1) reasons.push('the missing name is not named at the top');
  if ((await page.inputValue('#interpretation')) !== 'Arabisch') reasons.push('the stated need was lost');
  await check(page, 'guest form with errors', 'event-guest-errors');
  await page.fill('#name', 'Amal Haddad');
  await page.fill('#email', email);
  await submit(page, `form[action="${event}/gast"]`);
  if (!page.url().includes('notice=event-check-mail')) reasons.push(`after the guest form: at ${page.url()}`);
  const confirm = await linkIn(/\/m\/[a-z-]+\/veranstaltungen\/bestaetigen\/[0-9a-f]+/);
  if (!confirm) return [...reasons, 'no confirmation link arrived'];
  await page.goto(url(base, confirm), { waitUntil: 'load' });
  await check(page, 'guest confirmation page', 'event-guest-confirm');
  await submit(page, 'main form');
  if (!page.url().includes('notice=event-registered')) reasons.push(`after confirming: at ${page.url()}`);
  const cancel = await linkIn(/\/m\/[a-z-]+\/veranstaltungen\/abmelden\/[0-9a-f]+/);
  if (!cancel) return [...reasons, 'no confirmation with a cancel link arrived'];
  await page.goto(url(base, cancel), { waitUntil: 'load' });
  await check(page, 'cancel link page', 'event-cancel-link');
  await login(page, base, 'coordinator@musterstadt.example');
  await page.goto(url(base, '/m/musterstadt/verwaltung/veranstaltungen/2/anmeldungen'), { waitUntil: 'load' });
  if (!(await page.locator('main').innerText()).includes(email)) reasons.push('the guest is not in the registration list');
  await page.fill('#subject', 'Raum');
  await page.fill('#body', 'kurz');
  await submit(page, 'form[action$="/nachricht"]');
  if ((await page.locator('.error-summary a[href="#body"]').count()) !== 1) reasons.push('the short message is not named at the top');
  if ((await page.inputValue('#subject')) !== 'Raum') reasons.push('the typed subject was lost');
  await check(page, 'message form with errors', 'event-message-errors');
  await page.fill('#body', 'Wir treffen uns im großen Saal im Erdgeschoss.');
  await page.fill('#subject', 'Raumänderung');
  await submit(page, 'form[action$="/nachricht"]');
  if (!page.url().includes('notice=event-message-sent')) reasons.push(`after sending: at ${page.url()}`);
  await check(page, 'registration list with a sent message', 'event-message-sent');
  const told = await linkIn(/Wir treffen uns im großen Saal/);
  if (!told) reasons.push('the guest did not get the message');
  return reasons;
}

const journeys = [
  {
    name: 'registration, confirmation by mail and login without JavaScript',
    async run({ browser, base, out, mailDir }) {
      const context = await newContext(browser, base, { javaScriptEnabled: false });
      const reasons = [];
      const email = `e2e-${Date.now()}@example.org`;
      try {
        const page = await context.newPage();
        const problems = watchPage(page);
        await page.goto(url(base, '/registrieren'), { waitUntil: 'load' });
        await page.fill('#display_name', 'Mehmet Yılmaz');
        await page.fill('#email', email);
        await page.fill('#password', 'Gemeinsam gestalten wir Musterstadt');
        await page.check('#privacy');
        await submit(page, 'form[action="/registrieren"]');
        if (!page.url().endsWith('/registrieren/gesendet')) reasons.push(`after registering: at ${page.url()}`);
        await page.screenshot({ path: path.join(out, 'journey-registered.png'), fullPage: true });

        let mail;
        for (let i = 0; i < 50 && !mail; i++) {
          mail = await newestMailTo(mailDir, email).catch(() => undefined);
          if (!mail) await new Promise((r) => setTimeout(r, 200));
        }
        if (!mail) return [...reasons, 'no confirmation mail arrived'];
        const link = (mail.body.match(/https?:\/\/\S+\/konto\/bestaetigen\/[0-9a-f]+/) || [])[0];
        if (!link) return [...reasons, `no confirmation link in mail: ${mail.body.slice(0, 200)}`];
        await page.goto(url(base, new URL(link).pathname), { waitUntil: 'load' });
        await submit(page, 'main form');
        if (!page.url().includes('/anmelden?notice=confirmed')) reasons.push(`after confirming: at ${page.url()}`);
        await page.fill('#email', email);
        await page.fill('#password', 'Gemeinsam gestalten wir Musterstadt');
        await submit(page, 'form[action="/anmelden"]');
        if (!page.url().includes('/konto')) reasons.push(`after login: at ${page.url()}`);
        const text = await page.locator('main').innerText();
        if (!text.includes(email)) reasons.push('the account page does not show the address');
        await page.screenshot({ path: path.join(out, 'journey-logged-in.png'), fullPage: true });
        // Logout ends the session: the account page now asks for login.
        await submit(page, 'form[action="/abmelden"]');
        await page.goto(url(base, '/konto'), { waitUntil: 'load' });
        if (!page.url().includes('/anmelden')) reasons.push(`after logout /konto is at ${page.url()}`);
        reasons.push(...problems);
      } finally {
        await context.close().catch(() => {});
      }
      return reasons;
    },
  },
  {
    name: 'admin sets up two-factor login and administers (axe on every admin page)',
    run: (ctx) => secondFactorJourney(ctx, 'admin@demo.example', 'admin', [
      ['/admin', 'admin-home'],
      ['/admin/kommunen', 'admin-municipalities'],
      ['/admin/rollen', 'admin-roles'],
      ['/admin/protokoll', 'admin-audit-log'],
      ['/admin/rechtliches/barrierefreiheit', 'admin-legal-edit'],
    ], async (page, lang, reasons) => {
      // A form with errors in the admin area.
      await page.goto(url(ctx.base, '/admin/kommunen'), { waitUntil: 'load' });
      await page.fill('#slug', 'Nicht Gültig');
      await submit(page, 'form[action="/admin/kommunen"]');
      await axeHere(page, `municipality form errors [${lang}]`, `admin-municipality-errors-${lang}`, ctx.out, reasons);
    }),
  },
  {
    name: 'programme officer sets up two-factor login, opens a call with its rules and reviews an application (axe on every officer page)',
    run: (ctx) => secondFactorJourney(ctx, 'officer@demo.example', 'officer', [
      ['/land/foerderung', 'officer-programmes'],
      ['/land/foerderung/1', 'officer-programme'],
      ['/land/foerderung/1/aufrufe/neu', 'officer-call-new'],
      ['/land/foerderung/aufrufe/2', 'officer-call-edit'],
      ['/land/foerderung/aufrufe/2/antraege', 'officer-review-list'],
      ['/land/foerderung/antraege/4', 'officer-review'],
      ['/land/foerderung/antraege/2', 'officer-review-changes-requested'],
      ['/land/foerderung/antraege/1', 'officer-grant'],
      ['/land/foerderung/antraege/1/berichte/1', 'officer-report'],
    ], async (page, lang, reasons) => {
      // A grant above the request comes back with the error next to the amount.
      await page.goto(url(ctx.base, '/land/foerderung/antraege/4'), { waitUntil: 'load' });
      await page.fill('#granted', '99.999');
      await submit(page, 'form[action="/land/foerderung/antraege/4/bewilligung"]');
      if (!(await page.locator('#granted-error').count())) reasons.push(`[${lang}] no error next to the amount granted`);
      await axeHere(page, `grant form errors [${lang}]`, `officer-grant-errors-${lang}`, ctx.out, reasons);
      // A new call whose window closes before it opens comes back with the error next to the field.
      await page.goto(url(ctx.base, '/land/foerderung/1/aufrufe/neu'), { waitUntil: 'load' });
      await page.fill('#title', `Aufruf Test ${lang}`);
      await page.fill('#opens_at', '2027-06-01T00:00');
      await page.fill('#closes_at', '2027-05-01T00:00');
      await submit(page, 'form[action="/land/foerderung/1/aufrufe"]');
      if (!(await page.locator('#closes_at-error').count())) reasons.push(`[${lang}] no error next to the closing time`);
      await axeHere(page, `call form errors [${lang}]`, `officer-call-errors-${lang}`, ctx.out, reasons);
      await page.fill('#closes_at', '2027-09-30T23:59');
      await submit(page, 'form[action="/land/foerderung/1/aufrufe"]');
      if (!page.url().includes('/land/foerderung/1?notice=saved')) reasons.push(`[${lang}] after saving the call: at ${page.url()}`);
      const listed = await page.goto(url(ctx.base, '/foerderung'), { waitUntil: 'load' });
      if (!(await listed.text()).includes(`Aufruf Test ${lang}`)) reasons.push(`[${lang}] the new call is not on the public page`);
    }),
  },
  {
    name: 'coordinator edits the accessibility statement; a visitor reports a barrier',
    async run({ browser, base, out }) {
      const reasons = [];
      const context = await newContext(browser, base, { lang: 'de' });
      try {
        const page = await context.newPage();
        const problems = watchPage(page);
        await login(page, base, 'coordinator@musterstadt.example');
        await page.goto(url(base, '/m/musterstadt/verwaltung/rechtliches/barrierefreiheit'), { waitUntil: 'load' });
        await axeHere(page, 'legal editor', 'coordinator-legal-edit', out, reasons);
        const text = await page.inputValue('#body');
        await page.fill('#body', `${text}\n\nStand: geprüft im Browsertest.`);
        await submit(page, 'main form');
        if (!(await page.locator('main').innerText()).includes('geprüft im Browsertest')) reasons.push('the saved text is not shown');
        await axeHere(page, 'statement after saving', 'coordinator-legal-saved', out, reasons);
        await page.click('a[href="/m/musterstadt/barrierefreiheit/rueckmeldung"]');
        await page.waitForLoadState('load');
        await axeHere(page, 'feedback form', 'feedback-form', out, reasons);
        await submit(page, 'main form');
        await axeHere(page, 'feedback form errors', 'feedback-form-errors', out, reasons);
        await page.fill('#problem', 'Im Kalender fehlen Textalternativen für die Symbole.');
        await submit(page, 'main form');
        if (!page.url().includes('notice=feedback-sent')) reasons.push(`after sending feedback: at ${page.url()}`);
        reasons.push(...problems);
      } finally {
        await context.close().catch(() => {});
      }
      return reasons;
    },
  },
  {
    name: 'propose an idea, support, comment and reply without JavaScript',
    async run({ browser, base, out }) {
      const reasons = [];
      const context = await newContext(browser, base, { javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        const problems = watchPage(page);
        await login(page, base, 'resident@demo.example');
        await page.goto(url(base, '/m/musterstadt/beteiligung/vielfalt-2026'), { waitUntil: 'load' });
        await page.click('a[href="/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu"]');
        await page.waitForLoadState('load');
        await page.fill('#title', 'Lesepaten');
        // A picture without its description and a plan: both kept while the form comes back.
        await page.setInputFiles('#image', { name: 'lesepaten.png', mimeType: 'image/png', buffer: PNG });
        await page.setInputFiles('#attachments', { name: 'Leseplan.pdf', mimeType: 'application/pdf', buffer: PDF });
        await submit(page, 'main form');
        if ((await page.locator('.error-summary li').count()) < 2) reasons.push('no error summary for a too short idea and a picture without description');
        if ((await page.inputValue('#title')) !== 'Lesepaten') reasons.push('the typed title was lost');
        if (!(await page.locator('input[name="kept_image"]').isChecked())) reasons.push('the uploaded picture was not kept');
        if (!(await page.locator('input[name="kept_attachment"]').isChecked())) reasons.push('the uploaded attachment was not kept');
        await page.screenshot({ path: path.join(out, 'journey-idea-errors.png'), fullPage: true });
        await page.fill('#image_alt', 'Ein Kind und eine Lesepatin mit einem Bilderbuch');
        await page.fill('#title', 'Lesepatenschaften in der Grundschule Nordstadt');
        await page.fill('#body', 'Ehrenamtliche lesen einmal pro Woche mit Kindern, die zu Hause kein Deutsch sprechen.');
        await page.selectOption('#action_field', { label: 'Sprache & Bildung' });
        await page.selectOption('#neighbourhood', { label: 'Nordstadt' });
        await submit(page, 'main form');
        if (!page.url().includes('notice=idea-published')) reasons.push(`after publishing: at ${page.url()}`);
        const ideaPath = new URL(page.url()).pathname;
        if ((await page.locator('.idea-picture img[alt="Ein Kind und eine Lesepatin mit einem Bilderbuch"]').count()) !== 1) reasons.push('the picture is not shown with its description');
        const planHref = await page.locator('.file-list a').first().getAttribute('href').catch(() => null);
        if (!planHref || !planHref.endsWith('/Leseplan.pdf')) reasons.push(`the attachment is not listed (${planHref})`);
        else {
          const plan = await context.request.get(url(base, planHref));
          if (plan.status() !== 200 || plan.headers()['content-type'] !== 'application/pdf') reasons.push(`the attachment is not served as PDF (${plan.status()})`);
        }
        // Someone else supports and comments; the author replies.
        await page.goto(url(base, '/m/musterstadt/ideen/1'), { waitUntil: 'load' });
        const before = await page.locator('#unterstuetzen + p').innerText();
        await submit(page, 'form[action$="/unterstuetzung"]');
        const after = await page.locator('#unterstuetzen + p').innerText();
        if (before === after) reasons.push(`support count did not change (${before})`);
        await page.goto(url(base, ideaPath), { waitUntil: 'load' });
        await page.fill('#comment-body', 'Ich könnte dienstags lesen.');
        await submit(page, 'form[action$="/kommentare"]');
        await page.click('.comment__actions a[href*="antwort="]');
        await page.waitForLoadState('load');
        await page.fill('#comment-body', 'Donnerstags ginge auch.');
        await submit(page, 'form[action$="/kommentare"]');
        if ((await page.locator('.comment--depth-1').count()) !== 1) reasons.push('the reply is not shown under its comment');
        await page.screenshot({ path: path.join(out, 'journey-idea-discussed.png'), fullPage: true });
        reasons.push(...problems);
      } finally {
        await context.close().catch(() => {});
      }
      return reasons;
    },
  },
  {
    name: 'report a comment without JavaScript; the moderator hides it with a public reason',
    async run({ browser, base, out }) {
      const reasons = [];
      const resident = await newContext(browser, base, { javaScriptEnabled: false });
      // JavaScript on for the moderator only so that axe can check the queue.
      const moderator = await newContext(browser, base, {});
      try {
        const page = await resident.newPage();
        const problems = watchPage(page);
        await login(page, base, 'resident@demo.example');
        await page.goto(url(base, '/m/musterstadt/ideen/2'), { waitUntil: 'load' });
        const report = page.locator('.comment__actions a[href$="/melden"]').first();
        const commentPath = await report.getAttribute('href');
        await report.click();
        await page.waitForLoadState('load');
        await page.fill('#reason', 'Bitte prüfen: unfreundlicher Ton.');
        await submit(page, 'main form');
        if (!page.url().includes('notice=reported')) reasons.push(`after reporting: at ${page.url()}`);
        const commentId = commentPath.split('/').at(-2);
        const mod = await moderator.newPage();
        problems.push(...watchPage(mod));
        await login(mod, base, 'moderator@musterstadt.example');
        await mod.goto(url(base, '/m/musterstadt/moderation'), { waitUntil: 'load' });
        await axeHere(mod, 'moderation queue with a report', 'moderation-queue-open', out, reasons);
        const form = mod.locator(`form[action$="/ausblenden"]:has(input[name=id][value="${commentId}"])`).first();
        await form.locator('input[name=hide_reason]').fill('Im Browsertest ausgeblendet');
        await Promise.all([mod.waitForNavigation(), form.locator('button[type=submit]').click()]);
        await page.goto(url(base, '/m/musterstadt/ideen/2'), { waitUntil: 'load' });
        const text = await page.locator(`#kommentar-${commentId}`).innerText();
        if (!text.includes('Im Browsertest ausgeblendet')) reasons.push(`the hidden comment does not show the reason: ${text}`);
        await page.screenshot({ path: path.join(out, 'journey-moderated.png'), fullPage: true });
        reasons.push(...problems);
      } finally {
        await resident.close().catch(() => {});
        await moderator.close().catch(() => {});
      }
      return reasons;
    },
  },
  {
    name: 'pages reached from mails and edit forms are accessible',
    async run({ browser, base, out, mailDir }) {
      const reasons = [];
      const context = await newContext(browser, base, { lang: 'de' });
      try {
        const page = await context.newPage();
        const problems = watchPage(page);
        // The confirmation link of a new account.
        const email = `axe-${Date.now()}@example.org`;
        await page.goto(url(base, '/registrieren'), { waitUntil: 'load' });
        await page.fill('#display_name', 'Axe Prüfung');
        await page.fill('#email', email);
        await page.fill('#password', 'Barrierefrei für alle Menschen');
        await page.check('#privacy');
        await submit(page, 'form[action="/registrieren"]');
        let mail;
        for (let i = 0; i < 50 && !mail; i++) {
          mail = await newestMailTo(mailDir, email).catch(() => undefined);
          if (!mail) await new Promise((r) => setTimeout(r, 200));
        }
        const confirm = mail && (mail.body.match(/\/konto\/bestaetigen\/[0-9a-f]+/) || [])[0];
        if (!confirm) return ['no confirmation link arrived'];
        await page.goto(url(base, confirm), { waitUntil: 'load' });
        await axeHere(page, 'confirmation page', 'mail-confirm-page', out, reasons);
        // The password reset link (the form only; the password stays).
        await page.goto(url(base, '/passwort-vergessen'), { waitUntil: 'load' });
        await page.fill('#email', email);
        await submit(page, 'form[action="/passwort-vergessen"]');
        let reset;
        for (let i = 0; i < 50 && !reset; i++) {
          // Both mails can carry the same second: look through all of them.
          const all = await mailsTo(mailDir, email).catch(() => []);
          reset = all.map((m) => (m.body.match(/\/passwort-neu\/[0-9a-f]+/) || [])[0]).find(Boolean);
          if (!reset) await new Promise((r) => setTimeout(r, 200));
        }
        if (!reset) return [...reasons, 'no reset link arrived'];
        await page.goto(url(base, reset), { waitUntil: 'load' });
        await axeHere(page, 'new password form', 'mail-reset-page', out, reasons);
        // A participant's own comment and idea, with their edit forms.
        await login(page, base, 'resident@demo.example');
        await page.goto(url(base, '/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu'), { waitUntil: 'load' });
        await page.fill('#title', 'Vorlesestunde in mehreren Sprachen');
        await page.fill('#body', 'Einmal im Monat lesen Eltern in ihrer Sprache in der Stadtbibliothek vor.');
        await submit(page, 'main form');
        const ideaPath = new URL(page.url()).pathname;
        await page.goto(url(base, `${ideaPath}/bearbeiten`), { waitUntil: 'load' });
        await axeHere(page, 'idea edit form', 'idea-edit-form', out, reasons);
        // A disguised file and a picture without description: the errors, and the kept picture.
        await page.setInputFiles('#image', { name: 'bild.png', mimeType: 'image/png', buffer: PNG });
        await page.setInputFiles('#attachments', { name: 'plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>') });
        await submit(page, 'main form');
        if ((await page.locator('.error-summary a[href="#attachments"]').count()) !== 1) reasons.push('a disguised file was not refused by name');
        await axeHere(page, 'idea form with file errors', 'idea-form-file-errors', out, reasons);
        await page.fill('#image_alt', 'Eltern lesen Kindern vor');
        await submit(page, 'main form');
        await axeHere(page, 'idea with a picture', 'idea-with-picture', out, reasons);
        await page.goto(url(base, '/m/musterstadt/ideen/1'), { waitUntil: 'load' });
        await page.fill('#comment-body', 'Eine kurze Ergänzung.');
        await submit(page, 'form[action$="/kommentare"]');
        await page.click('.comment__actions a[href$="/bearbeiten"]');
        await page.waitForLoadState('load');
        await axeHere(page, 'comment edit form', 'comment-edit-form', out, reasons);
        await page.goto(url(base, '/m/musterstadt/kommentare/1/melden'), { waitUntil: 'load' });
        await axeHere(page, 'comment report form', 'comment-report-form', out, reasons);
        reasons.push(...problems);
      } finally {
        await context.close().catch(() => {});
      }
      return reasons;
    },
  },
  {
    name: 'register for an event as a guest without JavaScript; the coordinator writes to the participants',
    async run({ browser, base, out, mailDir }) {
      const reasons = [];
      // Once without JavaScript (what a phone without it does), once with it for axe on every step.
      for (const javaScriptEnabled of [false, true]) {
        const context = await newContext(browser, base, { javaScriptEnabled });
        const check = async (page, label, shot) => {
          if (javaScriptEnabled) await axeHere(page, label, shot, out, reasons);
        };
        try {
          const page = await context.newPage();
          const problems = watchPage(page);
          reasons.push(...(await guestJourney(page, base, mailDir, check, javaScriptEnabled)));
          reasons.push(...problems);
        } finally {
          await context.close().catch(() => {});
        }
      }
      return reasons;
    },
  },
  {
    name: 'enter five workshop cards in one form without JavaScript, with an error in between',
    async run({ browser, base, out }) {
      const reasons = [];
      for (const javaScriptEnabled of [false, true]) {
        const context = await newContext(browser, base, { javaScriptEnabled });
        try {
          const page = await context.newPage();
          const problems = watchPage(page);
          const tag = javaScriptEnabled ? 'js' : 'nojs';
          await login(page, base, 'coordinator@musterstadt.example');
          await page.goto(url(base, '/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/eingaben?veranstaltung=4'), { waitUntil: 'load' });
          const titles = ['Spielplatz am Bach', 'Deutschkurs mit Kinderbetreuung', 'Mehrsprachige Elternabende', 'Nachbarschaftshilfe per Aushang', `Karte aus dem Test ${tag}`];
          for (const [i, title] of titles.entries()) {
            await page.fill(`#reference_${i}`, `Karte ${i + 1}`);
            await page.fill(`#title_${i}`, title);
          }
          // A name without consent: the whole form comes back.
          await page.fill('#name_2', 'Samira B.');
          await submit(page, 'main form');
          if ((await page.locator('.error-summary a[href="#consent_2"]').count()) !== 1) reasons.push(`${tag}: the missing consent is not named at the top`);
          for (const [i, title] of titles.entries()) {
            if ((await page.inputValue(`#title_${i}`)) !== title) reasons.push(`${tag}: card ${i + 1} lost its title`);
          }
          if (javaScriptEnabled) await axeHere(page, 'cards with an error', 'offline-cards-errors', out, reasons);
          await page.check('#consent_2');
          await submit(page, 'main form');
          if (!page.url().includes('notice=offline-saved')) reasons.push(`${tag}: after saving at ${page.url()}`);
          const text = await page.locator('main').innerText();
          if (!text.includes(`Karte aus dem Test ${tag}`) || !text.includes('Samira B.')) reasons.push(`${tag}: the saved cards are not listed`);
          if (javaScriptEnabled) await axeHere(page, 'ideas from workshops', 'offline-cards-saved', out, reasons);
          reasons.push(...problems);
        } finally {
          await context.close().catch(() => {});
        }
      }
      return reasons;
    },
  },
  {
    name: 'write a measure of the concept without JavaScript, with errors in between, and find it on the public concept page',
    async run({ browser, base, out }) {
      const reasons = [];
      for (const javaScriptEnabled of [false, true]) {
        const context = await newContext(browser, base, { javaScriptEnabled });
        try {
          const page = await context.newPage();
          const problems = watchPage(page);
          const tag = javaScriptEnabled ? 'js' : 'nojs';
          const title = `Sprachpatenschaften im Sportverein ${tag}`;
          await login(page, base, 'coordinator@musterstadt.example');
          await page.goto(url(base, '/m/musterstadt/verwaltung/konzept/massnahmen/neu'), { waitUntil: 'load' });
          await page.fill('#title', title);
          await page.selectOption('#main_goal', { index: 1 });
          await page.fill('#starts_on', '2027-05-01');
          await page.fill('#ends_on', '2027-04-01');
          await page.fill('#cost', '1.200');
          await page.check('#status-dropped');
          await submit(page, 'main form');
          for (const field of ['ends_on', 'status_reason']) {
            if ((await page.locator(`.error-summary a[href="#${field}"]`).count()) !== 1) reasons.push(`${tag}: the error at ${field} is not named at the top`);
          }
          if ((await page.inputValue('#title')) !== title || (await page.inputValue('#cost')) !== '1.200') reasons.push(`${tag}: the typed measure was lost`);
          if (javaScriptEnabled) await axeHere(page, 'measure form with errors', 'measure-form-errors', out, reasons);
          await page.fill('#ends_on', '2027-12-31');
          await page.check('#status-planned');
          await submit(page, 'main form');
          const text = await page.locator('main').innerText();
          if (!text.includes(title) || !text.includes('1.200,00 €')) reasons.push(`${tag}: the saved measure does not show its title and cost (at ${page.url()})`);
          await page.goto(url(base, '/m/musterstadt/konzept'), { waitUntil: 'load' });
          if (!(await page.locator('main').innerText()).includes(title)) reasons.push(`${tag}: the measure is not on the concept page`);
          if (javaScriptEnabled) await axeHere(page, 'concept page with the new measure', 'concept-with-measure', out, reasons);
          reasons.push(...problems);
        } finally {
          await context.close().catch(() => {});
        }
      }
      return reasons;
    },
  },
  {
    name: 'report progress on a measure as its owner without JavaScript, with errors in between, and read it on the measure page',
    async run({ browser, base, out }) {
      const reasons = [];
      for (const javaScriptEnabled of [false, true]) {
        const context = await newContext(browser, base, { javaScriptEnabled });
        try {
          const page = await context.newPage();
          const problems = watchPage(page);
          const tag = javaScriptEnabled ? 'js' : 'nojs';
          const story = `Neue Gruppe am Samstag gestartet ${tag}`;
          await login(page, base, 'owner@musterstadt.example');
          await page.goto(url(base, '/m/musterstadt/massnahmen/1'), { waitUntil: 'load' });
          await page.click('a[href="/m/musterstadt/massnahmen/1/bericht"]');
          await page.waitForLoadState('load');
          await page.fill('#percent', '140');
          await page.fill('#text', story);
          await submit(page, 'form[action$="/bericht"]');
          if ((await page.locator('.error-summary a[href="#percent"]').count()) !== 1) reasons.push(`${tag}: the wrong percent is not named at the top`);
          if ((await page.inputValue('#text')) !== story) reasons.push(`${tag}: the typed report was lost`);
          if (javaScriptEnabled) await axeHere(page, 'progress report with errors', 'measure-report-errors', out, reasons);
          await page.fill('#percent', '70');
          await submit(page, 'form[action$="/bericht"]');
          const text = await page.locator('main').innerText();
          if (!text.includes(story) || !text.includes('70 % umgesetzt')) reasons.push(`${tag}: the measure page does not show the report (at ${page.url()})`);
          if ((await page.locator('main svg.chart--line').count()) < 1) reasons.push(`${tag}: the indicator chart is missing`);
          if (javaScriptEnabled) await axeHere(page, 'measure page with the report', 'measure-with-report', out, reasons);
          reasons.push(...problems);
        } finally {
          await context.close().catch(() => {});
        }
      }
      return reasons;
    },
  },
  {
    name: 'take an idea up into a measure without JavaScript, with an error in between; the idea says where it went',
    async run({ browser, base, out }) {
      const reasons = [];
      const context = await newContext(browser, base, { javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        const problems = watchPage(page);
        await login(page, base, 'coordinator@musterstadt.example');
        // An idea not taken up yet, from the newest down.
        let idea = null;
        for (let id = 66; id > 0 && idea === null; id--) {
          const response = await page.goto(url(base, `/m/musterstadt/ideen/${id}`), { waitUntil: 'load' });
          if (response.status() !== 200) continue;
          const text = await page.locator('main').innerText();
          if (!text.includes('Aufgenommen in:') && (await page.locator(`a[href="/m/musterstadt/ideen/${id}/massnahme"]`).count()) === 1) idea = id;
        }
        if (idea === null) return ['no idea left to take up in the demo'];
        await page.click(`a[href="/m/musterstadt/ideen/${idea}/massnahme"]`);
        await page.waitForLoadState('load');
        await submit(page, 'form[action$="/massnahme"]');
        if ((await page.locator('.error-summary a[href="#measure"]').count()) !== 1) reasons.push('choosing no measure is not named at the top');
        const chosen = await page.locator('#measure option').nth(1).getAttribute('value');
        await page.selectOption('#measure', chosen);
        await submit(page, 'form[action$="/massnahme"]');
        await page.goto(url(base, `/m/musterstadt/ideen/${idea}`), { waitUntil: 'load' });
        const text = await page.locator('main').innerText();
        if (!text.includes('Aufgenommen in:')) reasons.push(`idea ${idea} does not say it was taken up`);
        if ((await page.locator(`main a[href="/m/musterstadt/massnahmen/${chosen}"]`).count()) < 1) reasons.push(`idea ${idea} does not link its measure ${chosen}`);
        reasons.push(...problems);
      } finally {
        await context.close().catch(() => {});
      }
      return reasons;
    },
  },
  {
    name: 'comment on a paragraph of the draft in consultation without JavaScript, with an error in between; the coordinator answers',
    async run({ browser, base, out }) {
      const reasons = [];
      for (const javaScriptEnabled of [false, true]) {
        const tag = javaScriptEnabled ? 'js' : 'nojs';
        const said = `Bitte auch Abendtermine anbieten ${tag}`;
        const context = await newContext(browser, base, { javaScriptEnabled });
        try {
          const page = await context.newPage();
          const problems = watchPage(page);
          await login(page, base, 'resident@demo.example');
          await page.goto(url(base, '/m/musterstadt/konzept/versionen/2'), { waitUntil: 'load' });
          const note = page.locator('#absatz-massnahme-1 a, #absatz-ziel-1-1 a').first();
          if ((await note.count()) !== 1) reasons.push(`${tag}: no link to comment beside the paragraphs`);
          await page.goto(url(base, '/m/musterstadt/konzept/versionen/2/absatz/ziel-1-1'), { waitUntil: 'load' });
          await page.fill('#body', ' ');
          await submit(page, 'form[action$="/absatz/ziel-1-1"]');
          if ((await page.locator('.error-summary a[href="#body"]').count()) !== 1) reasons.push(`${tag}: the empty comment is not named at the top`);
          if (javaScriptEnabled) await axeHere(page, 'consultation comment with an error', 'consultation-comment-error', out, reasons);
          await page.fill('#body', said);
          await submit(page, 'form[action$="/absatz/ziel-1-1"]');
          if (!(await page.locator('main').innerText()).includes(said)) reasons.push(`${tag}: the comment is not shown on the paragraph's page`);
          const id = new URL(page.url()).hash.replace('#kommentar-', '');
          if (!/^\d+$/.test(id)) { reasons.push(`${tag}: not sent back to the new comment (at ${page.url()})`); continue; }

          const staff = await newContext(browser, base, { javaScriptEnabled });
          try {
            const office = await staff.newPage();
            await login(office, base, 'coordinator@musterstadt.example');
            await office.goto(url(base, '/m/musterstadt/konzept/versionen/2/absatz/ziel-1-1'), { waitUntil: 'load' });
            await office.click(`#kommentar-${id} a[href$="/beratung/${id}"]`);
            await office.waitForLoadState('load');
            await office.fill('#answer', 'Ab Herbst gibt es einen Abendtermin.');
            await submit(office, `form[action$="/beratung/${id}"]`);
            if ((await office.locator('.error-summary a[href="#outcome"]').count()) !== 1) reasons.push(`${tag}: the missing outcome is not named at the top`);
            if ((await office.inputValue('#answer')) !== 'Ab Herbst gibt es einen Abendtermin.') reasons.push(`${tag}: the typed answer was lost`);
            await office.check('#outcome-taken_up');
            await submit(office, `form[action$="/beratung/${id}"]`);
            const answered = await office.locator(`#kommentar-${id}`).innerText();
            if (!answered.includes('Berücksichtigt') || !answered.includes('Abendtermin')) reasons.push(`${tag}: the answer is not shown under the comment`);
            if (javaScriptEnabled) await axeHere(office, 'answered consultation comment', 'consultation-answered', out, reasons);
          } finally {
            await staff.close().catch(() => {});
          }
          await page.goto(url(base, '/benachrichtigungen'), { waitUntil: 'load' });
          if (!(await page.locator('main').innerText()).includes('beantwortet')) reasons.push(`${tag}: the author was not told of the answer`);
          reasons.push(...problems);
        } finally {
          await context.close().catch(() => {});
        }
      }
      return reasons;
    },
  },
  {
    name: 'build a survey with every kind of question and answer it without JavaScript, with errors in between',
    async run({ browser, base, out }) {
      const reasons = [];
      // Once without JavaScript, once with it for axe on every step.
      for (const javaScriptEnabled of [false, true]) {
        const tag = javaScriptEnabled ? 'js' : 'nojs';
        const check = async (page, label, shot) => {
          if (javaScriptEnabled) await axeHere(page, label, shot, out, reasons);
        };
        const context = await newContext(browser, base, { javaScriptEnabled });
        try {
          const page = await context.newPage();
          const problems = watchPage(page);
          await login(page, base, 'coordinator@musterstadt.example');
          await page.goto(url(base, '/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/umfragen/neu'), { waitUntil: 'load' });
          const title = `Umfrage aus dem Test ${tag}`;
          await page.fill('#title', title);
          await page.check('#access-public');
          await page.fill('#closes_on', '2000-01-01');
          await submit(page, 'main form');
          if ((await page.locator('.error-summary a[href="#closes_on"]').count()) !== 1) reasons.push(`${tag}: the wrong end date is not named at the top`);
          if ((await page.inputValue('#title')) !== title) reasons.push(`${tag}: the typed title was lost`);
          await check(page, 'survey settings with an error', 'survey-settings-errors');
          await page.fill('#closes_on', '2099-12-31');
          await page.check('#results_public');
          await submit(page, 'main form');
          if (!/\/verwaltung\/umfragen\/\d+\?notice=saved/.test(page.url())) return [...reasons, `${tag}: after creating the survey at ${page.url()}`];
          const builder = new URL(page.url()).pathname;
          const survey = builder.replace('/verwaltung/umfragen/', '/umfragen/');
          const add = async (kind, fields) => {
            await page.selectOption('#kind', kind);
            for (const [field, value] of Object.entries(fields)) {
              if (field === 'required') await page.check('#required');
              else await page.fill(`#${field}`, value);
            }
            if (!fields.required) await page.uncheck('#required');
            await submit(page, 'form[action$="/fragen"]');
          };
          // One answer only: the question comes back as typed.
          await add('single', { prompt: 'Wohnen Sie in Musterstadt?', options: 'Ja', required: true });
          if ((await page.locator('.error-summary a[href="#options"]').count()) !== 1) reasons.push(`${tag}: the missing second answer is not named`);
          if ((await page.inputValue('#prompt')) !== 'Wohnen Sie in Musterstadt?') reasons.push(`${tag}: the typed question was lost`);
          await check(page, 'survey builder with an error', 'survey-builder-errors');
          await page.fill('#options', 'Ja\nNein');
          await submit(page, 'form[action$="/fragen"]');
          await add('section', { prompt: 'Ihre Meinung' });
          await add('multiple', { prompt: 'Welche Angebote kennen Sie?', options: 'Sprachcafé\nElterncafé\nSportverein', max_choices: '2' });
          await add('text', { prompt: 'Was wünschen Sie sich?' });
          await add('scale', { prompt: 'Wie willkommen fühlen Sie sich?', low_label: 'gar nicht', high_label: 'sehr', required: true });
          await add('ranking', { prompt: 'Was ist am wichtigsten?', options: 'Sprache\nArbeit\nWohnen' });
          await add('matrix', { prompt: 'Wie zufrieden sind Sie mit …', rows: 'Kitas\nSchulen' });
          const listed = await page.locator('.survey-builder__item').count();
          if (listed !== 7) reasons.push(`${tag}: ${listed} questions listed, expected 7`);
          await check(page, 'survey builder with every kind of question', 'survey-builder-full');

          // A visitor answers (the survey is open to everyone): errors first, nothing lost.
          const visitor = await newContext(browser, base, { javaScriptEnabled, lang: 'de' });
          const answer = await visitor.newPage();
          try {
            await answer.goto(url(base, survey), { waitUntil: 'load' });
            const choice = (legend, value) => answer.locator(`fieldset:has(> legend:has-text("${legend}")) input[value="${value}"]`).first();
            for (const v of ['0', '1', '2']) await choice('Welche Angebote', v).check();
            await answer.getByLabel(/Was wünschen Sie sich/).fill('Mehr Sprachkurse am Abend');
            const ranks = answer.locator('fieldset:has(> legend:has-text("Was ist am wichtigsten")) select');
            for (const [i, rank] of ['2', '1', '3'].entries()) await ranks.nth(i).selectOption(rank);
            await answer.locator('fieldset.survey-matrix-row:has(legend:has-text("Kitas")) input[value="4"]').check();
            await submit(answer, 'main form');
            const named = await answer.locator('.error-summary a').count();
            if (named !== 3) reasons.push(`${tag}: ${named} problems named at the top, expected 3 (single, too many, scale)`);
            if ((await answer.getByLabel(/Was wünschen Sie sich/).inputValue()) !== 'Mehr Sprachkurse am Abend') reasons.push(`${tag}: the text answer was lost`);
            if ((await ranks.nth(1).inputValue()) !== '1') reasons.push(`${tag}: the ranking was lost`);
            await check(answer, 'survey answers with errors', 'survey-answer-errors');
            await choice('Welche Angebote', '2').uncheck();
            await choice('Wohnen Sie', '0').check();
            await choice('Wie willkommen', '4').check();
            await submit(answer, 'main form');
            if (!answer.url().includes('notice=survey-answered')) reasons.push(`${tag}: after answering at ${answer.url()}`);
            if (!(await answer.locator('main').innerText()).includes('bereits beantwortet')) reasons.push(`${tag}: the second visit offers the form again`);
            await check(answer, 'survey answered', 'survey-answered');
          } finally {
            await visitor.close().catch(() => {});
          }
          await page.goto(url(base, `${survey}/ergebnisse`), { waitUntil: 'load' });
          const results = await page.locator('main').innerText();
          if (!results.includes('Mehr Sprachkurse am Abend') || (await page.locator('svg.chart').count()) < 5) reasons.push(`${tag}: the results miss the answer or charts`);
          await check(page, 'survey results', 'survey-results-new');
          reasons.push(...problems);
        } finally {
          await context.close().catch(() => {});
        }
      }
      return reasons;
    },
  },
  {
    name: 'forms with errors are accessible (de, en)',
    async run({ browser, base, out }) {
      const reasons = [];
      for (const lang of LANGS) {
        const context = await newContext(browser, base, { lang });
        try {
          const page = await context.newPage();
          const problems = watchPage(page);
          await page.goto(url(base, '/registrieren'), { waitUntil: 'load' });
          await page.fill('#password', 'qwertz');
          await submit(page, 'form[action="/registrieren"]');
          if ((await page.locator('.error-summary li').count()) < 3) reasons.push(`${lang}: the error summary lists fewer than 3 problems`);
          await axeHere(page, `register errors ${lang}`, `errors-register-${lang}`, out, reasons);
          await page.goto(url(base, '/anmelden'), { waitUntil: 'load' });
          await page.fill('#email', 'resident@demo.example');
          await page.fill('#password', 'wrong password');
          await submit(page, 'form[action="/anmelden"]');
          await axeHere(page, `login errors ${lang}`, `errors-login-${lang}`, out, reasons);
          reasons.push(...problems);
        } finally {
          await context.close().catch(() => {});
        }
      }
      return reasons;
    },
  },
  {
    name: 'stakeholder directory, organisation page, members and form errors (de, en)',
    async run({ browser, base, out }) {
      const reasons = [];
      for (const lang of LANGS) {
        const context = await newContext(browser, base, { lang });
        try {
          const page = await context.newPage();
          const problems = watchPage(page);
          // A visitor: from the municipality to the directory, filtered, to the first organisation.
          await page.goto(url(base, '/m/musterstadt'), { waitUntil: 'load' });
          await page.click('main a[href="/m/musterstadt/organisationen"]');
          await page.waitForLoadState('load');
          await page.selectOption('#kind', 'association');
          await submit(page, 'form.filter-form');
          if (!page.url().includes('kind=association')) reasons.push(`${lang}: filtering went to ${page.url()}`);
          await axeHere(page, `directory filtered [${lang}]`, `organisation-directory-filtered-${lang}`, out, reasons);
          const first = page.locator('.organisation-list a').first();
          const name = (await first.innerText()).trim();
          await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), first.click()]);
          if ((await page.locator('h1').innerText()).trim() !== name) reasons.push(`${lang}: the organisation page is not titled ${name}`);
          if ((await page.locator('main a[href^="mailto:"]').count()) !== 0) reasons.push(`${lang}: contact address shown to a visitor`);
          await axeHere(page, `organisation page [${lang}]`, `organisation-page-${lang}`, out, reasons);
          // Its admin: from the account page to the members; an invitation and a registration with errors.
          await login(page, base, 'verein@demo.example');
          await page.click('main a[href$="/verwaltung"]');
          await page.waitForLoadState('load');
          await axeHere(page, `organisation members [${lang}]`, `organisation-members-${lang}`, out, reasons);
          await page.fill('#email', 'kein-at');
          await submit(page, 'form[action$="/einladen"]');
          if ((await page.locator('.error-summary li').count()) < 1) reasons.push(`${lang}: no error summary for a bad invitation`);
          await axeHere(page, `invitation errors [${lang}]`, `organisation-invitation-errors-${lang}`, out, reasons);
          await page.goto(url(base, '/m/musterstadt/organisationen/neu'), { waitUntil: 'load' });
          await page.fill('#name', 'X');
          await page.fill('#website', 'ftp://verein.example');
          await page.check('main input[name=topic] >> nth=0');
          await submit(page, 'form[action="/m/musterstadt/organisationen/neu"]');
          if ((await page.locator('.error-summary li').count()) < 4) reasons.push(`${lang}: the error summary lists fewer than 4 problems`);
          if ((await page.inputValue('#name')) !== 'X') reasons.push(`${lang}: the typed name was lost`);
          if (!(await page.isChecked('main input[name=topic] >> nth=0'))) reasons.push(`${lang}: the chosen topic was lost`);
          await axeHere(page, `organisation form errors [${lang}]`, `organisation-form-errors-${lang}`, out, reasons);
          reasons.push(...problems);
        } finally {
          await context.close().catch(() => {});
        }
      }
      return reasons;
    },
  },
  {
    name: 'invitation by mail accepted, organisation verified, without JavaScript',
    async run({ browser, base, out, mailDir }) {
      const reasons = [];
      const admin = await newContext(browser, base, { lang: 'de', javaScriptEnabled: false });
      const invited = await newContext(browser, base, { lang: 'de', javaScriptEnabled: false });
      const coordinator = await newContext(browser, base, { lang: 'de', javaScriptEnabled: false });
      try {
        const page = await admin.newPage();
        const problems = watchPage(page);
        await login(page, base, 'verein@demo.example');
        await page.click('main a[href$="/verwaltung"]');
        await page.waitForLoadState('load');
        await page.fill('#email', 'resident@demo.example');
        await page.selectOption('#role', 'member');
        await submit(page, 'form[action$="/einladen"]');
        if (!page.url().includes('notice=organisation-invited')) reasons.push(`after inviting: at ${page.url()}`);
        let mail;
        for (let i = 0; i < 50 && !mail?.body.includes('/einladung/'); i++) {
          mail = await newestMailTo(mailDir, 'resident@demo.example').catch(() => undefined);
          if (!mail?.body.includes('/einladung/')) await new Promise((r) => setTimeout(r, 200));
        }
        const link = (mail?.body.match(/https?:\/\/\S+\/organisationen\/einladung\/[0-9a-f]+/) || [])[0];
        if (!link) return [...reasons, 'no invitation link arrived by mail'];

        const other = await invited.newPage();
        const otherProblems = watchPage(other);
        await other.goto(url(base, new URL(link).pathname), { waitUntil: 'load' });
        // Not logged in: the page leads to the login and back.
        await other.click('main a[href^="/anmelden"]');
        await other.waitForLoadState('load');
        await other.fill('#email', 'resident@demo.example');
        await other.fill('#password', 'teilhabe-demo');
        await submit(other, 'form[action="/anmelden"]');
        if (!other.url().includes('/einladung/')) reasons.push(`after login the invitee is at ${other.url()}`);
        await other.screenshot({ path: path.join(out, 'journey-invitation.png'), fullPage: true });
        await submit(other, 'main form');
        if (!other.url().includes('notice=organisation-joined')) reasons.push(`after accepting: at ${other.url()}`);
        if (!(await other.locator('main').innerText()).includes('Ayşe Demir')) reasons.push('the new member is not listed');

        // The coordinator verifies the organisation that was waiting; it appears in the directory.
        const review = await coordinator.newPage();
        const reviewProblems = watchPage(review);
        await login(review, base, 'coordinator@musterstadt.example');
        await review.goto(url(base, '/m/musterstadt/verwaltung/organisationen'), { waitUntil: 'load' });
        await submit(review, 'main form[action$="/verifizieren"]');
        if (!review.url().includes('notice=organisation-verified')) reasons.push(`after verifying: at ${review.url()}`);
        await review.screenshot({ path: path.join(out, 'journey-organisation-verified.png'), fullPage: true });
        await review.goto(url(base, '/m/musterstadt/organisationen'), { waitUntil: 'load' });
        if (!(await review.locator('main').innerText()).includes('Elternnetz Nordstadt')) reasons.push('the verified organisation is not in the directory');
        reasons.push(...problems, ...otherProblems, ...reviewProblems);
      } finally {
        await admin.close().catch(() => {});
        await invited.close().catch(() => {});
        await coordinator.close().catch(() => {});
      }
      return reasons;
    },
  },
  {
    name: 'no-javascript home',
    async run({ browser, base, out }) {
      const context = await newContext(browser, base, { javaScriptEnabled: false });
      const reasons = [];
      try {
        for (const [shot, p] of [['nojs-home', '/'], ['nojs-municipality', '/m/musterstadt']]) {
          const page = await context.newPage();
          const problems = watchPage(page);
          const response = await page.goto(url(base, p), { waitUntil: 'load' });
          const status = response ? response.status() : 0;
          if (status !== 200) reasons.push(`${p}: status ${status}, expected 200`);
          const h1 = await page.locator('h1').count();
          if (h1 < 1) reasons.push(`${p}: no h1`);
          await page.screenshot({ path: path.join(out, `${shot}.png`), fullPage: true });
          reasons.push(...problems.map((m) => `${p}: ${m}`));
          await page.close();
        }
      } finally {
        await context.close().catch(() => {});
      }
      return reasons;
    },
  },
];

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  let entries;
  try {
    entries = JSON.parse(await readFile(opts.pages, 'utf8'));
    if (!Array.isArray(entries)) throw new Error('expected a JSON array');
    for (const e of entries) {
      if (typeof e.name !== 'string' || typeof e.path !== 'string') throw new Error(`entry without name/path: ${JSON.stringify(e)}`);
    }
  } catch (err) {
    console.error(`e2e: cannot read pages file ${opts.pages}: ${err.message}`);
    finish(0, 1);
  }

  await mkdir(opts.out, { recursive: true });

  const unreachable = await waitForServer(opts.base, opts.wait);
  if (unreachable) {
    console.error(`e2e: SERVER NOT REACHABLE at ${opts.base} (${unreachable}) after waiting ${opts.wait}s - is it running?`);
    finish(0, 1);
  }

  let browser;
  try {
    browser = await chromium.launch({ executablePath: opts.chromium, args: CHROMIUM_ARGS });
  } catch (err) {
    console.error(`e2e: cannot start Chromium at ${opts.chromium}: ${err.message.split('\n')[0]}`);
    console.error('e2e: install it (apt-get install -y chromium) or pass --chromium PATH / CHROMIUM_PATH');
    finish(0, 1);
  }

  const log = (line) => console.log(line);
  const results = [];
  const record = (label, reasons) => {
    results.push({ test: label, ok: reasons.length === 0, reasons });
    log(reasons.length === 0 ? `ok   ${label}` : `FAIL ${label}: ${reasons.join('; ')}`);
  };

  try {
    // --only TEXT: the pages and journeys whose name contains TEXT (while working on them).
    const chosen = (name) => !opts.only || name.includes(opts.only);
    for (const entry of entries.filter((e) => chosen(e.name))) {
      for (const lang of LANGS) {
        record(`${entry.name} [${lang}]`, await checkPage(browser, opts, entry, lang));
      }
    }
    for (const journey of journeys.filter((j) => chosen(j.name))) {
      let reasons;
      try {
        reasons = await journey.run({ browser, base: opts.base, out: opts.out, log, mailDir: opts.mailDir });
      } catch (err) {
        reasons = [`error: ${err.message.split('\n')[0]}`];
      }
      record(`journey: ${journey.name}`, reasons ?? []);
    }
  } finally {
    await browser.close().catch(() => {});
  }

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  await writeFile(path.join(opts.out, 'results.json'), JSON.stringify({ base: opts.base, passed, failed, results }, null, 2) + '\n');
  finish(passed, failed);
}

main().catch((err) => {
  console.error(`e2e: unexpected error: ${err.stack || err}`);
  finish(0, 1);
});
