// Tests: time.Parse/ParseInLocation with Go's layouts (dates, clocks, fractions, named days and months, day of year, offsets) and its ParseError texts
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, c := range [][2]string{
		{"2006-01-02", "2024-03-15"},
		{time.RFC3339, "2024-03-15T10:20:30Z"},
		{time.RFC3339, "2024-03-15T10:20:30.123456789Z"},
		{time.RFC3339Nano, "2024-03-15T10:20:30.5Z"},
		{"2006-01-02 15:04:05", "2023-12-31 23:59:59"},
		{"Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (UTC)"},
		{time.Kitchen, "3:04PM"},
		{"02/01/2006", "31/12/1999"},
		{"2006-01-02", "2024-02-30"},
		{"2006-01-02", "2024-13-01"},
		{"2006-01-02", "24-03-15"},
		{"15:04", "25:00"},
		{"2006-01-02", "2024-03-15 extra"},
		{"Monday, 02-Jan-06", "Friday, 15-Mar-24"},
		{"2006.002", "2024.075"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.DateTime, "2024-01-01 00:00:00"},
		{"2006-01-02T15:04:05.000", "2024-03-15T10:20:30.250"},
	} {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(t, t.Unix(), t.Weekday(), t.YearDay(), t.Format(time.RFC1123))
	}
	t, err := time.Parse(time.RFC3339, "2024-03-15T10:20:30+02:00")
	fmt.Println(t.UTC(), t.Unix(), err)
	t, err = time.ParseInLocation("2006-01-02", "2020-01-01", time.UTC)
	fmt.Println(t, err)
}
