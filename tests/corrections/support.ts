// Hand-made article records for correction tests (independent of what the extractors read), and
// the corrections pipeline around the archive, as src/pipeline.ts runs it.
import type { ArticleRecord, PersonMention, VisitMention } from "../../src/model/schema.ts";
import { loadAuthority } from "../../src/model/authority.ts";
import { archiveRecords } from "../../src/archive/index.ts";
import { checkArchive } from "../../src/archive/check.ts";
import { correctArchive, correctRecords, parseCorrections } from "../../src/corrections/index.ts";
import { articleRecord } from "../support/article-record.ts";
import { evidence } from "../support/evidence.ts";

export const authority = loadAuthority("data/authority.json");

export function person(id: string, name: string, fields: Partial<PersonMention> = {}): PersonMention {
  return { id, name, forms: [name], role: null, country: null, evidence: evidence(`${name} spoke.`, name, "known name"), ...fields };
}

export function visit(sentence: string, fields: Partial<VisitMention> & Pick<VisitMention, "host">): VisitMention {
  return {
    visitor: null,
    from: null,
    kind: "official visit",
    start: null,
    end: null,
    precision: "unknown",
    tense: "past",
    sentence,
    paragraph: 0,
    people: [],
    why: { host: evidence(sentence, "visit", "visit to a place"), visitor: null, from: null, dates: null },
    ...fields,
  };
}

/** A KPL report of an invented Cambodian visit to Laos, an AKP preview of it, a Xinhua note, and a VNA story naming two people called Trần Văn Hải. */
export function corpus(): ArticleRecord[] {
  const kpl = articleRecord("301_kpl", {
    title: "Cambodian PM Sok Vanna begins official visit to Laos",
    published: "2031-05-10",
    dateline: "VIENTIANE, May 10 (KPL) –",
    sources: ["KPL"],
    paragraphs: [
      "Cambodian Prime Minister Samdech Sok Vanna arrived in Vientiane today for a two-day official visit to Laos at the invitation of Lao Prime Minister Khamla Vongsa.",
      "Prime Minister Vanna and Prime Minister Khamla held talks at the Prime Minister's Office, with Foreign Minister Bounmy Keola in attendance.",
    ],
    people: [
      person("sok-vanna", "Sok Vanna", { forms: ["Samdech Sok Vanna", "Prime Minister Vanna"], role: "Prime Minister", country: "cambodia" }),
      person("khamla-vongsa", "Khamla Vongsa", { forms: ["Khamla Vongsa", "Prime Minister Khamla"], role: "Prime Minister", country: "laos" }),
      person("bounmy-keola", "Bounmy Keola", { role: "Foreign Minister", country: "laos" }),
    ],
    countries: [
      { id: "cambodia", forms: ["Cambodian"] },
      { id: "laos", forms: ["Laos", "Lao"] },
    ],
    visits: [
      visit("Cambodian Prime Minister Samdech Sok Vanna arrived in Vientiane today for a two-day official visit to Laos at the invitation of Lao Prime Minister Khamla Vongsa.", {
        visitor: "sok-vanna",
        from: "cambodia",
        host: "laos",
        start: "2031-05-10",
        end: "2031-05-11",
        precision: "day",
        tense: "present",
        people: ["sok-vanna", "khamla-vongsa"],
      }),
    ],
  });
  const akp = articleRecord("302_akp", {
    title: "Prime Minister Vanna to pay official visit to Laos next week",
    published: "2031-05-04",
    dateline: "Phnom Penh, May 4 (AKP) —",
    paragraphs: [
      "Samdech Moha Bovor Thipadei Sok Vanna, Prime Minister of the Kingdom of Cambodia, will pay an official visit to Laos on May 14, the Ministry of Foreign Affairs said.",
      "Sources close to the Ministry said Bounmy Keolla would greet the delegation at Wattay airport.",
    ],
    people: [person("sok-vanna", "Sok Vanna", { role: "Prime Minister", country: "cambodia" }), person("bounmy-keolla", "Bounmy Keolla")],
    countries: [
      { id: "cambodia", forms: ["Cambodia"] },
      { id: "laos", forms: ["Laos"] },
    ],
    visits: [
      visit("Samdech Moha Bovor Thipadei Sok Vanna, Prime Minister of the Kingdom of Cambodia, will pay an official visit to Laos on May 14, the Ministry of Foreign Affairs said.", {
        visitor: "sok-vanna",
        from: "cambodia",
        host: "laos",
        start: "2031-05-14",
        end: "2031-05-14",
        precision: "day",
        tense: "future",
        people: ["sok-vanna"],
      }),
    ],
  });
  const xinhua = articleRecord("303_xinhua", {
    title: "Lao, Cambodian leaders eye stronger rail links, Xinhua reports",
    published: "2031-05-12",
    publishedBasis: "inferred",
    publishedRange: { earliest: "2031-05-11", latest: "2031-05-13" },
    publishedEvidence: "The two leaders on Sunday agreed to study a rail link.",
    paragraphs: ["VIENTIANE, May 11 (Xinhua) -- The two leaders on Sunday agreed to study a rail link, officials said, recalling Khamla's visit to Phnom Penh."],
    people: [person("khamla", "Khamla", { forms: ["Khamla"] }), person("phnom-penh", "Phnom Penh")],
    countries: [{ id: "laos", forms: ["Lao"] }],
    visits: [visit("The two leaders on Sunday agreed to study a rail link, officials said, recalling Khamla's visit to Phnom Penh.", { visitor: "khamla", host: "cambodia", tense: "past", people: ["khamla"] })],
  });
  const vna = articleRecord("304_vna", {
    title: "Two officials named Trần Văn Hải meet Lao guests in Hà Nội",
    published: "2031-05-13",
    paragraphs: [
      "HÀ NỘI — Deputy Minister of Finance Trần Văn Hải received Lao Foreign Minister Bounmy Keola on Tuesday.",
      "Separately, Hà Nội's Vice Chairman Trần Văn Hải hosted a Lao youth delegation.",
    ],
    people: [person("tran-van-hai", "Trần Văn Hải", { role: "Deputy Minister of Finance", country: "vietnam" }), person("bounmy-keola", "Bounmy Keola")],
    countries: [{ id: "vietnam", forms: ["Việt Nam"] }],
  });
  const vns = articleRecord("305_vns", {
    title: "Hà Nội Vice Chairman Hải welcomes Lao youth delegation",
    published: "2031-05-14",
    paragraphs: ["HÀ NỘI — Vice Chairman of the Hà Nội People's Committee Trần Văn Hải on Wednesday welcomed 50 young Lao volunteers. — VNS"],
    people: [person("tran-van-hai", "Trần Văn Hải", { role: "Vice Chairman of the Hà Nội People's Committee" })],
    countries: [{ id: "vietnam", forms: ["Việt Nam"] }],
  });
  return [kpl, akp, xinhua, vna, vns];
}

/** The archive from `records` with the corrections in `yaml`, as the pipeline applies them. */
export function corrected(records: ArticleRecord[], yaml: string) {
  const file = parseCorrections(yaml);
  const fixed = correctRecords(records, file.corrections, authority);
  const archived = correctArchive(archiveRecords(fixed.records, [], { authority }), file.corrections, authority);
  return { archive: checkArchive(archived.archive), outcomes: [...fixed.outcomes, ...archived.outcomes], problems: file.problems };
}

/** `reason` and `date`, for entries whose why and when do not matter to a test. */
export const WHY = "  reason: Checked against the agency's own corrected copy.\n  date: 2031-06-01\n";
