package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// maxUndecodedShare is the largest share of bytes that may be invalid
// UTF-8 for a text to be read as Windows-1252; past it the text is most
// likely in a multi-byte or non-Latin encoding that cannot be told apart.
const maxUndecodedShare = 0.3

// isBinary reports whether b, the start of an input, looks like binary
// data rather than text: it holds a NUL byte or many control bytes.
func isBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			ctl++
		}
	}
	return ctl*20 > len(b)
}

// decodeText returns b as a UTF-8 string. Valid UTF-8 (a BOM is dropped)
// is returned as is. Otherwise each byte that is not part of a valid UTF-8
// sequence is read as Windows-1252 (a superset of the printable Latin-1
// range), the usual encoding of old wire copy, and a warning says so. It
// returns ErrEncoding when the bytes cannot be Windows-1252 text (bytes
// undefined there, or too many invalid bytes to be Latin text).
func decodeText(b []byte) (string, string, error) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if utf8.Valid(b) {
		return string(b), "", nil
	}
	bad := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
			switch b[i] {
			case 0x81, 0x8d, 0x8f, 0x90, 0x9d:
				return "", "", fmt.Errorf("%w: not UTF-8, and byte 0x%02x at offset %d is undefined in Windows-1252", ErrEncoding, b[i], i)
			}
		}
		i += size
	}
	if float64(bad) > maxUndecodedShare*float64(len(b)) {
		return "", "", fmt.Errorf("%w: %d of %d bytes are not UTF-8; not Windows-1252 or Latin-1 text either", ErrEncoding, bad, len(b))
	}
	var sb strings.Builder
	sb.Grow(len(b) + bad)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			sb.WriteRune(charmap.Windows1252.DecodeByte(b[i]))
		} else {
			sb.Write(b[i : i+size])
		}
		i += size
	}
	return sb.String(), fmt.Sprintf("not valid UTF-8: %d bytes decoded as Windows-1252", bad), nil
}

// decodeHTML returns an HTML page as UTF-8. Valid UTF-8 is kept; otherwise
// the charset declared in contentType or in the page's meta tags is used,
// and without one the bytes are decoded as by decodeText.
func decodeHTML(b []byte, contentType string) (string, string, error) {
	if utf8.Valid(b) {
		return string(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))), "", nil
	}
	head := b
	if len(head) > 4096 {
		head = head[:4096]
	}
	enc, name, certain := charset.DetermineEncoding(head, contentType)
	// DetermineEncoding calls only a BOM or the Content-Type certain; a
	// charset named in the page's meta tags counts as declared too.
	declared := certain || bytes.Contains(bytes.ToLower(head), []byte("charset"))
	if declared && name != "utf-8" {
		out, err := enc.NewDecoder().Bytes(b)
		if err != nil {
			return "", "", fmt.Errorf("%w: decode from declared charset %s: %v", ErrEncoding, name, err)
		}
		return string(out), "decoded from declared charset " + name, nil
	}
	return decodeText(b)
}
