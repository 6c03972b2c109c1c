// Package testing runs a package's Test and Example functions for
// `gostack test` (docs/testing.md "Go's own tests"), printing what Go's
// testing package prints. It follows go1.27's testing.go, match.go,
// example.go and run_example.go: tRunner, Run, report, flushToParent,
// frameSkip and the matcher are theirs, reduced to what gostack supports.
//
// Divergence: durations are not measured: every `--- PASS/FAIL` line says
// (0.00s), so runs are reproducible (go test prints what the clock says).
// Benchmarks and fuzz targets are declared so that test files compile, but
// gostack does not run them (the gostack test command says so).
package testing

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// InternalTest is a test function, as the generated test main lists it.
type InternalTest struct {
	Name string
	F    func(*T)
}

// InternalExample is an example function with its output comment.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// TB is the interface common to T, B and F.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
}

const indent = "    "

const maxStackLen = 50

// chattyPrinter prints the `=== RUN` lines and, with -v, each log line as
// it is written.
type chattyPrinter struct {
	lastName string
	json     bool // -v=test2json: mark framing and errors for test2json
}

// The markers -test.v=test2json puts in the output for cmd/test2json
// (`gostack test -json` reads them).
const (
	markFraming  byte = 'V' &^ '@' // ^V: framing
	markErrBegin byte = 'O' &^ '@' // ^O: start of error
	markErrEnd   byte = 'N' &^ '@' // ^N: end of error
	markEscape   byte = '[' &^ '@' // ^[: escape
)

// chattyJSON is -test.v=test2json (chattyFlag.json).
var chattyJSON bool

// chattyPrefix is chattyFlag.prefix: the framing marker in test2json mode.
func chattyPrefix() string {
	if chattyJSON {
		return string(markFraming)
	}
	return ""
}

// prefix is chatty.prefix, for a printer (nil: not chatty).
func (p *chattyPrinter) prefix() string {
	if p != nil && p.json {
		return string(markFraming)
	}
	return ""
}

func (p *chattyPrinter) Updatef(testName, format string, args ...any) {
	p.lastName = testName
	fmt.Printf(p.prefix()+format, args...)
}

func (p *chattyPrinter) Printf(testName, format string, args ...any) {
	if p.lastName == "" {
		p.lastName = testName
	} else if p.lastName != testName {
		fmt.Printf("%s=== NAME  %s\n", p.prefix(), testName)
		p.lastName = testName
	}
	fmt.Printf(format, args...)
}

// escapeMarkers escapes the markers in a test's own output.
func escapeMarkers(b []byte) []byte {
	var c []byte
	for _, x := range b {
		switch x {
		case markFraming, markEscape, markErrBegin, markErrEnd:
			c = append(c, markEscape)
		}
		c = append(c, x)
	}
	return c
}

// common holds what T, B and F share: output, state and cleanups.
type common struct {
	output   []byte
	w        *common // the parent's indenter; nil writes to stdout
	ran      bool
	failed   bool
	skipped  bool
	done     bool
	finished bool
	hasSub   bool
	chatty   *chattyPrinter

	helperPCs   map[uintptr]bool
	helperNames map[string]bool
	cleanups    []func()
	cleanupName string
	cleanupPc   []uintptr
	cleanupRun  bool

	parent  *common
	level   int
	creator []uintptr
	name    string
	runner  string
	sub     []*T

	tempDir    string
	tempDirErr error
	tempDirSeq int

	signal  chan bool
	barrier chan bool
	partial []byte

	ctx       context.Context
	cancelCtx context.CancelFunc
}

// write appends output to the parent's buffer (an indenter), or prints it
// at the top.
func (c *common) write(b []byte) {
	if c == nil {
		os.Stdout.Write(b)
		return
	}
	for len(b) > 0 {
		end := strings.IndexByte(string(b), '\n')
		if end == -1 {
			end = len(b)
		} else {
			end++
		}
		line := b[:end]
		if line[0] == markFraming {
			c.output = append(c.output, markFraming)
			line = line[1:]
		}
		c.output = append(c.output, indent...)
		c.output = append(c.output, line...)
		b = b[end:]
	}
}

func fmtDuration() string {
	return "0.00s"
}

func (c *common) frameSkip(skip int) runtime.Frame {
	var pc [maxStackLen]uintptr
	n := runtime.Callers(skip+2, pc[:])
	if n == 0 {
		panic("testing: zero callers found")
	}
	frames := runtime.CallersFrames(pc[:n])
	var firstFrame, prevFrame, frame runtime.Frame
	for more := true; more; prevFrame = frame {
		frame, more = frames.Next()
		if frame.Function == "runtime.gopanic" {
			continue
		}
		if frame.Function == c.cleanupName {
			frames = runtime.CallersFrames(c.cleanupPc)
			continue
		}
		if firstFrame.PC == 0 {
			firstFrame = frame
		}
		if frame.Function == c.runner {
			// We've gone up all the way to the tRunner calling the test
			// function: continue with the stack of the test that made this
			// subtest (t.Run), with its helpers.
			if c.level > 1 {
				frames = runtime.CallersFrames(c.creator)
				c = c.parent
				continue
			}
			return prevFrame
		}
		if c.helperNames == nil {
			c.helperNames = make(map[string]bool)
			for pc := range c.helperPCs {
				c.helperNames[pcToName(pc)] = true
			}
		}
		if !c.helperNames[frame.Function] {
			return frame
		}
	}
	return firstFrame
}

func (c *common) flushToParent(testName, format string, args ...any) {
	p := c.parent
	if len(c.output) > 0 {
		format += "%s"
		args = append(args[:len(args):len(args)], c.output)
		c.output = c.output[:0]
	}
	if c.chatty != nil && (p.w == nil || c.chatty.json) {
		// With test2json, subtests are never flushed to their parents, so
		// that the stream shows them as they finish (go.dev/issue/29811).
		c.chatty.Updatef(testName, format, args...)
	} else {
		p.w.write([]byte(fmt.Sprintf(c.chatty.prefix()+format, args...)))
	}
}

// Name returns the name of the running test or benchmark.
func (c *common) Name() string {
	return c.name
}

func (c *common) setRan() {
	if c.parent != nil {
		c.parent.setRan()
	}
	c.ran = true
}

// Fail marks the function as having failed but continues execution.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

// Failed reports whether the function has failed.
func (c *common) Failed() bool {
	return c.failed
}

// FailNow marks the function as having failed and stops its execution by
// calling runtime.Goexit.
func (c *common) FailNow() {
	c.Fail()
	c.finished = true
	runtime.Goexit()
}

func (c *common) log(s string, isErr bool) {
	s = strings.TrimSuffix(s, "\n")
	s = strings.ReplaceAll(s, "\n", "\n"+indent)
	s += "\n"
	n := c.destination()
	if n == nil {
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	s = n.callSite(3) + s
	n.flushPartial()
	n.writeOutputErr([]byte(s), isErr)
}

func (c *common) destination() *common {
	if !c.done {
		return c
	}
	for parent := c.parent; parent != nil; parent = parent.parent {
		if !parent.done {
			return parent
		}
	}
	return nil
}

func (c *common) callSite(skip int) string {
	frame := c.frameSkip(skip)
	file := frame.File
	line := frame.Line
	if file != "" {
		if i := strings.LastIndex(file, "/"); i >= 0 {
			file = file[i+1:]
		}
	} else {
		file = "???"
	}
	if line == 0 {
		line = 1
	}
	return fmt.Sprintf("%s:%d: ", file, line)
}

func (c *common) flushPartial() {
	if len(c.partial) > 0 {
		c.writeOutput([]byte("\n"))
	}
}

// writeOutput is outputWriter.write: whole lines go to the test's output
// (or, with -v, straight to stdout), a partial line waits.
func (c *common) writeOutput(p []byte) {
	c.writeOutputErr(p, false)
}

// writeOutputErr is outputWriter.Write; isErr marks an error's lines for
// test2json.
func (c *common) writeOutputErr(p []byte, isErr bool) {
	lines := strings.SplitAfter(string(p), "\n")
	last := len(lines) - 1
	for i, line := range lines[:last] {
		if i == 0 && len(c.partial) > 0 {
			line = string(c.partial) + line
			c.partial = c.partial[:0]
		}
		c.writeLine([]byte(line), isErr && i == 0, isErr && i == last-1)
	}
	c.partial = append(c.partial, lines[last]...)
}

func (c *common) writeLine(b []byte, errBegin, errEnd bool) {
	if c.done || c.chatty == nil {
		c.output = append(c.output, indent...)
		c.output = append(c.output, b...)
		return
	}
	var strErrBegin, strErrEnd, nl string
	if c.chatty.json {
		b = escapeMarkers(b)
		if errBegin {
			strErrBegin = string(markErrBegin)
		}
		// ^N goes before the line's newline, where test2json expects it.
		if errEnd {
			if len(b) > 0 && b[len(b)-1] == '\n' {
				b, nl = b[:len(b)-1], "\n"
			}
			strErrEnd = string(markErrEnd)
		}
	}
	c.chatty.Printf(c.name, "%s%s%s%s%s", strErrBegin, indent, b, strErrEnd, nl)
}

// Log formats its arguments as fmt.Println does and records the text in
// the error log.
func (c *common) Log(args ...any) { c.log(fmt.Sprintln(args...), false) }

// Logf formats its arguments as fmt.Printf does and records the text.
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...), false) }

// Error is equivalent to Log followed by Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...), true)
	c.Fail()
}

// Errorf is equivalent to Logf followed by Fail.
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...), true)
	c.Fail()
}

// Fatal is equivalent to Log followed by FailNow.
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...), true)
	c.FailNow()
}

// Fatalf is equivalent to Logf followed by FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...), true)
	c.FailNow()
}

// Skip is equivalent to Log followed by SkipNow.
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...), false)
	c.SkipNow()
}

// Skipf is equivalent to Logf followed by SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...), false)
	c.SkipNow()
}

// SkipNow marks the test as having been skipped and stops its execution
// by calling runtime.Goexit.
func (c *common) SkipNow() {
	c.skipped = true
	c.finished = true
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool {
	return c.skipped
}

// Helper marks the calling function as a test helper function: its file
// and line are left out of log lines, in favour of its caller's.
func (c *common) Helper() {
	if c.helperPCs == nil {
		c.helperPCs = make(map[uintptr]bool)
	}
	var pc [1]uintptr
	n := runtime.Callers(2, pc[:]) // skip runtime.Callers + Helper
	if n == 0 {
		panic("testing: zero callers found")
	}
	if !c.helperPCs[pc[0]] {
		c.helperPCs[pc[0]] = true
		c.helperNames = nil // map will be recreated next time it is needed
	}
}

// Cleanup registers a function to be called when the test (or subtest)
// and all its subtests complete, last added first called.
func (c *common) Cleanup(f func()) {
	var pc [maxStackLen]uintptr
	n := runtime.Callers(2, pc[:])
	cleanupPc := pc[:n]
	fn := func() {
		defer func() {
			c.cleanupName = ""
			c.cleanupPc = nil
		}()
		name := callerName(0)
		c.cleanupName = name
		c.cleanupPc = cleanupPc
		f()
	}
	c.cleanups = append(c.cleanups, fn)
}

// TempDir returns a temporary directory for the test to use, in the
// sandbox's file system; it is removed when the test and its subtests
// complete. Each call returns a new directory.
func (c *common) TempDir() string {
	dir, err := c.makeTempDir()
	if err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	return dir
}

func (c *common) makeTempDir() (string, error) {
	var nonExistent bool
	if c.tempDir == "" {
		nonExistent = true
	} else {
		_, err := os.Stat(c.tempDir)
		nonExistent = os.IsNotExist(err)
		if err != nil && !nonExistent {
			return "", err
		}
	}
	if nonExistent {
		c.Helper()
		pattern := c.Name()
		pattern = pattern[:min(len(pattern), 64)]
		pattern = removeSymbolsExcept(pattern, "!#$%&()+,-.=@^_{}~ ")
		c.tempDir, c.tempDirErr = os.MkdirTemp("", pattern)
		if c.tempDirErr == nil {
			c.Cleanup(func() {
				if err := os.RemoveAll(c.tempDir); err != nil {
					c.Errorf("TempDir RemoveAll cleanup: %v", err)
				}
			})
		}
	}
	if c.tempDirErr == nil {
		c.tempDirSeq++
	}
	seq := c.tempDirSeq
	if c.tempDirErr != nil {
		return "", c.tempDirErr
	}
	dir := fmt.Sprintf("%s%c%03d", c.tempDir, '/', seq)
	if err := os.Mkdir(dir, 0o777); err != nil {
		return "", err
	}
	return dir, nil
}

func removeSymbolsExcept(s, allowed string) string {
	b := []byte{}
	for _, r := range s {
		if r < 0x80 && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') && !strings.ContainsRune(allowed, r) {
			continue
		}
		b = append(b, string(r)...)
	}
	return string(b)
}

type panicHandling int

const (
	normalPanic panicHandling = iota
	recoverAndReturnPanic
)

func (c *common) runCleanup(ph panicHandling) (panicVal any) {
	c.cleanupRun = true
	defer func() { c.cleanupRun = false }()
	if ph == recoverAndReturnPanic {
		defer func() {
			panicVal = recover()
		}()
	}
	// Context's context is canceled just before the cleanups run.
	if c.cancelCtx != nil {
		c.cancelCtx()
	}
	// Make sure that if a cleanup function panics, we still run the
	// remaining cleanup functions.
	defer func() {
		if len(c.cleanups) > 0 {
			c.runCleanup(normalPanic)
		}
	}()
	for {
		var cleanup func()
		if len(c.cleanups) > 0 {
			last := len(c.cleanups) - 1
			cleanup = c.cleanups[last]
			c.cleanups = c.cleanups[:last]
		}
		if cleanup == nil {
			return nil
		}
		cleanup()
	}
}

func callerName(skip int) string {
	var pc [1]uintptr
	n := runtime.Callers(skip+2, pc[:]) // skip + runtime.Callers + callerName
	if n == 0 {
		panic("testing: zero callers found")
	}
	return pcToName(pc[0])
}

func pcToName(pc uintptr) string {
	pcs := []uintptr{pc}
	frames := runtime.CallersFrames(pcs)
	frame, _ := frames.Next()
	return frame.Function
}

// T is a type passed to Test functions to manage test state and support
// formatted test logs.
type T struct {
	common
	isParallel   bool
	denyParallel bool
	parentT      *T
	tstate       *testState
}

const parallelConflict = `testing: test using t.Setenv, t.Chdir, or cryptotest.SetGlobalRandom can not use t.Parallel`

// Output returns a Writer that writes to the same test output stream as
// TB.Log, indented like Log's lines but without a source location or a
// newline added; a partial line is flushed by the next Log or the end of
// the test.
func (c *common) Output() io.Writer {
	n := c.destination()
	if n == nil {
		panic("Output called after " + c.name + " has completed")
	}
	return outputWriter{n}
}

// outputWriter is the Writer Output returns.
type outputWriter struct {
	c *common
}

func (o outputWriter) Write(p []byte) (int, error) {
	if o.c.destination() == nil {
		panic("Write called after " + o.c.name + " has completed")
	}
	o.c.writeOutput(p)
	return len(p), nil
}

// Setenv calls os.Setenv and uses Cleanup to restore the environment
// variable to its original value after the test.
func (c *common) Setenv(key, value string) {
	prevValue, ok := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}
	if ok {
		c.Cleanup(func() {
			os.Setenv(key, prevValue)
		})
	} else {
		c.Cleanup(func() {
			os.Unsetenv(key)
		})
	}
}

// Chdir calls os.Chdir and uses Cleanup to restore the working directory
// after the test; it also sets PWD for the duration of the test.
//
// Divergence: Go keeps the old directory open and returns to it with
// File.Chdir; gostack's sandbox has no symbolic links or renamed
// directories under a test's feet, so it returns to the old path.
func (c *common) Chdir(dir string) {
	oldwd, err := os.Getwd()
	if err != nil {
		c.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		c.Fatal(err)
	}
	if !strings.HasPrefix(dir, "/") {
		dir, err = os.Getwd()
		if err != nil {
			c.Fatal(err)
		}
	}
	c.Setenv("PWD", dir)
	c.Cleanup(func() {
		if err := os.Chdir(oldwd); err != nil {
			panic("testing.Chdir: " + err.Error())
		}
	})
}

// Context returns a context that is canceled just before
// Cleanup-registered functions are called.
func (c *common) Context() context.Context {
	return c.ctx
}

// Attr emits a test attribute associated with this test (an `=== ATTR`
// line in -v output; an "attr" event with -json).
func (c *common) Attr(key, value string) {
	if strings.ContainsFunc(key, unicode.IsSpace) {
		c.Errorf("disallowed whitespace in attribute key %q", key)
		return
	}
	if strings.ContainsAny(value, "\r\n") {
		c.Errorf("disallowed newline in attribute value %q", value)
		return
	}
	if c.chatty == nil {
		return
	}
	c.chatty.Updatef(c.name, "=== ATTR  %s %v %v\n", c.name, key, value)
}

// checkParallel panics if the test or one of its parents is parallel:
// Setenv and Chdir change the whole process.
func (t *T) checkParallel() {
	for c := t; c != nil; c = c.parentT {
		if c.isParallel {
			panic(parallelConflict)
		}
	}
	t.denyParallel = true
}

// Setenv is common.Setenv, refused in parallel tests.
func (t *T) Setenv(key, value string) {
	t.checkParallel()
	t.common.Setenv(key, value)
}

// Chdir is common.Chdir, refused in parallel tests.
func (t *T) Chdir(dir string) {
	t.checkParallel()
	t.common.Chdir(dir)
}

// Deadline reports the time at which the test binary will have exceeded
// the timeout (go test's -timeout, 10m by default, on the program's
// clock); ok is false for no timeout (0).
func (t *T) Deadline() (deadline time.Time, ok bool) {
	deadline = t.tstate.deadline
	return deadline, !deadline.IsZero()
}

// Parallel signals that this test is to be run in parallel with (and only
// with) other parallel tests.
//
// Divergence: tests run on gostack's goroutines, which one thread
// schedules: parallel tests interleave but never run at the same instant.
// The `=== PAUSE` / `=== CONT` lines are go test's.
func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	if t.denyParallel {
		panic(parallelConflict)
	}
	if t.parent.barrier == nil {
		return
	}
	t.isParallel = true
	t.parent.sub = append(t.parent.sub, t)
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== PAUSE %s\n", t.name)
	}
	t.signal <- true   // Release calling test.
	<-t.parent.barrier // Wait for the parent test to complete.
	t.tstate.waitParallel()
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== CONT  %s\n", t.name)
	}
}

var errNilPanicOrGoexit = fmt.Errorf("test executed panic(nil) or runtime.Goexit")

func tRunner(t *T, fn func(t *T)) {
	t.runner = callerName(0)

	// When this goroutine is done, either because fn(t) returned normally
	// or because a test failure caused the goroutine to exit, report the
	// result of the test and signal the parent.
	defer func() {
		err := recover()
		signal := true
		finished := t.finished
		if !finished && err == nil {
			err = errNilPanicOrGoexit
			for p := t.parent; p != nil; p = p.parent {
				if p.finished {
					if !t.isParallel {
						t.Errorf("%v: subtest may have called FailNow on a parent test", err)
						err = nil
					}
					signal = false
					break
				}
			}
		}

		didPanic := false
		defer func() {
			if didPanic {
				return
			}
			if err != nil {
				panic(err)
			}
			t.signal <- signal
		}()

		doPanic := func(err any) {
			t.Fail()
			if r := t.runCleanup(recoverAndReturnPanic); r != nil {
				t.Logf("cleanup panicked with %v", r)
			}
			// Flush the output log up to the root before dying.
			for root := &t.common; root.parent != nil; root = root.parent {
				root.flushPartial()
				root.flushToParent(root.name, "--- FAIL: %s (%s)\n", root.name, fmtDuration())
				if r := root.parent.runCleanup(recoverAndReturnPanic); r != nil {
					fmt.Printf("cleanup panicked with %v", r)
				}
			}
			didPanic = true
			panic(err)
		}
		if err != nil {
			doPanic(err)
		}

		if len(t.sub) > 0 {
			// Run parallel subtests.
			t.tstate.release()
			close(t.barrier)
			for _, sub := range t.sub {
				<-sub.signal
			}
			err := t.runCleanup(recoverAndReturnPanic)
			if err != nil {
				doPanic(err)
			}
			if !t.isParallel {
				t.tstate.waitParallel()
			}
		} else if t.isParallel {
			t.tstate.release()
		}
		for root := &t.common; root.parent != nil; root = root.parent {
			root.flushPartial()
		}
		t.report() // Report after all subtests have finished.

		// Do not lock t.done to allow race detector to detect race in case
		// the user does not appropriately synchronize a goroutine.
		t.done = true
		if t.parent != nil && !t.hasSub {
			t.setRan()
		}
	}()
	defer func() {
		if len(t.sub) == 0 {
			t.runCleanup(normalPanic)
		}
	}()

	fn(t)

	t.finished = true
}

// Run runs f as a subtest of t called name, in a separate goroutine, and
// blocks until f returns or calls t.Parallel. It reports whether f
// succeeded (or at least did not fail before calling t.Parallel).
func (t *T) Run(name string, f func(t *T)) bool {
	if t.cleanupRun {
		panic("testing: t.Run called during t.Cleanup")
	}
	t.hasSub = true
	testName, ok, _ := t.tstate.match.fullName(&t.common, name)
	if !ok {
		return true
	}
	var pc [maxStackLen]uintptr
	n := runtime.Callers(2, pc[:])
	ctx, cancelCtx := context.WithCancel(context.Background())
	sub := &T{
		common: common{
			barrier:   make(chan bool),
			signal:    make(chan bool, 1),
			name:      testName,
			parent:    &t.common,
			level:     t.level + 1,
			creator:   pc[:n],
			chatty:    t.chatty,
			ctx:       ctx,
			cancelCtx: cancelCtx,
		},
		parentT: t,
		tstate:  t.tstate,
	}
	sub.w = &sub.common
	if sub.chatty != nil {
		sub.chatty.Updatef(sub.name, "=== RUN   %s\n", sub.name)
	}
	go tRunner(sub, f)
	if !<-sub.signal {
		// At this point, it is likely that FailNow was called on one of
		// the parent tests by one of the subtests. Continue aborting up
		// the chain.
		runtime.Goexit()
	}
	return !sub.failed
}

// report prints the test's `--- FAIL` / `--- PASS` / `--- SKIP` line and
// its output to the parent.
func (t *T) report() {
	if t.parent == nil {
		return
	}
	dstr := fmtDuration()
	format := "--- %s: %s (%s)\n"
	if t.Failed() {
		t.flushToParent(t.name, format, "FAIL", t.name, dstr)
	} else if t.chatty != nil {
		if t.Skipped() {
			t.flushToParent(t.name, format, "SKIP", t.name, dstr)
		} else {
			t.flushToParent(t.name, format, "PASS", t.name, dstr)
		}
	}
}

type testState struct {
	match         *matcher
	maxParallel   int
	running       int
	numWaiting    int
	startParallel chan bool
	deadline      time.Time
}

func (s *testState) waitParallel() {
	if s.running < s.maxParallel {
		s.running++
		return
	}
	s.numWaiting++
	<-s.startParallel
}

func (s *testState) release() {
	if s.numWaiting == 0 {
		s.running--
		return
	}
	s.numWaiting--
	s.startParallel <- true // Pick a waiting test to be run.
}

// M is a type passed to a TestMain function to run the actual tests.
type M struct {
	tests    []InternalTest
	examples []InternalExample
	run      string
	verbose  bool
	json     bool
	timeout  time.Duration
	exitCode int
}

var verbose bool

// Verbose reports whether the -v flag is set.
func Verbose() bool { return verbose }

// Short reports whether the -test.short flag is set (never, in gostack).
func Short() bool { return false }

// Testing reports whether the current code is being run in a test.
func Testing() bool { return true }

// MainStart is what gostack's generated test main calls, as go test's
// _testmain.go calls testing.MainStart: it makes the M that runs the
// tests and examples matching run (go test's -run). The generated main
// then calls m.Run, or the package's TestMain(m), itself, so that stacks
// show main.main calling them directly as in Go.
// With json (`gostack test -json`, go test's -test.v=test2json) the output
// carries test2json's markers.
// timeout is go test's -timeout (0: none), which T.Deadline reports.
//
// Divergence: Go's MainStart takes the test binary's hooks (testDeps) and
// the benchmark and fuzz target lists instead.
func MainStart(tests []InternalTest, examples []InternalExample, run string, v, json bool, timeout time.Duration) *M {
	return &M{tests: tests, examples: examples, run: run, verbose: v || json, json: json, timeout: timeout}
}

// MainExitCode is the exit code a TestMain left in m (Go's generated main
// reads m.exitCode with reflect).
func MainExitCode(m *M) int { return m.exitCode }

// Run runs the tests and examples; it returns an exit code to pass to
// os.Exit.
func (m *M) Run() (code int) {
	defer func() {
		code = m.exitCode
	}()
	verbose = m.verbose
	chattyJSON = m.json
	var deadline time.Time
	if m.timeout > 0 {
		deadline = time.Now().Add(m.timeout)
	}
	testRan, testOk := runTests(m.run, m.tests, deadline)
	exampleRan, exampleOk := runExamples(m.run, m.examples)
	if !testRan && !exampleRan {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	if !testOk || !exampleOk {
		fmt.Print(chattyPrefix(), "FAIL\n")
		m.exitCode = 1
		return
	}
	m.exitCode = 0
	fmt.Print(chattyPrefix(), "PASS\n")
	return
}

func runTests(run string, tests []InternalTest, deadline time.Time) (ran, ok bool) {
	ok = true
	tstate := &testState{match: newMatcher(run, "-test.run"), startParallel: make(chan bool), maxParallel: runtime.GOMAXPROCS(0), running: 1, deadline: deadline}
	ctx, cancelCtx := context.WithCancel(context.Background())
	t := &T{
		common: common{
			signal:    make(chan bool, 1),
			barrier:   make(chan bool),
			ctx:       ctx,
			cancelCtx: cancelCtx,
		},
		tstate: tstate,
	}
	if verbose {
		t.chatty = &chattyPrinter{json: chattyJSON}
	}
	tRunner(t, func(t *T) {
		for _, test := range tests {
			t.Run(test.Name, test.F)
		}
	})
	select {
	case <-t.signal:
	default:
		panic("internal error: tRunner exited without sending on t.signal")
	}
	ok = ok && !t.Failed()
	ran = ran || t.ran
	return ran, ok
}

// captureStdout starts collecting what the program writes to standard
// output (fmt's printing and os.Stdout) instead of writing it.
func captureStdout()

// capturedStdout ends captureStdout and returns what was collected.
func capturedStdout() string

// matchString reports whether str matches regular expression pat
// (regexp's RE2 syntax), or the regexp's error text.
func matchString(pat, str string) (bool, string)

func runExamples(run string, examples []InternalExample) (ran, ok bool) {
	ok = true
	m := newMatcher(run, "-test.run")
	for _, eg := range examples {
		_, matched, _ := m.fullName(nil, eg.Name)
		if !matched {
			continue
		}
		ran = true
		if !runExample(eg) {
			ok = false
		}
	}
	return ran, ok
}

func runExample(eg InternalExample) (ok bool) {
	if verbose {
		fmt.Printf("%s=== RUN   %s\n", chattyPrefix(), eg.Name)
	}
	captureStdout()
	finished := false
	// Clean up in a deferred call so we can recover if the example panics.
	defer func() {
		out := capturedStdout()
		err := recover()
		ok = eg.processRunResult(out, finished, err)
	}()
	eg.F()
	finished = true
	return
}

func (eg *InternalExample) processRunResult(stdout string, finished bool, recovered any) (passed bool) {
	passed = true
	dstr := fmtDuration()
	var fail string
	got := strings.TrimSpace(stdout)
	want := strings.TrimSpace(eg.Output)
	if eg.Unordered {
		gotLines := strings.Split(got, "\n")
		wantLines := strings.Split(want, "\n")
		sort.Strings(gotLines)
		sort.Strings(wantLines)
		if strings.Join(gotLines, "\n") != strings.Join(wantLines, "\n") && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", stdout, eg.Output)
		}
	} else {
		if got != want && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
		}
	}
	if fail != "" || !finished || recovered != nil {
		fmt.Printf("%s--- FAIL: %s (%s)\n%s", chattyPrefix(), eg.Name, dstr, fail)
		passed = false
	} else if verbose {
		fmt.Printf("%s--- PASS: %s (%s)\n", chattyPrefix(), eg.Name, dstr)
	}
	if verbose && chattyJSON {
		fmt.Printf("%s=== NAME   %s\n", chattyPrefix(), "")
	}
	if recovered != nil {
		// Propagate the previously recovered result, by panicking.
		panic(recovered)
	} else if !finished {
		panic(errNilPanicOrGoexit)
	}
	return
}

// matcher sanitizes, uniques, and filters names of subtests and
// subbenchmarks (match.go).
type matcher struct {
	filter   filterMatch
	subNames map[string]int32
}

type filterMatch interface {
	// matches checks the name against the receiver's pattern strings
	// using the given match function.
	matches(name []string) (ok, partial bool)
	// verify checks that the receiver's pattern strings are valid
	// regular expressions.
	verify(name string) error
}

// simpleMatch matches a test name if all of the pattern strings match in
// sequence.
type simpleMatch []string

// alternationMatch matches a test name if one of the alternations match.
type alternationMatch []filterMatch

func newMatcher(patterns, name string) *matcher {
	var filter filterMatch
	if patterns == "" {
		filter = simpleMatch{} // always partial true
	} else {
		filter = splitRegexp(patterns)
		if err := filter.verify(name); err != nil {
			fmt.Fprintf(os.Stderr, "testing: invalid regexp for %s\n", err)
			os.Exit(1)
		}
	}
	return &matcher{filter: filter, subNames: map[string]int32{}}
}

func (m *matcher) fullName(c *common, subname string) (name string, ok, partial bool) {
	name = subname
	if c != nil && c.level > 0 {
		name = m.unique(c.name, rewrite(subname))
	}
	elem := strings.Split(name, "/")
	ok, partial = m.filter.matches(elem)
	if !ok {
		return name, false, false
	}
	return name, ok, partial
}

func (m simpleMatch) matches(name []string) (ok, partial bool) {
	for i, s := range name {
		if i >= len(m) {
			break
		}
		if ok, _ := matchString(m[i], s); !ok {
			return false, false
		}
	}
	return true, len(name) < len(m)
}

func (m simpleMatch) verify(name string) error {
	for i, s := range m {
		m[i] = rewrite(s)
	}
	// Verify filters before doing any processing.
	for i, s := range m {
		if _, err := matchString(s, "non-empty"); err != "" {
			return fmt.Errorf("element %d of %s (%q): %s", i, name, s, err)
		}
	}
	return nil
}

func (m alternationMatch) matches(name []string) (ok, partial bool) {
	for _, m := range m {
		if ok, partial = m.matches(name); ok {
			return ok, partial
		}
	}
	return false, false
}

func (m alternationMatch) verify(name string) error {
	for i, m := range m {
		if err := m.verify(name); err != nil {
			return fmt.Errorf("alternation %d of %s", i, err)
		}
	}
	return nil
}

func splitRegexp(s string) filterMatch {
	a := make(simpleMatch, 0, strings.Count(s, "/"))
	b := make(alternationMatch, 0, strings.Count(s, "|"))
	cs := 0
	cp := 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '[':
			cs++
		case ']':
			if cs--; cs < 0 { // An unmatched ']' is legal.
				cs = 0
			}
		case '(':
			if cs == 0 {
				cp++
			}
		case ')':
			if cs == 0 {
				cp--
			}
		case '\\':
			i++
		case '/':
			if cs == 0 && cp == 0 {
				a = append(a, s[:i])
				s = s[i+1:]
				i = 0
				continue
			}
		case '|':
			if cs == 0 && cp == 0 {
				a = append(a, s[:i])
				s = s[i+1:]
				i = 0
				b = append(b, a)
				a = make(simpleMatch, 0, len(a))
				continue
			}
		}
		i++
	}
	a = append(a, s)
	if len(b) == 0 {
		return a
	}
	return append(b, a)
}

// unique creates a unique name for the given parent and subname by
// affixing it with one or more counts, if necessary.
func (m *matcher) unique(parent, subname string) string {
	base := parent + "/" + subname
	for {
		n := m.subNames[base]
		if n < 0 {
			panic("subtest count overflow")
		}
		m.subNames[base] = n + 1
		if n == 0 && subname != "" {
			prefix, nn := parseSubtestNumber(base)
			if len(prefix) < len(base) && nn < m.subNames[prefix] {
				// This test is explicitly named like "parent/subname#NN",
				// and #NN was already used for the NNth occurrence of
				// "parent/subname". Loop to add a disambiguating suffix.
				continue
			}
			return base
		}
		name := fmt.Sprintf("%s#%02d", base, n)
		if m.subNames[name] != 0 {
			// This is the nth occurrence of base, but the name
			// "parent/subname#NN" collides with the first occurrence of a
			// subtest explicitly named "parent/subname#NN". Try the next
			// number.
			continue
		}
		return name
	}
}

// parseSubtestNumber splits a subtest name into a "#%02d"-formatted int32
// suffix (if present), and a prefix preceding that suffix (always).
func parseSubtestNumber(s string) (prefix string, nn int32) {
	i := strings.LastIndex(s, "#")
	if i < 0 {
		return s, 0
	}
	prefix, suffix := s[:i], s[i+1:]
	if len(suffix) < 2 || (len(suffix) > 2 && suffix[0] == '0') {
		// Even if suffix is numeric, it is not a possible output of a
		// "%02" format string: it has either too few digits or too many
		// leading zeroes.
		return s, 0
	}
	if suffix == "00" {
		if !strings.HasSuffix(prefix, "/") {
			// We only use "#00" as a suffix for subtests named with the
			// empty string — it isn't a valid suffix if the subtest name
			// is non-empty.
			return s, 0
		}
	}
	n, err := strconv.ParseInt(suffix, 10, 32)
	if err != nil || n < 0 {
		return s, 0
	}
	return prefix, int32(n)
}

// rewrite rewrites a subname to having only printable characters and no
// white space.
func rewrite(s string) string {
	b := []byte{}
	for _, r := range s {
		switch {
		case isSpace(r):
			b = append(b, '_')
		case !strconv.IsPrint(r):
			s := strconv.QuoteRune(r)
			b = append(b, s[1:len(s)-1]...)
		default:
			b = append(b, string(r)...)
		}
	}
	return string(b)
}

func isSpace(r rune) bool {
	if r < 0x2000 {
		switch r {
		// Note: not the same as Unicode Z class.
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680:
			return true
		}
	} else {
		if r <= 0x200a {
			return true
		}
		switch r {
		case 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
			return true
		}
	}
	return false
}

// B is the type passed to Benchmark functions. gostack declares it so
// that test files with benchmarks compile; it does not run them.
type B struct {
	common
	N int
}

func (b *B) ResetTimer()                       {}
func (b *B) StartTimer()                       {}
func (b *B) StopTimer()                        {}
func (b *B) ReportAllocs()                     {}
func (b *B) SetBytes(n int64)                  {}
func (b *B) ReportMetric(n float64, unit string) {}
func (b *B) Loop() bool                        { return false }
func (b *B) Run(name string, f func(b *B)) bool { return true }

// PB is used by RunParallel for running parallel benchmarks.
type PB struct{}

func (pb *PB) Next() bool                  { return false }
func (b *B) RunParallel(body func(*PB))    {}
func (b *B) SetParallelism(p int)          {}

// InternalBenchmark is a benchmark function, as a test main lists it.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// F is the type passed to fuzz tests. gostack declares it so that test
// files with fuzz targets compile; it does not run them.
type F struct {
	common
}

func (f *F) Add(args ...any) {}
func (f *F) Fuzz(ff any)     {}

// AllocsPerRun returns the average number of allocations during calls to
// f. gostack does not count allocations: it returns 0.
func AllocsPerRun(runs int, f func()) (avg float64) {
	for i := 0; i < runs; i++ {
		f()
	}
	return 0
}
