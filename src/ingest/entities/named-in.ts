// Who a sentence names as taking part: each person of the article whose form appears in it,
// except where they are only speaking (`Reis said`, `according to Minister X`).
import type { PersonMention } from "../../model/schema.ts";
import { PhraseIndex } from "./phrases.ts";
import { isSpeaker } from "./speakers.ts";
import { toWords } from "./words.ts";

/** Person ids named in `sentence`, in reading order. */
export type NamedIn = (sentence: string) => string[];

/** A matcher over the article's people, built once and asked of each sentence. */
export function peopleNamedIn(people: readonly PersonMention[]): NamedIn {
  const index = new PhraseIndex<string>();
  for (const person of people) for (const form of person.forms) index.add(form, person.id);
  return (sentence) => {
    const found: string[] = [];
    const words = toWords(sentence);
    for (let position = 0; position < words.length; position++) {
      const match = index.matchAt(words, position);
      if (!match) continue;
      if (!isSpeaker(words, position, position + match.length) && !found.includes(match.value)) found.push(match.value);
      position += match.length - 1;
    }
    return found;
  };
}
