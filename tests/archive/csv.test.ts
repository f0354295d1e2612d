import { test } from "node:test";
import assert from "node:assert/strict";
import { csvField, eventsToCsv } from "../../src/archive/csv.ts";
import type { Event } from "../../src/model/schema.ts";
import { NO_EVENT_EVIDENCE } from "../support/evidence.ts";

const event: Event = {
  id: "2031-03-10-ana-rojas-kenya",
  url: "/events/2031-03-10-ana-rojas-kenya/",
  title: 'Ana Rojas\'s "historic" state visit to Kenya, Nairobi',
  kind: "state visit",
  start: "2031-03-10",
  end: "2031-03-11",
  precision: "day",
  visitor: "ana-rojas",
  from: "chile",
  host: "kenya",
  articles: ["101_preview", "102_report"],
  participants: ["ana-rojas", "joseph-mwangi"],
  coverage: [
    { article: "101_preview", role: "preview", evidence: ["x"] },
    { article: "102_report", role: "report", evidence: ["y"] },
  ],
  figures: [],
  outcomes: [],
  why: NO_EVENT_EVIDENCE,
};

test("fields with commas, quotes or line breaks are quoted, quotes doubled", () => {
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField("a,b"), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField("two\nlines"), '"two\nlines"');
});

test("events become a header row and one CRLF-terminated row each", () => {
  const csv = eventsToCsv([event, { ...event, id: "undated-visit-peru", start: null, end: null, precision: "unknown", visitor: null, from: null, title: "Visit to Peru" }]);
  const lines = csv.split("\r\n");
  assert.equal(lines[0], "id,url,title,kind,start,end,precision,visitor,from,host,articles,participants,roles");
  assert.equal(
    lines[1],
    '2031-03-10-ana-rojas-kenya,/events/2031-03-10-ana-rojas-kenya/,"Ana Rojas\'s ""historic"" state visit to Kenya, Nairobi",state visit,2031-03-10,2031-03-11,day,ana-rojas,chile,kenya,101_preview;102_report,ana-rojas;joseph-mwangi,101_preview:preview;102_report:report',
  );
  assert.equal(lines[2], "undated-visit-peru,/events/2031-03-10-ana-rojas-kenya/,Visit to Peru,state visit,,,unknown,,,kenya,101_preview;102_report,ana-rojas;joseph-mwangi,101_preview:preview;102_report:report");
  assert.equal(lines[3], "");
  assert.equal(eventsToCsv([]), "id,url,title,kind,start,end,precision,visitor,from,host,articles,participants,roles\r\n");
});
