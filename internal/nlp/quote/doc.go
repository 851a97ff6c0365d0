// Package quote is the quotes stage of the dyad pipeline: it finds direct
// and reported speech in an article and says who said it, with which
// verb, to which outlet or in which medium, and when.
//
// The stage runs after segment, actors, places and times, and fills
// Document.Quotes in text order:
//
//	x, err := quote.New(quote.Config{})
//	…
//	err = x.Process(ctx, doc) // doc.Sentences, doc.Mentions, doc.Times as input
//	for _, q := range doc.Quotes {
//		fmt.Println(q.Speaker.Name, q.CueLemma, q.Venue, q.Text)
//	}
//
// # Direct quotes
//
// Passages in double quotation marks, straight ("…"), typographic (“…”,
// „…“, «…») or two apostrophes in a row, as in some newspaper
// archives. Single marks (‘…’) are nested quotations and never open a
// quote, so apostrophes ("that’s", "Zelenskyy’s") are safe. A quotation
// may run over sentences and paragraphs: a paragraph that leaves a
// quotation open continues in the next paragraph when that one opens
// with a quotation mark (the newspaper convention), or in the same
// paragraph when an opening mark follows the end of a sentence (texts
// whose paragraphs were run together). A quotation never closed is
// taken to the end of its paragraph and marked Unclosed; it is not an
// error. The content excludes the marks and a trailing comma.
//
// The speaker comes from the reporting clause after the quotation
// (“…,” X said / “…,” said X / “…” ― X), before it (X said: “…”;
// Trump declared “…”; "He said:" closing the sentence or paragraph
// before the quotation), or, for a quotation that stands as its own
// sentence with no attribution, from the previous quote in the same or
// the previous paragraph (“…,” X said. “…”). A quoted title ("his book
// “The Art of the Deal”", "on “Fox News Sunday”") and a scare-quoted
// word or two with no reporting verb are not quotes.
//
// # Reported speech
//
// "X said (that) …", "X told CNN (that) …", "according to X, …", "…, X
// said.", "The plan, X said, will fail", "X alluded that …", ", adding
// that …" with the complement clause as content. A reported clause that
// holds a quotation ("He said it was “the first time …”") is one quote,
// direct when the quotation has three words or more. Verbs that are
// also nouns (add, note, claim, report) report only with "that", a colon,
// a quotation or as a parenthetical; "say", "tell" and a few others also
// take a bare clause. A noun of saying owned by a name and followed by
// "that" reports too ("Trump’s claim that …", cue "claim"). A line with no final punctuation standing alone
// (a headline: "…, US envoy says") is skipped.
//
// A bare clause after an adjunct must read as a clause ("said on Sunday
// the truce would hold"); otherwise the adjunct ends a parenthetical
// clause whose content comes before it ("…, Lund said in posing the
// question to Berg."). A parenthetical clause may name an addressee or an
// adjunct before its comma ("The plan, Lund told the BBC, would …"); a
// concession after the verb ("says despite all that, …") and a condition
// opening the sentence ("If …, forecasters say …") belong to the content.
// "according to" takes a long source phrase with participles ("according
// to early results of exit polls conducted for the networks"), and a
// reported clause ends before it. Shares of a polled group speak ("42%
// say", "one in five say", "with 30 percent of voters saying", "left 62
// percent of voters saying"; not a share that opens the sentence's
// subject, "A majority of voters saying … is …"). "told a
// joke", "told the story of …" and "pleaded guilty" report nothing.
// A copula with an adjective that carries the saying ("were more likely
// to say", "was quick to say", "went out of his way to say") reports as
// "said" ("unlikely to say", "expected to say" do not).
// "X was quoted (by Interfax) as saying …" and "was cited as saying"
// report X's words, the outlet after "by" as venue.
// An as-clause attributes the clause after it ("As Lund noted, the
// economy is slowing") or, with none after it, the words before its
// comma ("The economy is a mess, as Lund put it"); "put it" reports only
// there (cue lemma "put it"). A verb reporting inside a relative clause
// whose pronoun is the subject of what was said ("a bill, which critics
// said was unfair", "what she said is growing demand", "a plan that Lund
// said would fail") reports the relative clause, from its pronoun to its
// end, as "The plan, he said, will fail" reports the whole sentence. An adverb of the verb before the clause
// ("said repeatedly they …", "said, twice, that …") is not content.
// A participle coordinated with one that reports ("noting that …, and
// suggesting that …", "acknowledging … but warning that …") reports its
// own clause for the same speaker, and ends the first one's.
//
// # Speech acts, labels, beliefs
//
// Verbs of saying whose content is not a that-clause report what was
// asked, urged or promised: "urged Congress to act", "called on Trump to
// apologise", "called for a repeal" (cue "called for"), "vowed to fight",
// "accused Clinton of lying", "questioned whether …", "asked Lund what …", "explained why …", "described how …", "responded by
// …", "called the charges “fabricated”", "called climate change a
// hoax", "cited his own endorsements" (not "citing", which stands in
// a subject: "Reuters, citing officials, said"). Their subject must be able to speak: a name or an organisation,
// a personal or relative pronoun, or a noun for people or bodies ("One
// of the doctors called Oz a quack"; not crowds, "protesters demanded";
// "the plan called for" is no quote). "called Friday for …" keeps the
// day out of the content, and a scare quote before an act with its own
// complement is not its quote ("Bemoaning the “phony system,” Trump
// accused Holt of …").
//
// A speaker label opens a quote running to the end of its paragraph: a
// transcript line ("WALLACE: Let's start …", a name in capitals and a
// colon opening a paragraph, quoted whole or not) and a headline ("Pence:
// Gennifer Flowers Won't Be at Debate", a capitalised name and a colon
// in a line of its own or the text's first line). Labels such as
// "UPDATE:" or "Poll:" and titles with function words ("Stealth Over
// Health:") are not speakers. A name in mixed case ("Matthews: Well,
// …") labels a transcript line when the actors stage found a person
// there, the line is a sentence, and another paragraph opens with a
// person's label too.
//
// Beliefs and attitudes ("X believes that …", "hopes", "fears",
// "expects") and evidentials ("a poll shows that …", "the study
// found") are attributions in PolNeAR but not quotes in news quote gold.
// They are separate cue classes behind Config.Beliefs and
// Config.Evidentials, off by default, but for the findings of a document
// or an inquiry ("the report found that …", "an internal review has
// also found …", "the study estimated …"): a document says what it
// finds as "the report said" does, so these report by default (a poll's
// findings stay with Config.Evidentials), unless they are part of what
// someone else is reported to say ("the commissioner says an internal
// review shows …"). Measured on both gold conventions
// (PolNeAR dev imported with its later content fragments optional): on
// PolNeAR dev, beliefs raise quotes F1 from 0.651 to 0.656 and
// evidentials to 0.659 (both 0.664); on the dev set of news articles
// beliefs change nothing but lower cue accuracy (1.0 → 0.99), since its
// gold lists them as optional at most, and evidentials add a false
// positive (F1 0.920 → 0.917). News gold, like the seed's, lists what
// people said.
//
// # Speakers
//
// The speaker phrase is the subject of the reporting verb, found by
// walking back over auxiliaries and adverbs ("has also said") to a clause
// boundary, over a manner adverb in -ly ("Rubio defiantly told"; not
// "the Lund family said"), over appositives and relative clauses between commas
// ("David Frost, director general of …, warned"), over adverbs and time
// adjuncts ("Clinton now says", "Sanders on Tuesday said", "who in 2010
// said", "has long said"), to the subject of the first verb for a coordinated one ("Cruz exhorted … and
// said"), or to the phrase a relative "that" refers to ("a letter that
// says"). A pronoun never takes its actor from a name inside its own
// quote ("She says it underscores that Trump is …"). It is resolved, in
// order: through the actors stage's mention overlapping it (its actor's
// canonical name and code, following antecedents of pronouns and short
// forms); a pronoun (he, she, they) through the previous speaker, but
// "he" or "she" before the words it reports through the person whose
// name opens its sentence ("Fu Cong blamed …, but he said …"); a
// relative pronoun ("an architect who said") through its antecedent
// (the copula's subject when that is a noun said of it: "Roe is a
// lawyer who said" → Roe); an
// unnamed source ("a top official", "Sources briefed on Moscow’s
// thinking", "Senior Trump administration officials") is Anonymous, named
// by its words, with the affiliation it states ("Trump administration",
// "Moscow"); so is a group or body named by no one even when the
// actors stage gives it a code ("Authorities", "analysts", "Pakistani
// officials", "Security forces in Somalia", "Police"), which it keeps;
// otherwise the name in the phrase without titles ("US secretary of
// state Marco Rubio" → "Marco Rubio"; "Andrew Lebovich of the think
// tank Clingendael" → "Andrew Lebovich", also when no actor covers a
// name with a particle, "Arnel dela Vega of the army's Western Command",
// and after a role in lower case, "said analyst Atilla Yesilada of Global
// Source Partners"; "cited unnamed officials as saying" → the officials;
// "The Reuters news agency" → Reuters; "opposition lawmakers such as
// Kannavee say" → the lawmakers, unnamed;
// "Norway's ambassador to the EU, Karl Berg" → "Karl Berg", the name
// after a description with a role noun; "Roe and Berg's mother, Anwar,
// wept … and said" → "Anwar", one name after a kin or role noun; "railway controller Ali Khan in
// Quetta" → "Ali Khan"; "Bugti and Chaudhry" → "Bugti"), a lone surname
// completed from an earlier full name (or from a name of two words that
// opens with it, a family name written first: "Fu Cong", then "Fu
// noted"), an organisation by its whole
// name, and a role with only its place or body after a preposition by
// the description ("The U.N. special envoy for Syria", "a committee of
// MPs").
//
// # Cue, venue, date
//
// Cue is the verb as written, CueLemma its lemma from the table in
// lexicon.go (told → tell, said → say, wrote → write); "according to" is
// its own cue, and so are "pointed out" (point out) and "expressed
// (deep) concern that" (express concern), which report only with those
// words: "pointed to the map" and "expressed interest in" are no
// quotes. A table is used instead of a lemmatizer library: the
// verbs are few, and loading github.com/aaaton/golem/v4's English
// dictionary took about 240 ms here, over the whole 100 ms cold-start
// budget of dyad code.
//
// Venue is the outlet or medium: the addressee of "tell" when it names an
// outlet ("told CNN", "told Reuters news agency" → Reuters), or the
// outlet's programme or service named after its possessive, with the
// outlet in front ("told MSNBC's “Morning Joe”" → "MSNBC's Morning Joe",
// "VOA's Korean Service", "the BBC's Newsnight programme" → "BBC's
// Newsnight", "CBS's “60 Minutes”", and unquoted titles with a function
// word inside or known to the actors stage: "on NBC's Meet the Press" →
// "NBC's Meet the Press", "on Face the Nation"; "told CNN's Jane Roe" →
// CNN, "GMTV's Sunday programme" → GMTV), "in an
// interview with CBS", "on Truth
// Social", "posting on X", "wrote on Telegram", or else the occasion ("in
// a statement" → statement, "at a news conference" → news conference,
// "in a social media update" → social media, "in his testimony" →
// testimony, "during opening statements", "wrote in the post" → post).
// An audience addressed with "told" ("told reporters", "told a court",
// "told jurors", "told the U.N. Security Council") is kept as the venue
// with its determiner ("speaking to British lawmakers" too): it says
// whom the words were said to, which is what the field records. An
// outlet reporting the speaker ("Reuters reported a source said …") and
// the occasion a source was written in ("according to a tweet by X")
// are venues as well. So are the outlet that asked ("asked by Reuters",
// "responding to a question from AFP", "in response to a VOA query",
// "in an interview Thursday with
// VOA"), the outlet a media noun introduces ("told state broadcaster
// RTS"), the platform of a post ("in a Facebook post" → Facebook) and a
// named body addressed ("at the European Parliament", "addressing the
// U.N. Security Council"; "at the meeting" is no venue), an outlet
// addressed without its name, with its determiner ("told media", "told a
// local radio station"), an outlet an interview was given to even when
// the lexicon does not know it ("in an interview with Dawn") and one
// written in ("wrote in the Indian Express newspaper", "wrote in The New
// York Times"), an outlet named by a media noun ("told Radio Nord"), an
// outlet's occasion ("in a CNN interview"), and occasions with a date in
// them ("in a September 2015 statement"). An outlet's name
// ends before a person's ("told MSNBC Cummings was …"). An occasion may
// have a noun before it ("in his resignation speech" → speech, "in
// written comments" → comments), be bare ("said in court" → court) or be
// the subject with its author after "from" ("a statement from the
// ministry said" → statement) or before it ("the U.S. statement said",
// "The U.N. report also said" → report; "a CNN report said" → CNN); the
// outlet a person addressed works for
// is the venue ("speaking to Anna Holm of CNN" → CNN), and so is the
// body whose meeting the words were said at ("speaking at a U.N.
// Security Council meeting", "told a meeting of the Security Council";
// "told the 15-nation Security Council" keeps the size as written). An
// outlet named after "according to" carries the words of a speaker
// other than itself ("According to news agency ISNA, the prosecutor
// said …", "“…,” he said, according to Reuters" → the outlet;
// "according to state media" → state media), so does one that carried
// them ("in a statement carried by the news agency WAFA"), an outlet's
// name may follow adjectives ("told the official Xinhua news agency"),
// and a web address is kept whole ("in remarks to UOL.com.br"). An occasion named in the clause outranks
// the press addressed without a name ("told reporters at a news
// conference" → news conference). "Released a statement saying …"
// reports the subject's words, the occasion as venue, also past an
// addressee, a series or a time ("sent a letter to the board urging …",
// "posted a series of tweets early Friday saying …", "put out a
// statement saying …"); "“…,” it read." is the document's. An occasion sent
// to a named outlet gives way to it ("in a statement to CNN", "in an
// email to The Associated Press", "in a statement provided to Reuters",
// "shared with CNN" → the outlet; "in remarks to reporters" stays
// remarks), as does one an outlet ran ("in an interview published
// Sunday by Le Monde", "an interview that aired Sunday on CBS", "an
// interview broadcast on Sunday by CBS"), as does a piece written for an
// outlet ("in an op-ed for The Washington Post"); "said
// to CNN" is "told CNN"; and an outlet's occasion after "at" or
// "during" ("during a CNN town hall" → CNN). A word describing an outlet
// before its media noun is not its name ("told German newspaper Bild" →
// Bild); a country's broadcaster is the broadcast medium ("on Russian
// state TV" → state television).
// A tweet is said on Twitter ("“…,” he tweeted." → Twitter, unless the
// clause names another platform), a date may stand inside the occasion
// ("in a Jan. 23 press briefing"), an occasion whose author is the
// speaker opens the sentence ("A 2020 report on human rights by the State
// Department said" → report), a letter sent before a participle keeps
// its place past a long addressee and topic ("sent a letter to … about
// … dated Feb. 4, urging …" → letter), and the outlet that cites a source
// is that source's venue ("The Financial Times cited security officials
// as saying …": the officials speak, the Financial Times is the venue).
// "Took to Twitter to say …" reports the subject's words with the
// platform as venue (an act, "took to X to accuse …", does not), and
// local media addressed are a venue ("told local media").
// A participle after ", but" and a clause of its own is that clause
// subject's ("X attended, but his office criticized it, saying …").
// "Spoke" reports only a quotation or words after a colon ("spoke on Fox
// News, “…”"; not "spoke that night", "as he spoke, …").
// A person addressed ("told Putin") is no venue. A participle phrase
// after the speaker's name ("Lund, writing in the Financial Times,
// said") gives the venue and is no part of the speaker's name.
//
// Date is the value of a time expression of the times stage in the
// reporting clause, outside the content ("told CNN on Sunday"), nil when
// there is none.
//
// A quotation that continues an earlier one with no attribution of its
// own (“…,” X told CNN. “…”) carries that quote's cue, venue and date
// as well as its speaker: the one reporting clause introduces both. A
// quote of the same speaker in the next sentence of the paragraph with
// no venue of its own keeps the venue of the one before ("In an interview with VOA,
// Jesow said … “…,” Jesow said."; with "continued", also in the next
// paragraph), and one whose sentence before, in
// the same paragraph and quoting no one, names the speaker where the
// words were said takes that venue ("The same warning came from von der
// Leyen at the European Parliament. “…,” she said."; the sentence
// before a quotation of several sentences, not one inside it; "Like X,
// Y spoke on CNN." names Y, not X). A quotation with no attribution
// after a sentence in the same paragraph, quoting no one, whose subject
// is a person other than the last speaker and whose verb is a reaction
// ("McGurk also criticized the decision via Twitter. “…”") is that
// person's, with the reaction as cue and the sentence's venue; so is a
// quotation after such a verb, its object and a comma or a colon in the
// same sentence ("Trump, also on Twitter, defended his decision, “…”").
// A quotation opening a sentence and joined by "and" to one with a
// reporting clause after it shares that clause ("“…” and “…,” tweeted
// X.").
//
// The stage allocates little and runs at well over 100,000 sentences/s
// on one core (see BenchmarkExtractor).
package quote
