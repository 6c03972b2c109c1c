// Package time: the standard library subset compiled with every program.
// Time is virtual: Sleep advances gostack's clock, Now reads it.
//
// Local is UTC (as on Go's playground); LoadLocation (time.more.go) reads
// the host's zone database.
package time

import "errors"

type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s"
// (Go's Duration.format with a slice instead of an array pointer).
func (d Duration) String() string {
	buf := make([]byte, 32)
	w := len(buf)

	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}

	if u < uint64(Second) {
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return string(buf[w:])
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'

		w, u = fmtFrac(buf[:w], u, 9)

		w = fmtInt(buf[:w], u%60)
		u /= 60

		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60

			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}

	if neg {
		w--
		buf[w] = '-'
	}

	return string(buf[w:])
}

func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration)

// now is the virtual clock in nanoseconds since the Unix epoch.
func now() int64

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int64(d)) + ")"
}

// A Location maps time instants to the zone in use. A fixed zone (UTC,
// Local, which is UTC as on Go's playground, FixedZone's) keeps its one
// zone in zoneName and offset; one read by LoadLocation (time.more.go) has
// Go's zone and transition tables and its extend rule.
//
// The zone tables and their lookup are Go 1.27's time/zoneinfo.go
// (Copyright The Go Authors, BSD-style licence), without the cache.
type Location struct {
	name     string
	zoneName string // a fixed zone's abbreviation
	offset   int    // a fixed zone's seconds east of UTC

	zone []zone
	tx   []zoneTrans

	// The tzdata information can be followed by a string that describes
	// how to handle DST transitions not recorded in zoneTrans.
	// The format is the TZ environment variable without a colon; see
	// https://pubs.opengroup.org/onlinepubs/9699919799/basedefs/V1_chap08.html.
	// Example string, for America/Los_Angeles: PST8PDT,M3.2.0,M11.1.0
	extend string
}

// A zone represents a single time zone such as CET.
type zone struct {
	name   string // abbreviated name, "CET"
	offset int    // seconds east of UTC
	isDST  bool   // is this zone Daylight Savings Time?
}

// A zoneTrans represents a single time zone transition.
type zoneTrans struct {
	when         int64 // transition time, in seconds since 1970 GMT
	index        uint8 // the index of the zone that goes into effect at that time
	isstd, isutc bool  // ignored - no idea what these mean
}

// alpha and omega are the beginning and end of time for zone
// transitions.
const (
	alpha = -1 << 63  // math.MinInt64
	omega = 1<<63 - 1 // math.MaxInt64
)

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
)

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &Location{name: "UTC", zoneName: "UTC"}

// Local represents the system's local time zone: UTC in gostack's sandbox.
var Local *Location = &Location{name: "Local", zoneName: "UTC"}

func (l *Location) get() *Location {
	if l == nil {
		return UTC
	}
	return l
}

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to [LoadLocation] or [FixedZone].
func (l *Location) String() string { return l.get().name }

// FixedZone returns a [Location] that always uses
// the given zone name and offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zoneName: name, offset: offset}
}

// lookup returns information about the time zone in use at an instant in
// time expressed as seconds since January 1, 1970 00:00:00 UTC.
//
// The returned information gives the name of the zone (such as "CET"),
// the start and end times bracketing sec when that zone is in effect,
// the offset in seconds east of UTC (such as -5*60*60), and whether
// the daylight savings is being observed at that time.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()

	if len(l.zone) == 0 {
		return l.zoneName, l.offset, alpha, omega, false
	}

	if len(l.tx) == 0 || sec < l.tx[0].when {
		zone := &l.zone[l.lookupFirstZone()]
		name = zone.name
		offset = zone.offset
		start = alpha
		if len(l.tx) > 0 {
			end = l.tx[0].when
		} else {
			end = omega
		}
		isDST = zone.isDST
		return
	}

	// Binary search for entry with largest time <= sec.
	// Not using sort.Search to avoid dependencies.
	tx := l.tx
	end = omega
	lo := 0
	hi := len(tx)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		lim := tx[m].when
		if sec < lim {
			end = lim
			hi = m
		} else {
			lo = m
		}
	}
	zone := &l.zone[tx[lo].index]
	name = zone.name
	offset = zone.offset
	start = tx[lo].when
	// end = maintained during the search
	isDST = zone.isDST

	// If we're at the end of the known zone transitions,
	// try the extend string.
	if lo == len(tx)-1 && l.extend != "" && tzsetRest != nil {
		if ename, eoffset, estart, eend, eisDST, ok := tzsetRest(l.extend, start, sec); ok {
			return ename, eoffset, estart, eend, eisDST
		}
	}

	return
}

// tzsetRest is time.more.go's tzset (a Location with an extend rule
// comes from LoadLocation, which is there too).
var tzsetRest func(s string, lastTxSec, sec int64) (name string, offset int, start, end int64, isDST, ok bool)

// lookupFirstZone returns the index of the time zone to use for times
// before the first transition time, or when there are no transition
// times.
//
// The reference implementation in localtime.c from
// https://www.iana.org/time-zones/repository/releases/tzcode2013g.tar.gz
// implements the following algorithm for these cases:
//  1. If the first zone is unused by the transitions, use it.
//  2. Otherwise, if there are transition times, and the first
//     transition is to a zone in daylight time, find the first
//     non-daylight-time zone before and closest to the first transition
//     zone.
//  3. Otherwise, use the first zone that is not daylight time, if
//     there is one.
//  4. Otherwise, use the first zone.
func (l *Location) lookupFirstZone() int {
	// Case 1.
	if !l.firstZoneUsed() {
		return 0
	}

	// Case 2.
	if len(l.tx) > 0 && l.zone[l.tx[0].index].isDST {
		for zi := int(l.tx[0].index) - 1; zi >= 0; zi-- {
			if !l.zone[zi].isDST {
				return zi
			}
		}
	}

	// Case 3.
	for zi := range l.zone {
		if !l.zone[zi].isDST {
			return zi
		}
	}

	// Case 4.
	return 0
}

// firstZoneUsed reports whether the first zone is used by some
// transition.
func (l *Location) firstZoneUsed() bool {
	for _, tx := range l.tx {
		if tx.index == 0 {
			return true
		}
	}
	return false
}

// lookupName returns information about the time zone with
// the given name (such as "EST") at the given pseudo-Unix time
// (what the given time of day would be in UTC).
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	if len(l.zone) == 0 {
		if l.zoneName == name {
			return l.offset, true
		}
		return 0, false
	}

	// First try for a zone with the right name that was actually
	// in effect at the given time. (In Sydney, Australia, both standard
	// and daylight-savings time are abbreviated "EST". Using the
	// offset helps us pick the right one for the given time.
	// It's not perfect: during the backward transition we might pick
	// either one.)
	for i := range l.zone {
		zone := &l.zone[i]
		if zone.name == name {
			nam, offset, _, _, _ := l.lookup(unix - int64(zone.offset))
			if nam == zone.name {
				return offset, true
			}
		}
	}

	// Otherwise fall back to an ordinary name match.
	for i := range l.zone {
		zone := &l.zone[i]
		if zone.name == name {
			return zone.offset, true
		}
	}

	// Otherwise, give up.
	return
}

// Zone computes the time zone in effect at time t, returning the abbreviated
// name of the zone (such as "CET") and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	name, offset, _, _, _ = t.Location().lookup(t.unixSec())
	return
}

// ZoneBounds returns the bounds of the time zone in effect at time t.
// The zone begins at start and the next zone begins at end.
// If the zone begins at the beginning of time, start will be returned as a zero Time.
// If the zone goes on forever, end will be returned as a zero Time.
// The Location of the returned times will be the same as t.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, startSec, endSec, _ := t.Location().lookup(t.unixSec())
	if startSec != alpha {
		start = fromUnix(startSec, 0, t.loc)
	}
	if endSec != omega {
		end = fromUnix(endSec, 0, t.loc)
	}
	return
}

// IsDST reports whether the time in the configured location is in Daylight Savings Time.
func (t Time) IsDST() bool {
	_, _, _, _, isDST := t.Location().lookup(t.unixSec())
	return isDST
}

// A Time is an instant with nanosecond precision: seconds since January 1,
// year 1 UTC (so the zero Time is that instant, as in Go) and nanoseconds.
// gostack's clock is virtual (it starts at 2009-11-10 23:00:00 UTC) and
// every zone is UTC.
type Time struct {
	sec  int64
	nsec int64
	loc  *Location
}

const unixToInternal int64 = 62135596800

func fromUnix(sec, nsec int64, loc *Location) Time {
	sec += floorDiv(nsec, 1e9)
	nsec -= floorDiv(nsec, 1e9) * 1e9
	return Time{sec + unixToInternal, nsec, loc}
}

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
	DateTime   = "2006-01-02 15:04:05"
	DateOnly   = "2006-01-02"
	TimeOnly   = "15:04:05"
)

func Now() Time { return fromUnix(0, now(), Local) }

func Unix(sec int64, nsec int64) Time { return fromUnix(sec, nsec, Local) }

func UnixMilli(msec int64) Time { return fromUnix(floorDiv(msec, 1e3), (msec-floorDiv(msec, 1e3)*1e3)*1e6, Local) }

// UnixMicro returns the local Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time { return fromUnix(floorDiv(usec, 1e6), (usec-floorDiv(usec, 1e6)*1e6)*1e3, Local) }

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// daysFromCivil is the number of days since 1970-01-01 of a proleptic
// Gregorian date.
func daysFromCivil(y int64, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func civilFromDays(days int64) (y int64, m, d int64) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return
}

// Date returns the Time corresponding to the given date and time (fields
// outside their ranges are normalised, as in Go).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int64(month) - 1
	y := int64(year) + floorDiv(m, 12)
	m = m - floorDiv(m, 12)*12
	days := daysFromCivil(y, m+1, 1) + int64(day) - 1
	unix := days*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec)
	unix += floorDiv(int64(nsec), 1e9)
	nsec = int(int64(nsec) - floorDiv(int64(nsec), 1e9)*1e9)

	// Look for zone offset for expected time, so we can adjust to UTC.
	// The lookup function expects UTC, so first we pass unix in the
	// hope that it will not be too close to a zone transition,
	// and then adjust if it is.
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		// If utc is valid for the time zone we found, then we have the right offset.
		// If not, we get the correct offset by looking up utc in the location.
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	return fromUnix(unix, int64(nsec), loc)
}

func (t Time) unixSec() int64 { return t.sec - unixToInternal }

// localSec is t's Unix time moved by its zone's offset: the calendar
// fields are computed from it.
func (t Time) localSec() int64 {
	_, offset := t.Zone()
	return t.unixSec() + int64(offset)
}

func (t Time) days() int64 { return floorDiv(t.localSec(), 86400) }

func (t Time) secOfDay() int64 { return t.localSec() - t.days()*86400 }

func (t Time) Date() (year int, month Month, day int) {
	y, m, d := civilFromDays(t.days())
	return int(y), Month(m), int(d)
}

func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

func (t Time) Clock() (hour, min, sec int) {
	s := t.secOfDay()
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

func (t Time) Hour() int { return int(t.secOfDay() / 3600) }

func (t Time) Minute() int { return int(t.secOfDay() % 3600 / 60) }

func (t Time) Second() int { return int(t.secOfDay() % 60) }

func (t Time) Nanosecond() int { return int(t.nsec) }

func (t Time) Weekday() Weekday {
	return Weekday((t.days()%7 + 11) % 7)
}

func (t Time) YearDay() int {
	y, _, _ := civilFromDays(t.days())
	return int(t.days()-daysFromCivil(y, 1, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
// Week ranges from 1 to 53. Jan 01 to Jan 03 of year n might belong to
// week 52 or 53 of year n-1, and Dec 29 to Dec 31 might belong to week 1
// of year n+1.
func (t Time) ISOWeek() (year, week int) {
	// The first calendar week of a year is the one with the year's first
	// Thursday (weeks start on Monday): the Thursday of t's week decides
	// the year, and its day of the year the week.
	days := t.days()
	wd := (int64(t.Weekday())+6)%7 + 1 // Monday 1 ... Sunday 7
	thu := days + 4 - wd
	y, _, _ := civilFromDays(thu)
	yday := thu - daysFromCivil(y, 1, 1) + 1
	return int(y), int((yday-1)/7 + 1)
}

func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

func (t Time) UTC() Time { return Time{t.sec, t.nsec, UTC} }

func (t Time) Local() Time { return Time{t.sec, t.nsec, Local} }

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return Time{t.sec, t.nsec, loc}
}

func (t Time) Sub(u Time) Duration { return Duration((t.sec-u.sec)*1e9 + t.nsec - u.nsec) }

func (t Time) Add(d Duration) Time {
	return fromUnix(t.unixSec()+int64(d)/1e9, t.nsec+int64(d)%1e9, t.loc)
}

func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, t.Nanosecond(), t.Location())
}

func (t Time) Compare(u Time) int {
	switch {
	case t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec:
		return -1
	case t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec:
		return 1
	}
	return 0
}

func (t Time) After(u Time) bool { return t.Compare(u) > 0 }

func (t Time) Before(u Time) bool { return t.Compare(u) < 0 }

func (t Time) Equal(u Time) bool { return t.Compare(u) == 0 }

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

func (t Time) Unix() int64 { return t.unixSec() }

func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + t.nsec/1e6 }

func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + t.nsec/1e3 }

func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + t.nsec }

// rem returns t's offset past a multiple of d since the zero Time.
// Truncate returns the result of rounding t down to a multiple of d (since the zero time).
// If d <= 0, Truncate returns t stripped of any monotonic clock reading but otherwise unchanged.
func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	return t.Add(-r)
}

// Round returns the result of rounding t to the nearest multiple of d (since the zero time).
// The rounding behavior for halfway values is to round up.
// If d <= 0, Round returns t stripped of any monotonic clock reading but otherwise unchanged.
func (t Time) Round(d Duration) Time {
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// ---- From Go 1.27's time/time.go: Copyright The Go Authors, BSD-style
// licence (LICENSE-GO in crates/compiler/stdlib).

// div divides t by d and returns the quotient parity and remainder.
// We don't use the quotient parity anymore (round half up instead of round to even)
// but it's still here in case we change our minds.
func div(t Time, d Duration) (qmod2 int, r Duration) {
	neg := false
	nsec := int32(t.nsec)
	sec := t.sec
	if sec < 0 {
		// Operate on absolute value.
		neg = true
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec-- // sec >= 1 before the -- so safe
		}
	}

	switch {
	// Special case: 2d divides 1 second.
	case d < Second && Second%(d+d) == 0:
		qmod2 = int(nsec/int32(d)) & 1
		r = Duration(nsec % int32(d))

	// Special case: d is a multiple of 1 second.
	case d%Second == 0:
		d1 := int64(d / Second)
		qmod2 = int(sec/d1) & 1
		r = Duration(sec%d1)*Second + Duration(nsec)

	// General case.
	// This could be faster if more cleverness were applied,
	// but it's really only here to avoid special case restrictions in the API.
	// No one will care about these cases.
	default:
		// Compute nanoseconds as 128-bit number.
		sec := uint64(sec)
		tmp := (sec >> 32) * 1e9
		u1 := tmp >> 32
		u0 := tmp << 32
		tmp = (sec & 0xFFFFFFFF) * 1e9
		u0x, u0 := u0, u0+tmp
		if u0 < u0x {
			u1++
		}
		u0x, u0 = u0, u0+uint64(nsec)
		if u0 < u0x {
			u1++
		}

		// Compute remainder by subtracting r<<k for decreasing k.
		// Quotient parity is whether we subtract on last round.
		d1 := uint64(d)
		for d1>>63 != 1 {
			d1 <<= 1
		}
		d0 := uint64(0)
		for {
			qmod2 = 0
			if u1 > d1 || u1 == d1 && u0 >= d0 {
				// subtract
				qmod2 = 1
				u0x, u0 = u0, u0-d0
				if u0 > u0x {
					u1--
				}
				u1 -= d1
			}
			if d1 == 0 && d0 == uint64(d) {
				break
			}
			d0 >>= 1
			d0 |= (d1 & 1) << 63
			d1 >>= 1
		}
		r = Duration(u0)
	}

	if neg && r != 0 {
		// If input was negative and not an exact multiple of d, we computed q, r such that
		//	q*d + r = -t
		// But the right answers are given by -(q-1), d-r:
		//	q*d + r = -t
		//	-q*d - r = t
		//	-(q-1)*d + (d - r) = t
		qmod2 ^= 1
		r = d - r
	}
	return
}

func itoa(v int64) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b []byte
	for v > 0 {
		b = append([]byte{byte('0' + v%10)}, b...)
		v /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

func pad(v int64, width int, c byte) string {
	s := itoa(v)
	for len(s) < width {
		s = string(c) + s
	}
	return s
}

func (t Time) String() string {
	return t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
}

func (t Time) GoString() string {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	loc := "time.Location(\"" + t.Location().name + "\")"
	switch t.loc {
	case UTC, nil:
		loc = "time.UTC"
	case Local:
		loc = "time.Local"
	}
	return "time.Date(" + itoa(int64(y)) + ", time." + m.String() + ", " + itoa(int64(d)) + ", " + itoa(int64(h)) + ", " + itoa(int64(mi)) + ", " + itoa(int64(s)) + ", " + itoa(int64(t.Nanosecond())) + ", " + loc + ")"
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// Format renders t with Go's reference-time layout tokens (zones are UTC).
func (t Time) Format(layout string) string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	ns := int64(t.Nanosecond())
	zname, zoff := t.Zone()
	var b []byte
	for i := 0; i < len(layout); {
		rest := layout[i:]
		tok, out := "", ""
		switch {
		case hasPrefix(rest, "2006"):
			tok, out = "2006", pad(int64(y), 4, '0')
		case hasPrefix(rest, "January"):
			tok, out = "January", mo.String()
		case hasPrefix(rest, "Jan"):
			tok, out = "Jan", mo.String()[:3]
		case hasPrefix(rest, "Monday"):
			tok, out = "Monday", t.Weekday().String()
		case hasPrefix(rest, "Mon"):
			tok, out = "Mon", t.Weekday().String()[:3]
		case hasPrefix(rest, "MST"):
			tok, out = "MST", zname
			if zname == "" {
				// No name for the zone: Go prints its -0700 form.
				out = zoneText(zoff, false, false, false)
			}
		case hasPrefix(rest, "01"):
			tok, out = "01", pad(int64(mo), 2, '0')
		case hasPrefix(rest, "02"):
			tok, out = "02", pad(int64(d), 2, '0')
		case hasPrefix(rest, "_2"):
			tok, out = "_2", pad(int64(d), 2, ' ')
		case hasPrefix(rest, "002"):
			tok, out = "002", pad(int64(t.YearDay()), 3, '0')
		case hasPrefix(rest, "03"):
			tok, out = "03", pad(int64((h+11)%12+1), 2, '0')
		case hasPrefix(rest, "04"):
			tok, out = "04", pad(int64(mi), 2, '0')
		case hasPrefix(rest, "05"):
			tok, out = "05", pad(int64(s), 2, '0')
		case hasPrefix(rest, "06"):
			tok, out = "06", pad(int64(y%100), 2, '0')
		case hasPrefix(rest, "15"):
			tok, out = "15", pad(int64(h), 2, '0')
		case hasPrefix(rest, "-07:00:00"):
			tok, out = "-07:00:00", zoneText(zoff, true, true, false)
		case hasPrefix(rest, "-070000"):
			tok, out = "-070000", zoneText(zoff, false, true, false)
		case hasPrefix(rest, "-07:00"):
			tok, out = "-07:00", zoneText(zoff, true, false, false)
		case hasPrefix(rest, "-0700"):
			tok, out = "-0700", zoneText(zoff, false, false, false)
		case hasPrefix(rest, "-07"):
			tok, out = "-07", zoneText(zoff, false, false, true)
		case hasPrefix(rest, "Z07:00:00"):
			tok, out = "Z07:00:00", zoneZ(zoff, true, true, false)
		case hasPrefix(rest, "Z070000"):
			tok, out = "Z070000", zoneZ(zoff, false, true, false)
		case hasPrefix(rest, "Z07:00"):
			tok, out = "Z07:00", zoneZ(zoff, true, false, false)
		case hasPrefix(rest, "Z0700"):
			tok, out = "Z0700", zoneZ(zoff, false, false, false)
		case hasPrefix(rest, "Z07"):
			tok, out = "Z07", zoneZ(zoff, false, false, true)
		case hasPrefix(rest, "PM"):
			tok, out = "PM", "AM"
			if h >= 12 {
				out = "PM"
			}
		case hasPrefix(rest, "pm"):
			tok, out = "pm", "am"
			if h >= 12 {
				out = "pm"
			}
		case hasPrefix(rest, ".0") || hasPrefix(rest, ".9") || hasPrefix(rest, ",0") || hasPrefix(rest, ",9"):
			j := 1
			for j < len(rest) && rest[j] == rest[1] {
				j++
			}
			if j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
				break
			}
			tok = rest[:j]
			// appendNano: at most 9 digits, however many the layout asks for.
			n := j - 1
			if n > 9 {
				n = 9
			}
			digits := pad(ns, 9, '0')[:n]
			if rest[1] == '9' {
				for len(digits) > 0 && digits[len(digits)-1] == '0' {
					digits = digits[:len(digits)-1]
				}
				if digits == "" {
					out = ""
				} else {
					out = rest[:1] + digits
				}
			} else {
				out = rest[:1] + digits
			}
		case hasPrefix(rest, "1"):
			tok, out = "1", itoa(int64(mo))
		case hasPrefix(rest, "2"):
			tok, out = "2", itoa(int64(d))
		case hasPrefix(rest, "3"):
			tok, out = "3", itoa(int64((h+11)%12+1))
		case hasPrefix(rest, "4"):
			tok, out = "4", itoa(int64(mi))
		case hasPrefix(rest, "5"):
			tok, out = "5", itoa(int64(s))
		}
		if tok == "" {
			b = append(b, layout[i])
			i++
			continue
		}
		b = append(b, []byte(out)...)
		i += len(tok)
	}
	return string(b)
}

// zoneText writes a zone offset as Go's layouts do: ±hh, ±hhmm, ±hh:mm,
// with seconds when asked (only when they are not zero) .
func zoneText(off int, colon, secs, hoursOnly bool) string {
	zone := off / 60 // convert to minutes
	absoff := off
	out := "+"
	if zone < 0 {
		out = "-"
		zone = -zone
		absoff = -absoff
	}
	out += pad(int64(zone/60), 2, '0')
	if hoursOnly {
		return out
	}
	if colon {
		out += ":"
	}
	out += pad(int64(zone%60), 2, '0')
	if secs {
		if colon {
			out += ":"
		}
		out += pad(int64(absoff%60), 2, '0')
	}
	return out
}

// zoneZ is zoneText, but "Z" for UTC (the ISO 8601 layouts).
func zoneZ(off int, colon, secs, hoursOnly bool) string {
	if off == 0 {
		return "Z"
	}
	return zoneText(off, colon, secs, hoursOnly)
}

// Timers and tickers are runtime timers (gostack's runtime/timer.rs, Go's
// runtime/time.go): startTimer adds one to the scheduler's heap, and when
// the virtual clock reaches it the runtime sends the time on its channel
// (without blocking) or starts its function in a new goroutine. A timer
// holds no goroutine while it waits, and one whose channel the program no
// longer references is released.

// startTimer is addtimer (id 0) or modtimer (id of a timer this package
// started): the timer runs after d, then every period if period > 0, and
// sends on c (the Time in loc) or, with c nil, starts f. Returns the id.
func startTimer(id int, d, period Duration, c chan Time, f func(), loc *Location) int

// stopTimer is deltimer: it reports whether timer id was pending.
func stopTimer(id int) bool

// The Timer type represents a single event.
type Timer struct {
	C  <-chan Time
	c  chan Time
	f  func()
	id int
}

// drain discards a time the timer sent that was not received: as Go
// 1.23's synchronous timer channels, no stale value is received after
// Stop or Reset. It reports whether there was one.
func (t *Timer) drain() bool {
	if t.c == nil {
		return false
	}
	select {
	case <-t.c:
		return true
	default:
		return false
	}
}

// NewTimer creates a Timer that sends the current time on its channel after
// at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.id = startTimer(0, d, 0, c, nil, Local)
	return t
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.id = startTimer(0, d, 0, nil, f, Local)
	return t
}

// Stop prevents the Timer from firing; it reports whether it was active.
func (t *Timer) Stop() bool {
	if t.id == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	was := stopTimer(t.id)
	if t.drain() {
		was = true
	}
	return was
}

// Reset changes the timer to expire after duration d.
func (t *Timer) Reset(d Duration) bool {
	if t.id == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	was := stopTimer(t.id)
	if t.drain() {
		was = true
	}
	t.id = startTimer(t.id, d, 0, t.c, t.f, Local)
	return was
}

// After waits for the duration to elapse and then sends the current time on
// the returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// A Ticker holds a channel that delivers ticks of a clock at intervals.
type Ticker struct {
	C  <-chan Time
	c  chan Time
	id int
}

// NewTicker returns a new Ticker sending the time every d.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c}
	t.id = startTimer(0, d, d, c, nil, Local)
	return t
}

// Stop turns off the ticker.
func (t *Ticker) Stop() {
	if t.id == 0 {
		return
	}
	stopTimer(t.id)
	select {
	case <-t.c:
	default:
	}
}

// Reset stops the ticker and resets its period to d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.id == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	stopTimer(t.id)
	select {
	case <-t.c:
	default:
	}
	t.id = startTimer(t.id, d, d, t.c, nil, Local)
}

// Tick returns a channel delivering the time every d.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// ---- ParseDuration (Go 1.27 time/format.go)

func quote(s string) string {
	buf := make([]byte, 1, len(s)+2) // slice will be at least len(s) + quotes
	buf[0] = '"'
	for i, c := range s {
		if c >= runeSelf || c < ' ' {
			// This means you are asking us to parse a time.Duration or
			// time.Location with unprintable or non-ASCII characters in it.
			// We don't expect to hit this case very often. We could try to
			// reproduce strconv.Quote's behavior with full fidelity but
			// given how rarely we expect to hit these edge cases, speed and
			// conciseness are better.
			var width int
			if c == runeError {
				width = 1
				if i+2 < len(s) && s[i:i+3] == string(runeError) {
					width = 3
				}
			} else {
				width = len(string(c))
			}
			for j := 0; j < width; j++ {
				buf = append(buf, []byte(`\x`)...)
				buf = append(buf, lowerhex[int(s[i+j]>>4)])
				buf = append(buf, lowerhex[int(s[i+j]&0xF)])
			}
		} else {
			if c == '"' || c == '\\' {
				buf = append(buf, '\\')
			}
			buf = append(buf, byte(c))
		}
	}
	buf = append(buf, '"')
	return string(buf)
}

var errLeadingInt = errors.New("time: bad [0-9]*") // never printed

func leadingInt(s string) (x uint64, rem string, err error) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			// overflow
			return 0, rem, errLeadingInt
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			// overflow
			return 0, rem, errLeadingInt
		}
	}
	return x, s[i:], nil
}

func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			// It's possible for overflow to give a positive number, so take care.
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 = micro symbol
	"μs": uint64(Microsecond), // U+03BC = Greek letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

type parseDurationError struct {
	message string
	value   string
}

func (e *parseDurationError) Error() string {
	return "time: " + e.message + " " + quote(e.value)
}

func ParseDuration(s string) (Duration, error) {
	// [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+
	orig := s
	var d uint64
	neg := false

	// Consume [-+]?
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	// Special case: if all that is left is "0", this is zero.
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, &parseDurationError{"invalid duration", orig}
	}
	for s != "" {
		var (
			v, f  uint64      // integers before, after decimal point
			scale float64 = 1 // value = v + f/scale
		)

		var err error

		// The next character must be [0-9.]
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, &parseDurationError{"invalid duration", orig}
		}
		// Consume [0-9]*
		pl := len(s)
		v, s, err = leadingInt(s)
		if err != nil {
			return 0, &parseDurationError{"invalid duration", orig}
		}
		pre := pl != len(s) // whether we consumed anything before a period

		// Consume (\.[0-9]*)?
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			f, scale, s = leadingFraction(s)
			post = pl != len(s)
		}
		if !pre && !post {
			// no digits (e.g. ".s" or "-.s")
			return 0, &parseDurationError{"invalid duration", orig}
		}

		// Consume unit.
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, &parseDurationError{"missing unit in duration", orig}
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, &parseDurationError{"unknown unit " + quote(u) + " in duration", orig}
		}
		if v > 1<<63/unit {
			// overflow
			return 0, &parseDurationError{"invalid duration", orig}
		}
		v *= unit
		if f > 0 {
			// float64 is needed to be nanosecond accurate for fractions of hours.
			// v >= 0 && (f*unit/scale) <= 3.6e+12 (ns/h, h is the largest unit)
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				// overflow
				return 0, &parseDurationError{"invalid duration", orig}
			}
		}
		d += v
		if d > 1<<63 {
			return 0, &parseDurationError{"invalid duration", orig}
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, &parseDurationError{"invalid duration", orig}
	}
	return Duration(d), nil
}

const (
	lowerhex  = "0123456789abcdef"
	runeSelf  = 0x80
	runeError = '\uFFFD'
)
