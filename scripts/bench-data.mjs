// The benchmark's data (scripts/bench.mjs): our timeline in TimelineJS's format, and
// generated timelines of any size in ours.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

/** TimelineJS's JSON for our events: headline, summary, then the quotes and their sources. */
export function timelineJsData(data) {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const escape = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const day = (text) => {
    const [year, month, dayOfMonth] = text.split("-");
    return { year, month, day: dayOfMonth };
  };
  return {
    title: { text: { headline: escape(data.title.fr), text: `<p>${escape(data.intro.fr)}</p>` } },
    events: data.events.map((event) => ({
      unique_id: event.id,
      start_date: day(event.date.from),
      ...(event.date.to ? { end_date: day(event.date.to) } : {}),
      ...(event.context ? { group: "Contexte" } : {}),
      text: {
        headline: escape(event.headline.fr),
        text:
          `<p>${escape(event.summary.fr)}</p>` +
          event.quotes
            .map((q) => {
              const s = sources.get(q.source);
              return `<blockquote>${escape(q.text)}</blockquote><p>— ${escape(s.outlet.fr)}, « ${escape(s.headline)} », ${escape(s.published_label.fr)}</p>`;
            })
            .join(""),
      },
    })),
  };
}

/** `count` events in our data format, four a day from 1 January 2020, cycling through the
 *  real events' texts and quotes (quotes must be verbatim from the archived sources). */
export function generatedTimeline(count) {
  const data = JSON.parse(readFileSync(join(ROOT, "public/timeline.json"), "utf8"));
  const models = data.events.filter((e) => !e.context);
  const start = Date.UTC(2020, 0, 1);
  const iso = (days) => new Date(start + days * 86_400_000).toISOString().slice(0, 10);
  const lastDay = Math.ceil(count / 4) - 1;
  const events = [];
  for (let i = 0; i < count; i++) {
    const model = models[i % models.length];
    const event = structuredClone(model);
    event.id = `evenement-${i + 1}`;
    delete event.context;
    event.date = {
      precision: "day",
      from: iso(Math.floor(i / 4)),
      reasoning: { fr: "Date générée pour le banc d’essai.", en: "A date generated for the benchmark." },
    };
    event.headline = { fr: `${model.headline.fr} (${i + 1})`, en: `${model.headline.en} (${i + 1})` };
    events.push(event);
  }
  return { ...data, window: { start: iso(0), end: iso(lastDay) }, events };
}
