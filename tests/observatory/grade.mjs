// Grades pages with MDN's HTTP Observatory, as its scanner does (src/scanner/index.js), but at a
// port and path of our choosing: its `scan()` takes only a host name, its `retrieve()` also the
// ports and the path. Usage: node grade.mjs <host> <http port> <https port> <path>...
// Prints one line per path and exits 1 unless every path grades A+.
import { retrieve } from "@mdn/mdn-http-observatory/src/retriever/retriever.js";
import { ALL_TESTS } from "@mdn/mdn-http-observatory/src/constants.js";
import { getGradeForScore, getScoreModifier } from "@mdn/mdn-http-observatory/src/grader/grader.js";
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from "@mdn/mdn-http-observatory/src/grader/charts.js";

const [host, httpPort, httpsPort, ...paths] = process.argv.slice(2);

/** The grade of one path: as `scan()` computes it, with the tests that did not pass. */
async function grade(path) {
  const r = await retrieve(host, { httpPort, httpsPort, path });
  if (!r.responses.auto) throw new Error(`${path}: no answer`);
  let withExtraCredit = 100;
  let uncurved = 100;
  const failed = [];
  for (const test of ALL_TESTS) {
    const result = test(r);
    if (!result.result) continue;
    const modifier = getScoreModifier(result.result);
    withExtraCredit += modifier;
    if (modifier < 0) uncurved += modifier;
    if (!result.pass) failed.push(`${result.result} (${modifier})`);
  }
  const score = uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved;
  return { ...getGradeForScore(score), status: r.responses.auto.status, failed };
}

let worst = 0;
for (const path of paths) {
  const { grade: letter, score, status, failed } = await grade(path);
  console.log(`${letter.padEnd(2)} ${String(score).padStart(3)}  ${path} (${status})${failed.length ? `  failed: ${failed.join(", ")}` : ""}`);
  if (letter !== "A+") worst = 1;
}
process.exit(worst);
