package segment

// abbreviations lists words whose following period does not end a
// sentence, lower case, without the period.
var abbreviations = []string{
	// titles and ranks
	"mr", "mrs", "ms", "dr", "prof", "rev", "fr", "sr", "jr", "st", "gen", "lt", "col", "maj",
	"capt", "cmdr", "adm", "sgt", "cpl", "pvt", "brig", "gov", "sen", "rep", "reps", "pres",
	"supt", "insp", "det", "hon", "amb", "sec", "atty", "messrs", "mme", "mlle",
	// months and days
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	// common
	"no", "nos", "vol", "vs", "v", "etc", "approx", "dept", "est", "fig", "inc", "corp", "ltd",
	"co", "bros", "ave", "blvd", "rd", "mt", "ft", "op", "cf", "ca", "al", "viz", "e.g", "i.e",
	// US states as abbreviated in wire copy
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
	"ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
	"pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
}

// titles are abbreviations always followed by a name: their period never
// ends a sentence.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "rev": true, "fr": true,
	"st": true, "gen": true, "lt": true, "col": true, "maj": true, "capt": true, "cmdr": true,
	"adm": true, "sgt": true, "cpl": true, "pvt": true, "brig": true, "gov": true, "sen": true,
	"rep": true, "reps": true, "pres": true, "supt": true, "insp": true, "det": true, "hon": true,
	"amb": true, "atty": true, "messrs": true, "mme": true, "mlle": true, "no": true, "nos": true,
	"vol": true, "vs": true, "v": true, "mt": true, "ft": true, "cf": true,
}

// sentenceStarters are capitalised words that, after an abbreviation such
// as "U.S." or "Feb.", signal a new sentence rather than a continuing name.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "But": true, "And": true, "In": true, "On": true, "At": true,
	"This": true, "That": true, "These": true, "Those": true, "There": true, "His": true,
	"Her": true, "Its": true, "Their": true, "Our": true, "After": true, "Before": true,
	"When": true, "While": true, "However": true, "Meanwhile": true, "Some": true, "Many": true,
	"If": true, "As": true, "Officials": true, "According": true, "Last": true, "Earlier": true,
	"Later": true, "Since": true, "Both": true, "One": true, "Two": true, "Most": true,
	"Other": true, "Still": true, "Yet": true, "So": true, "For": true, "Now": true, "Then": true,
	"Also": true, "Such": true, "What": true, "Why": true, "How": true, "Who": true,
}
