package sqlq

import (
	"context"
	"database/sql"
	"strconv"
	"time"

	"github.com/dyad-events/dyad"
)

// NoSpan is the first day stored for an event date that names no
// interval of the calendar ("", "PRESENT_REF", "XXXX-WXX-2"): it sorts
// after every day, and with the last day "" such an event matches no
// --from or --to filter.
const NoSpan = "~"

// DateSpan returns the first and last days (YYYY-MM-DD) of the interval a
// TIMEX3 date value denotes: a day (with or without a time of day), an
// ISO week (YYYY-Www, its weekend YYYY-Www-WE or one of its days
// YYYY-Www-D), a month, a quarter (YYYY-Qn), a half (YYYY-Hn), a
// season (YYYY-SP, -SU, -FA, -WI: northern meteorological seasons, winter
// running from December of the year before), a year, a decade (YYY) or a
// century (YY). ok is false for anything else.
func DateSpan(v string) (first, last string, ok bool) {
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	span := func(a time.Time, years, months, days int) (string, string, bool) {
		first, last := day(a), day(a.AddDate(years, months, days-1))
		if len(first) != 10 || len(last) != 10 { // before year 1 or after 9999
			return "", "", false
		}
		return first, last, true
	}
	ymd := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	num := func(s string) (int, bool) {
		if !digits(s) {
			return 0, false
		}
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	if len(v) > 10 && v[10] == 'T' {
		v = v[:10]
	}
	switch {
	case len(v) == 2:
		if c, ok := num(v); ok {
			return span(ymd(c*100, 1, 1), 100, 0, 0)
		}
	case len(v) == 3:
		if d, ok := num(v); ok {
			return span(ymd(d*10, 1, 1), 10, 0, 0)
		}
	case len(v) == 4:
		if y, ok := num(v); ok {
			return span(ymd(y, 1, 1), 1, 0, 0)
		}
	}
	if len(v) < 7 || v[4] != '-' {
		return "", "", false
	}
	y, ok := num(v[:4])
	if !ok {
		return "", "", false
	}
	rest := v[5:]
	switch {
	case len(v) == 10 && rest[0] != 'W':
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			return "", "", false
		}
		return day(t), day(t), true
	case len(rest) == 2 && digits(rest):
		m, _ := num(rest)
		if m < 1 || m > 12 {
			return "", "", false
		}
		return span(ymd(y, m, 1), 0, 1, 0)
	case len(rest) >= 3 && rest[0] == 'W':
		w, ok := num(rest[1:3])
		if !ok || w < 1 || w > 53 {
			return "", "", false
		}
		monday := dyad.WeekStart(y, w)
		if w == 53 {
			if wy, _ := monday.ISOWeek(); wy != y {
				return "", "", false
			}
		}
		switch rest[3:] {
		case "":
			return span(monday, 0, 0, 7)
		case "-WE":
			return span(monday.AddDate(0, 0, 5), 0, 0, 2)
		case "-1", "-2", "-3", "-4", "-5", "-6", "-7":
			return span(monday.AddDate(0, 0, int(rest[4]-'1')), 0, 0, 1)
		}
		return "", "", false
	case len(rest) == 2 && (rest[0] == 'Q' || rest[0] == 'H'):
		n, ok := num(rest[1:])
		months := 3
		if rest[0] == 'H' {
			months = 6
		}
		if !ok || n < 1 || n > 12/months {
			return "", "", false
		}
		return span(ymd(y, (n-1)*months+1, 1), 0, months, 0)
	}
	switch rest {
	case "SP":
		return span(ymd(y, 3, 1), 0, 3, 0)
	case "SU":
		return span(ymd(y, 6, 1), 0, 3, 0)
	case "FA":
		return span(ymd(y, 9, 1), 0, 3, 0)
	case "WI":
		return span(ymd(y-1, 12, 1), 0, 3, 0)
	}
	return "", "", false
}

// eventSpan returns the date_first and date_last columns for an event
// date.
func eventSpan(date string) (string, string) {
	if first, last, ok := DateSpan(date); ok {
		return first, last
	}
	return NoSpan, ""
}

// BackfillDateSpans fills date_first and date_last for events stored
// before those columns existed (date_first = ”), one update per distinct
// date. ph renders placeholders.
func BackfillDateSpans(ctx context.Context, db *sql.DB, ph func(int) string) error {
	rows, err := db.QueryContext(ctx, `SELECT DISTINCT date FROM events WHERE date_first = ''`)
	if err != nil {
		return err
	}
	var dates []string
	for rows.Next() {
		var d string
		if err := rows.Scan(&d); err != nil {
			rows.Close()
			return err
		}
		dates = append(dates, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if len(dates) == 0 {
		return nil
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	q := `UPDATE events SET date_first = ` + ph(1) + `, date_last = ` + ph(2) + ` WHERE date = ` + ph(3) + ` AND date_first = ''`
	for _, d := range dates {
		first, last := eventSpan(d)
		if _, err := tx.ExecContext(ctx, q, first, last, d); err != nil {
			return err
		}
	}
	return tx.Commit()
}
