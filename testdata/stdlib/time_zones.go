// Tests: time fixed zones: FixedZone, In, Zone, Date in a zone, Format's zone elements, Parse keeping a parsed offset, LoadLocation("UTC")
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.March, 10, 1, 30, 15, 500, time.UTC)
	ist := time.FixedZone("IST", 5*3600+30*60)
	pst := time.FixedZone("PST", -8*3600)
	odd := time.FixedZone("", -(3*3600 + 25*60 + 7))
	for _, loc := range []*time.Location{time.UTC, ist, pst, odd} {
		u := t.In(loc)
		name, off := u.Zone()
		fmt.Println(loc, u, name, off, u.Location() == loc)
		fmt.Println(" ", u.Format(time.RFC3339), u.Format(time.RFC1123Z), u.Format(time.RFC822), u.Format("2006-01-02T15:04:05-07:00:00 Z070000 -07 Z07"))
		fmt.Println(" ", u.Year(), u.Month(), u.Day(), u.Hour(), u.Minute(), u.Weekday(), u.YearDay(), u.Unix() == t.Unix(), u.Equal(t))
		fmt.Printf("  %#v\n", u)
	}
	d := time.Date(2024, 12, 31, 23, 0, 0, 0, ist)
	fmt.Println(d, d.UTC(), d.Unix(), d.AddDate(0, 0, 1), d.Add(2*time.Hour))
	fmt.Println(d.Truncate(24*time.Hour), d.Round(time.Hour))
	for _, s := range []string{"2024-03-10T07:00:15+05:30", "2024-03-10T01:30:15Z", "2024-03-10T01:30:15+00:00", "2024-03-10T01:30:15-08:00"} {
		p, err := time.Parse(time.RFC3339, s)
		name, off := p.Zone()
		fmt.Println(p, err, name, off, p.Location())
	}
	p, err := time.Parse(time.RFC1123, "Sun, 10 Mar 2024 01:30:15 PST")
	fmt.Println(p, err, p.Location())
	p, err = time.Parse(time.RFC1123, "Sun, 10 Mar 2024 01:30:15 UTC")
	fmt.Println(p, err, p.Location())
	p, err = time.ParseInLocation("2006-01-02 15:04", "2024-06-01 12:00", ist)
	fmt.Println(p, err, p.UTC())
	p, err = time.Parse("2006-01-02 15:04 MST", "2024-06-01 12:00 GMT+3")
	fmt.Println(p, err)
	l, err := time.LoadLocation("UTC")
	fmt.Println(l, err)
	l, err = time.LoadLocation("")
	fmt.Println(l, err)
	j, _ := d.MarshalJSON()
	fmt.Println(string(j))
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1700000000, 0).In(pst))
}
