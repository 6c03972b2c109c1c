// Tests: a tabwriter whose output fails reports the write error from Flush (Go's handlePanic turns the osError panic into an error)
package main

import (
	"errors"
	"fmt"
	"text/tabwriter"
)

type badWriter struct{}

func (badWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func main() {
	w := tabwriter.NewWriter(badWriter{}, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "a\tb")
	fmt.Println(w.Flush())
}
