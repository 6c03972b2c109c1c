// Tests: time.Time dates: Date normalisation, AddDate, Format layouts, Weekday, YearDay, Truncate/Round, the zero Time.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	fmt.Println(t.Format("2006-01-02"), t.Format(time.RFC3339), t.Format(time.Kitchen), t.Format("Jan _2, 2006 at 3:04pm (Mon)"), t.Format(time.RFC3339Nano))
	u := t.AddDate(0, 1, 1)
	fmt.Println(u.Format(time.DateTime), u.Sub(t), u.After(t), t.Before(u))
	fmt.Println(time.Date(2023, 13, 32, 25, 61, 0, 0, time.UTC))
	var z time.Time
	fmt.Println(z.IsZero(), z, z.Year())
	d := time.Date(1999, time.December, 31, 23, 59, 59, 0, time.UTC)
	fmt.Println(d.Add(time.Second), d.Unix(), time.Unix(0, 0).UTC(), d.Truncate(time.Hour), d.Round(time.Hour))
	fmt.Println(time.March, time.Saturday, t.Month() == time.February)
	fmt.Println(time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC).Weekday(), time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC).Unix())
}
