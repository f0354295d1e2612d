import { test } from "node:test";
import assert from "node:assert/strict";
import { deriveSummary, deriveTitle } from "../../src/ingest/title.ts";

function assertTitle(lead: string, expected: string): void {
  const title = deriveTitle([lead, "A second paragraph follows."]);
  assert.equal(title, expected);
  assert.ok(title.length >= 15 && title.length <= 110, `length ${title.length}`);
  assert.ok(!title.endsWith("."), "no final full stop");
}

test("drops an opening phrase and an appositive before the verb", () => {
  assertTitle(
    "In recent years, the Chile-Peru partnership, a bond built by President Ana Lima, President Jorge Ruiz, and generations of leaders, has grown stronger and delivered real results.",
    "The Chile-Peru partnership has grown stronger and delivered real results",
  );
});

test("drops trailing attribution and participle clauses", () => {
  assertTitle(
    "The talks between Kenya and Ghana on March 3 and 4, respectively, were highly productive, reflecting the resolve of both nations, according to Foreign Minister Kofi Mensah.",
    "The talks between Kenya and Ghana on March 3 and 4 were highly productive",
  );
  assertTitle("Chilean exports to Peru rose 12 percent last year, the trade ministry said.", "Chilean exports to Peru rose 12 percent last year");
});

test("drops a leading According to … and parentheticals", () => {
  assertTitle(
    "According to the Deputy Prime Minister, the summit will open on March 10 in Lima (Peru) at the invitation of President Jorge Ruiz, Chairman of the Andean Community Council and Head of State.",
    // Over 110 characters with the invitation, 40 without: the invitation tail goes first.
    "The summit will open on March 10 in Lima",
  );
  assertTitle(
    "According to the Deputy Prime Minister, the summit will open at the invitation of President Jorge Ruiz, Chairman of the Andean Community Council and Head of State.",
    // Dropping the invitation would leave a title under 40 characters: cut at the comma instead.
    "The summit will open at the invitation of President Jorge Ruiz",
  );
});

test("a long lead loses its delegation, weekday and invitation before anything else", () => {
  assertTitle(
    "President Ana Lima and a large business delegation on Monday concluded an official visit to Kenya at the invitation of President William Otieno and First Lady Grace Otieno of the Republic of Kenya.",
    "President Ana Lima concluded an official visit to Kenya",
  );
});

test("cuts at a phrase boundary, not inside a list or mid-word", () => {
  assertTitle(
    "The two ministers signed five agreements on trade, energy, tourism, education and health during a ceremony in Santiago attended by hundreds of officials and business leaders from both countries.",
    "The two ministers signed five agreements on trade, energy, tourism, education and health during a ceremony",
  );
  assertTitle(
    "Prime Minister Olu Bankole’s recently concluded state visit to Ghana marked a historic milestone and opened a new chapter in the long relationship of the two West African nations.",
    "Prime Minister Olu Bankole’s recently concluded state visit to Ghana marked a historic milestone",
  );
});

test("a relative clause after the subject goes", () => {
  assertTitle(
    "Prime Minister Olu Bankole, who took office in 2024, met his Ghanaian counterpart in Accra on Tuesday, according to state media.",
    "Prime Minister Olu Bankole met his Ghanaian counterpart in Accra",
  );
});

test("capitalises the first letter", () => {
  assert.equal(deriveTitle(["on the eve of the summit, leaders of Chile and Peru met in Lima."]), "Leaders of Chile and Peru met in Lima");
});

test("a too-short lead runs on into the next sentence", () => {
  const title = deriveTitle(["Talks held.", "Chile and Peru agreed on a new border crossing."]);
  assert.ok(title.length >= 15 && title.length <= 110, title);
  assert.ok(title.startsWith("Talks held"));
});

test("a lead with no boundary at all is cut at a word with an ellipsis", () => {
  const lead = `The ${"very ".repeat(40)}long sentence ends here.`;
  const title = deriveTitle([lead]);
  assert.ok(title.length <= 110);
  assert.ok(title.endsWith("…"));
  assert.ok(!/\s…$/.test(title));
});

test("summary: the whole lead when short", () => {
  assert.equal(deriveSummary(["Chile and Peru signed a treaty.", "More."]), "Chile and Peru signed a treaty.");
});

test("summary: whole sentences up to 300 characters", () => {
  const sentence = "Chile and Peru signed a treaty on fisheries and ports in the Pacific after years of talks. ";
  const summary = deriveSummary([sentence.repeat(5).trim()]);
  assert.ok(summary.length <= 300);
  assert.ok(summary.endsWith("talks."));
  assert.equal(summary, sentence.repeat(3).trim());
});

test("summary: one overlong sentence is cut at a word with …", () => {
  const summary = deriveSummary([`Leaders of ${"Chile and Peru and ".repeat(30)}met.`]);
  assert.ok(summary.length <= 300, String(summary.length));
  assert.ok(summary.endsWith("…"));
  assert.ok(/\p{L}…$/u.test(summary), summary.slice(-20));
});

test("a vague lead subject is replaced by the visit it refers to, when known", () => {
  const lead = ["According to the Deputy Minister, the visit will take place on March 3 at the invitation of President Ana Lima."];
  assert.equal(deriveTitle(lead), "The visit will take place on March 3 at the invitation of President Ana Lima");
  assert.equal(
    deriveTitle(lead, { subject: "Kofi Mensah’s state visit to Chile" }),
    "Kofi Mensah’s state visit to Chile will take place on March 3 at the invitation of President Ana Lima",
  );
  assert.equal(deriveTitle(["President Ana Lima opened the fair on Monday."], { subject: "X’s visit to Y" }), "President Ana Lima opened the fair");
});

test("a subject buried under a long office title is never cut inside it; if nothing fits, the name stands alone", () => {
  const lead = [
    "Secretary General of the Central Committee of the Kenyan National Unity Party and President of the Republic of Kenya Amani Wekesa on Monday concluded a two-day state visit to Chile, the first by an African head of state this year.",
  ];
  assert.equal(
    deriveTitle(lead, { names: ["Amani Wekesa", "Wekesa"] }),
    "Amani Wekesa concluded a two-day state visit to Chile, the first by an African head of state this year",
  );
});
