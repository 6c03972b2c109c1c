// Tests: package log without timestamps (SetFlags(0)), prefixes, a Logger on stdout, Panicln and Fatalf (exit 1); io.Copy.
package main

import (
	"io"
	"log"
	"os"
	"strings"
)

func main() {
	log.SetFlags(0)
	log.Println("plain", 1)
	log.SetPrefix("app: ")
	log.Printf("value=%d", 42)
	l := log.New(os.Stdout, "[out] ", log.Lmsgprefix)
	l.Println("to stdout")
	n, err := io.Copy(os.Stdout, strings.NewReader("copied\n"))
	log.Println(n, err)
	defer func() {
		r := recover()
		log.Println("recovered:", r)
		log.Fatalf("fatal %s", "bye")
	}()
	log.Panicln("boom", 2)
}
