// Tests: time.LoadLocation reads the IANA zone database: In, Date, Zone, IsDST, ZoneBounds and Format across DST transitions, before the first and after the last recorded transition; ParseInLocation with zone abbreviations
// (Africa/Casablanca is left out: its future transitions follow a predicted Ramadan calendar that each tzdata release revises, so the output would depend on the host's tzdata version.)
package main

import (
	"fmt"
	"time"
)

var state uint64 = 0x2545F4914F6CDD1D

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func main() {
	names := []string{"America/New_York", "Europe/Berlin", "Australia/Sydney", "Australia/Lord_Howe", "Asia/Kolkata", "Europe/Dublin", "America/Sao_Paulo", "Pacific/Apia", "America/St_Johns", "Asia/Tehran", "Pacific/Chatham", "Etc/GMT-14", "EST5EDT"}
	const layout = "2006-01-02 15:04:05 MST -0700 Mon"
	for _, n := range names {
		loc, err := time.LoadLocation(n)
		if err != nil {
			fmt.Println(n, err)
			continue
		}
		fmt.Println("==", loc)
		for _, y := range []int{1850, 1916, 1970, 2007, 2024, 2037, 2038, 2100, 2400} {
			for _, m := range []time.Month{1, 3, 4, 7, 10, 11} {
				t := time.Date(y, m, 15, 12, 30, 0, 0, loc)
				name, off := t.Zone()
				s, e := t.ZoneBounds()
				fmt.Println(t.Format(layout), name, off, t.IsDST(), t.Unix(), s.Format(time.RFC3339), e.Format(time.RFC3339))
			}
		}
		for i := 0; i < 12; i++ {
			u := time.Unix(int64(next()%(5<<30))-(1<<30), 0)
			fmt.Println(u.In(loc).Format(layout), u.In(loc).YearDay(), u.In(loc).Weekday())
		}
	}
	ny, _ := time.LoadLocation("America/New_York")
	// The spring-forward gap and the fall-back overlap.
	for _, h := range []int{0, 1, 2, 3, 4} {
		fmt.Println(time.Date(2024, 3, 10, h, 30, 0, 0, ny), time.Date(2024, 11, 3, h, 30, 0, 0, ny))
	}
	t0 := time.Date(2024, 3, 10, 1, 59, 59, 0, ny)
	fmt.Println(t0, t0.Add(time.Second), t0.Add(time.Hour), t0.AddDate(0, 0, 1))
	for _, v := range []string{"2024-07-04 12:00 EDT", "2024-01-04 12:00 EST", "2024-07-04 12:00 EST", "2024-07-04 12:00 PDT", "2024-07-04 12:00 -0400"} {
		var t time.Time
		var err error
		if v[len(v)-5] == '-' {
			t, err = time.ParseInLocation("2006-01-02 15:04 -0700", v, ny)
		} else {
			t, err = time.ParseInLocation("2006-01-02 15:04 MST", v, ny)
		}
		fmt.Println(v, "=>", t, t.Location(), err)
	}
	fmt.Println(time.Unix(1700000000, 0).In(ny))
	fmt.Printf("%#v\n", time.Date(2020, 2, 29, 23, 59, 59, 5, ny).Location().String())
	b, _ := time.Date(2020, 6, 1, 0, 0, 0, 0, ny).MarshalJSON()
	fmt.Println(string(b))
}
