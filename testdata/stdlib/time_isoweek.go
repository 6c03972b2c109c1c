// Tests: time.Time.ISOWeek at year boundaries (weeks 52/53 of the previous year, week 1 of the next) and in a fixed zone
package main

import (
	"fmt"
	"time"
)

func main() {
	dates := []string{
		"2005-01-01", "2005-01-02", "2005-01-03", "2007-12-31", "2008-12-29",
		"2009-12-31", "2010-01-03", "2010-01-04", "2015-12-31", "2016-01-01",
		"2020-12-31", "2021-01-03", "2024-02-29", "2026-12-28", "1969-12-31",
		"1900-01-01", "0001-01-01",
	}
	for _, d := range dates {
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			panic(err)
		}
		y, w := t.ISOWeek()
		fmt.Println(d, t.Weekday(), y, w)
	}
	// Late on Sunday in UTC is already Monday of the next week east of it.
	t := time.Date(2021, 1, 3, 23, 0, 0, 0, time.UTC)
	fmt.Println(t.ISOWeek())
	fmt.Println(t.In(time.FixedZone("X", 3600)).ISOWeek())
}
