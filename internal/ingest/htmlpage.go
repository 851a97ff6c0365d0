package ingest

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is what extractHTML finds in an HTML page.
type page struct {
	title     string
	text      string // body text, paragraphs separated by newlines
	byline    string
	siteName  string
	url       string // canonical URL when the page names one
	published time.Time
	dateText  string // publication date as the page gives it, when not parsed
	warnings  []string
}

// Meta tags that give the publication date, in order of preference.
var publishedSelectors = []string{
	`meta[property="article:published_time"]`, `meta[name="article:published_time"]`,
	`meta[itemprop="datePublished"]`, `meta[property="og:published_time"]`,
	`meta[name="pubdate"]`, `meta[name="publishdate"]`, `meta[name="publish-date"]`,
	`meta[name="date"]`, `meta[name="dc.date"]`, `meta[name="DC.date.issued"]`,
	`meta[name="dcterms.created"]`, `meta[name="parsely-pub-date"]`, `meta[name="sailthru.date"]`,
}

// extractHTML finds the article in an HTML page (already UTF-8): its body
// text with go-readability, and title, date, site name, byline and
// canonical URL from the meta tags (goquery) and readability's metadata.
// pageURL resolves relative links and may be "".
func extractHTML(b []byte, pageURL string) (*page, error) {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%w: parse HTML: %v", ErrMalformed, err)
	}
	p := &page{}
	q := goquery.NewDocumentFromNode(doc)
	attr := func(sel, name string) string {
		v, _ := q.Find(sel).First().Attr(name)
		return strings.TrimSpace(v)
	}
	for _, sel := range publishedSelectors {
		if v := attr(sel, "content"); v != "" {
			p.dateText = v
			break
		}
	}
	if p.dateText == "" {
		p.dateText = attr("article time[datetime]", "datetime")
	}
	p.siteName = attr(`meta[property="og:site_name"]`, "content")
	p.url = firstNonEmpty(attr(`link[rel="canonical"]`, "href"), attr(`meta[property="og:url"]`, "content"))
	if !strings.HasPrefix(p.url, "http://") && !strings.HasPrefix(p.url, "https://") {
		p.url = ""
	}
	ogTitle := attr(`meta[property="og:title"]`, "content")
	docTitle := strings.TrimSpace(q.Find("title").First().Text())
	author := attr(`meta[name="author"]`, "content")
	if strings.Contains(author, "://") {
		author = ""
	}

	// Figure captions describe pictures, not the story.
	q.Find("figcaption").Remove()

	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	} else if p.url != "" {
		u, _ = url.Parse(p.url)
	}
	parser := readability.NewParser()
	art, rerr := parser.ParseDocument(doc, u)
	if rerr == nil && art.Node != nil {
		p.text = render.InnerText(art.Node)
		p.title = art.Title()
		p.byline = art.Byline()
		p.siteName = firstNonEmpty(p.siteName, art.SiteName())
		if p.dateText == "" {
			if t, err := art.PublishedTime(); err == nil {
				p.published = t
			}
		}
	}
	if strings.TrimSpace(p.text) == "" {
		// Readability found no article: fall back to the text of the body.
		body := q.Find("body").Nodes
		if len(body) > 0 {
			q.Find("script, style, noscript, nav, header, footer, aside, form").Remove()
			p.text = render.InnerText(body[0])
		}
		p.warnings = append(p.warnings, "no article found by readability; used the page body")
	}
	p.title = firstNonEmpty(ogTitle, p.title, docTitle)
	p.byline = firstNonEmpty(author, p.byline)
	if strings.TrimSpace(p.text) == "" {
		return nil, fmt.Errorf("%w: the HTML page has no text", ErrNoText)
	}
	return p, nil
}

// fragmentText returns the text of an HTML fragment (a feed item's
// content), block elements on lines of their own.
func fragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return html.UnescapeString(s)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return render.InnerText(root)
}
