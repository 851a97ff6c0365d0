package dyad

// Sentence is one sentence of an article with its tokens.
type Sentence struct {
	Span
	// Paragraph is the 0-based index of the paragraph the sentence is in.
	Paragraph int `json:"paragraph"`
	// Tokens are the sentence's tokens in order; every token lies inside
	// the sentence's span.
	Tokens []Token `json:"tokens,omitempty"`
}

// TokenKind classifies a token by its characters.
type TokenKind uint8

// Token kinds.
const (
	TokenWord   TokenKind = iota // letters, possibly with inner apostrophes, hyphens or dots (U.S.)
	TokenNumber                  // digits with optional separators: 1,000  3.5  2025
	TokenPunct                   // punctuation, including quotation marks and dashes
	TokenSymbol                  // anything else: $, %, @, emoji
)

var tokenKindNames = [...]string{"word", "number", "punct", "symbol"}

// String returns the kind's name: word, number, punct or symbol.
func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) {
		return tokenKindNames[k]
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler.
func (k TokenKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *TokenKind) UnmarshalText(b []byte) error {
	for i, n := range tokenKindNames {
		if n == string(b) {
			*k = TokenKind(i)
			return nil
		}
	}
	return Errorf(CodeInvalid, "unknown token kind %q", b)
}

// Token is one token of a sentence.
type Token struct {
	Span
	Kind TokenKind `json:"kind"`
}
