// Tests: runtime.Stack writes the calling goroutine's trace (and with all=true the others'), truncated to the buffer
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

func show(b []byte) {
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "goroutine ") {
			// Goroutine ids other than main's are not stable in Go.
			_, rest, _ := strings.Cut(l[len("goroutine "):], " ")
			l = "goroutine N " + rest
		}
		if !strings.HasPrefix(l, "\t") {
			fmt.Println(l)
		}
	}
}

func inner() {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	show(buf[:n])
}

func main() {
	inner()
	done := make(chan bool)
	go func() { <-done }()
	time.Sleep(10 * time.Millisecond)
	buf := make([]byte, 1<<16)
	show(buf[:runtime.Stack(buf, true)])
	small := make([]byte, 10)
	fmt.Println(runtime.Stack(small, false), string(small))
	close(done)
}
