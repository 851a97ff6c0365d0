// Package actor is the actors stage of the dyad pipeline: it finds the
// people, countries, governments, organisations, groups and unnamed
// sources an article mentions and codes them in the CAMEO/Phoenix
// convention, resolved on the article's date.
//
// It runs after segmentation and fills Document.Mentions, sorted by start
// offset and never overlapping. The work per sentence is:
//
//  1. Dictionary matching: tokens are folded (case, quotes, diacritics)
//     and looked up in a word table; a token trie finds the longest
//     dictionary phrase at each position (countries, demonyms, seats of
//     government, organisations, people and their surnames, role words).
//     Capitalised runs that match nothing become candidate names.
//  2. A role-phrase grammar joins determiners, modifiers, role words and a
//     name into one mention: "US secretary of state Marco Rubio" (head
//     "Marco Rubio"), "Senior Trump administration officials" (anonymous,
//     USAGOV), "the Ukrainian leader" (a description).
//  3. A named-entity layer types names in no dictionary by their words
//     (titles, first names, organisation and event words), by their
//     company in a list ("Shas, Meretz, Yisrael BaAliyah and the Centre
//     Party"), and by a bracketed abbreviation that spells them
//     ("Campaign for Nuclear Disarmament (CND)"). A role phrase keeps the
//     countries and organisations it names as parts of its mention
//     (Mention.Parts: "NDP" in "NDP leader Jack Layton").
//  4. Coreference within the article: short forms ("Putin", "Stubb"),
//     descriptions ("the US president"), and "he"/"she" point at the
//     entity already named (Mention.Antecedent) and copy its actor ("he"
//     and "she" not past a person named since whom no mention covers). A
//     subject "they" or "it" (also after an earlier "they" or "it", and
//     after a counted subject: "Thousands of protesters … They"), and
//     "the two countries", "both sides" (never the one who speaks of
//     them), "the ministry", "the embassy", "the bloc", "the coalition",
//     "the alliance", "the council", "the agency", "the groups", "the
//     group", "the militants", "the militant group", "the country" or
//     "the Middle Eastern nation", "the 81-year-old", and a
//     description repeating the head noun of an actor just named
//     ("Iraqi officials … The officials") point at the one clear
//     antecedent of their kind in the same or the previous sentence (or
//     the paragraph, for descriptions; "the embassy" and "the consulate",
//     named once, the whole text before) and otherwise stay unresolved; a
//     plural one whose antecedent is coordinated ("Brazil and Argentina …
//     They") points at the first conjunct (anaphora.go).
//
// Dictionaries are embedded text files in a documented line format
// (docs/dictionaries.md) that users extend with Config.DictFiles; PETRARCH
// and TABARI actor and agent files load unchanged (package petrarch).
//
// Usage:
//
//	r, err := actor.New(actor.Config{DictFiles: []string{"extra.txt"}})
//	…
//	err = r.Process(ctx, doc) // doc.Sentences from the segment stage
//
// A Resolver is immutable after New and safe for concurrent use; Process
// uses pooled scratch space and allocates only the mentions it returns.
package actor
