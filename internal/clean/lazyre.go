package clean

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on first use. Compiling
// this package's patterns (Unicode classes, case folding) costs several
// milliseconds, which every dyad command would pay at start-up, even those
// that never clean an article.
type lazyRegexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

// patterns lists every pattern of the package, so a test can compile them
// all.
var patterns []*lazyRegexp

// lazyCompile returns a pattern compiled the first time it is used. src is
// a constant of this package: it panics then, like regexp.MustCompile, if
// src does not compile, which the package's tests rule out.
func lazyCompile(src string) *lazyRegexp {
	l := &lazyRegexp{src: src}
	patterns = append(patterns, l)
	return l
}

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *lazyRegexp) MatchString(s string) bool { return l.get().MatchString(s) }

func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }

func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}
