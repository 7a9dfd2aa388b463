// Makes the fake-camera videos of the capture specs (nothing binary is committed): the specimen
// ID card in fixtures/specimen.html is rendered to PNG by Chromium, then ffmpeg turns it into
// the .y4m files Chromium plays as its camera: one well lit (a still picture: the steady
// document auto-capture fires on), one far too dark, and one shaking (moved and turned a little
// from frame to frame: auto-capture must not fire).
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const captureFixtures = path.resolve(__dirname, '..', 'target', 'capture-fixtures');

function y4m(png: string, out: string, filter: string, frames = 5) {
  // A few frames are enough: Chromium loops the file.
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-loop', '1', '-i', png, '-frames:v', String(frames), '-r', '5',
    '-vf', `${filter}format=yuv420p`, '-f', 'yuv4mpegpipe', out]);
}

export default async function globalSetup() {
  // The MRZ reader's specimen passports as fake-camera videos (valid, and valid but expired),
  // rendered in OCR-B by its generator (skipped while they are there and up to date).
  execFileSync(path.resolve(__dirname, '..', 'scripts', 'mrz-specimens'), ['--videos'], { stdio: 'inherit' });
  const png = path.join(captureFixtures, 'specimen.png');
  const videos = ['specimen.y4m', 'dark.y4m', 'shaking.y4m'].map((v) => path.join(captureFixtures, v));
  if (videos.every((v) => fs.existsSync(v)) && fs.statSync(png).mtimeMs > fs.statSync(path.join(__dirname, 'fixtures', 'specimen.html')).mtimeMs) return;
  fs.mkdirSync(captureFixtures, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto('file://' + path.join(__dirname, 'fixtures', 'specimen.html'));
  await page.screenshot({ path: png });
  await browser.close();
  y4m(png, videos[0], '');
  // A room with the light off: a fifth of the brightness.
  y4m(png, videos[1], 'lutyuv=y=val*0.2,');
  // A hand that shakes: each frame cut from another place (up to 30 px off) and turned by up to
  // 3 degrees, then brought back to the full size. `n` is the frame's number.
  y4m(png, videos[2], 'crop=w=iw-60:h=ih-60:x=30+30*sin(n*1.7):y=30+30*cos(n*2.3),scale=1280:720,rotate=0.05*sin(n*2.1),', 10);
}
