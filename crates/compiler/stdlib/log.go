// Package log: the standard library subset compiled with every program.
// Timestamps come from gostack's virtual clock; Lshortfile/Llongfile name
// the caller's file and line (runtime.Caller), "???:1" for the stdlib's.
package log

import (
	"fmt"
	"io"
	"log/internal"
	"os"
	"runtime"
	"time"
)

const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
	Lmsgprefix
	LstdFlags = Ldate | Ltime
)

// A Logger writes lines of output to an io.Writer.
type Logger struct {
	prefix string
	flag   int
	out    io.Writer
}

// New creates a new Logger.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{prefix: prefix, flag: flag, out: out}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger.
func Default() *Logger { return std }

func pad(v, width int) string {
	s := fmt.Sprint(v)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func (l *Logger) header(file string, line int) string {
	h := ""
	if l.flag&Lmsgprefix == 0 {
		h += l.prefix
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		t := time.Now()
		if l.flag&Ldate != 0 {
			y, m, d := t.Date()
			h += pad(y, 4) + "/" + pad(int(m), 2) + "/" + pad(d, 2) + " "
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			hh, mm, ss := t.Clock()
			h += pad(hh, 2) + ":" + pad(mm, 2) + ":" + pad(ss, 2)
			if l.flag&Lmicroseconds != 0 {
				h += "." + pad(t.Nanosecond()/1e3, 6)
			}
			h += " "
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		if l.flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		h += file + ":" + itoa(line) + ": "
	}
	if l.flag&Lmsgprefix != 0 {
		h += l.prefix
	}
	return h
}

// Output writes the output for a logging event.
func (l *Logger) Output(calldepth int, s string) error {
	calldepth++ // +1 for this frame.
	return l.output(0, calldepth, s)
}

// output is Output with the caller given either by pc (log/slog's default
// handler knows it) or, when pc is 0, by calldepth frames above output's
// caller, as in Go's log.go.
func (l *Logger) output(pc uintptr, calldepth int, s string) error {
	var file string
	var ln int
	if l.flag&(Lshortfile|Llongfile) != 0 {
		if pc == 0 {
			var ok bool
			_, file, ln, ok = runtime.Caller(calldepth)
			if !ok || file == "" {
				file, ln = "???", 1
			}
		} else {
			fs := runtime.CallersFrames([]uintptr{pc})
			f, _ := fs.Next()
			file, ln = f.File, f.Line
			if file == "" {
				file, ln = "???", 1
			}
		}
	}
	line := l.header(file, ln) + s
	if len(s) == 0 || s[len(s)-1] != '\n' {
		line += "\n"
	}
	_, err := l.out.Write([]byte(line))
	return err
}

func (l *Logger) Print(v ...any)                 { l.Output(2, fmt.Sprint(v...)) }
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Println(v ...any)               { l.Output(2, fmt.Sprintln(v...)) }

func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Flags() int             { return l.flag }
func (l *Logger) SetFlags(flag int)      { l.flag = flag }
func (l *Logger) Prefix() string         { return l.prefix }
func (l *Logger) SetPrefix(prefix string) { l.prefix = prefix }
func (l *Logger) Writer() io.Writer      { return l.out }
func (l *Logger) SetOutput(w io.Writer)  { l.out = w }

func SetOutput(w io.Writer)      { std.out = w }
func Flags() int                 { return std.flag }
func SetFlags(flag int)          { std.flag = flag }
func Prefix() string             { return std.prefix }
func SetPrefix(prefix string)    { std.prefix = prefix }
func Writer() io.Writer          { return std.out }
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) } // +1 for this frame.

func Print(v ...any)                 { std.Output(2, fmt.Sprint(v...)) }
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }
func Println(v ...any)               { std.Output(2, fmt.Sprintln(v...)) }

func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}

func init() {
	// log/slog's default handler writes through the standard logger.
	internal.DefaultOutput = func(pc uintptr, data []byte) error {
		return std.output(pc, 0, string(data))
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	neg := i < 0
	if neg {
		i = -i
	}
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}
